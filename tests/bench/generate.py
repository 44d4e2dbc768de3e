"""Synthetic hdesk files for the benchmarks, made through hdesk's own services (Records) only.

Files are cached under a folder keyed by GENERATOR_VERSION and the sizes, so a second run reuses
them; bump the version when the generator or the schema changes.
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.store.database import Database

GENERATOR_VERSION = "g1"
BATCH = 2000  # creates per transaction


@dataclass(frozen=True)
class Sizes:
    years: int = 10
    objectives: int = 300  # per year
    partners: int = 5000
    engagements: int = 50000
    campaigns: int = 500

    @property
    def key(self) -> str:
        return f"{self.years}y{self.objectives}o{self.partners}p{self.engagements}e{self.campaigns}c"


FULL = Sizes()
QUICK = Sizes(years=2, objectives=300, partners=5000, engagements=5000, campaigns=100)

WORDS = [
    "health",
    "water",
    "migration",
    "climate",
    "protection",
    "dialogue",
    "volunteers",
    "youth",
    "disaster",
    "response",
    "shelter",
    "first",
    "aid",
    "blood",
    "donation",
    "advocacy",
    "auxiliary",
    "role",
    "humanitarian",
    "space",
    "legislation",
    "emblem",
    "dignity",
    "inclusion",
    "ministry",
    "parliament",
    "donors",
    "coordination",
    "preparedness",
    "resilience",
    "community",
]
NAMES = [
    "Ministry of Health",
    "Ministry of Emergencies",
    "City Council",
    "UNHCR Office",
    "UNICEF Office",
    "Women's Union",
    "Youth Forum",
    "Water Agency",
    "Teachers' Union",
    "Radio Station",
    "Chamber of Commerce",
    "Université",
    "Żabka Trust",
    "Ассоциация врачей",
    "Türkmen Gyzyl Ýarymaý",
]
COUNTRIES = ("Turkmenistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Armenia", "Georgia")


def cache_dir() -> Path:
    base = Path(os.environ.get("HDESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "hdesk-bench-cache")
    folder = base / GENERATOR_VERSION
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def _batched(records: Records, items: list, make) -> list[str]:
    out: list[str] = []
    for start in range(0, len(items), BATCH):
        with records.transaction():
            out.extend(make(item) for item in items[start : start + BATCH])
    return out


def fill_large(records: Records, sizes: Sizes, seed: int = 7) -> None:
    """Plans, goals, departments, objectives, partners, engagements and campaigns of `sizes`."""
    rng = random.Random(seed)
    queries.set_office(records, society="Bench Red Crescent", country="Turkmenistan", office_name="Head office")
    with records.transaction():
        goals = [
            records.create(
                "goal",
                {"code": f"G{i + 1}", "title": _sentence(rng, 5), "description": _sentence(rng, 30), "position": i},
            )
            for i in range(6)
        ]
        depts = [records.create("department", {"name": f"Department {i + 1} {rng.choice(WORDS)}"}) for i in range(12)]
    first = 2026 - max(sizes.years, 1)
    objectives: list[str] = []
    for year in range(first, first + sizes.years):
        with records.transaction():
            plan = records.create("plan", {"year": year, "title": f"Annual plan {year}", "status": "approved"})

        def objective(i: int, plan: str = plan, year: int = year) -> str:
            lead = rng.choice(depts)
            uuid = records.create(
                "objective",
                {
                    "plan": plan,
                    "goal": goals[i % len(goals)],
                    "code": f"{i % 6 + 1}.{i // 6 + 1}",
                    "title": _sentence(rng, 8),
                    "description": _sentence(rng, 40),
                    "lead_department": lead,
                    "priority": rng.choice(("high", "medium", "low")),
                    "start": f"{year}-{rng.randint(1, 6):02d}",
                    "due": f"{year}-{rng.randint(7, 12):02d}",
                    "indicator": _sentence(rng, 6),
                    "target": rng.randint(1, 500),
                    "progress": rng.randint(0, 500),
                    "budget": rng.randint(0, 100_000),
                    "principles": rng.sample(["humanity", "impartiality", "neutrality", "independence"], 2),
                },
            )
            other = rng.choice([d for d in depts if d != lead])
            records.create(
                "objective_department",
                {"objective": uuid, "department": other, "role": "contributes"},
                uuid=queries.link_uuid(uuid, other),
            )
            return uuid

        objectives.extend(_batched(records, list(range(sizes.objectives)), objective))

    def partner(i: int) -> str:
        return records.create(
            "partner",
            {
                "name": f"{rng.choice(NAMES)} {i}",
                "kind": rng.choice(("government", "ngo", "un_agency", "donor", "media", "academia")),
                "country": rng.choice(COUNTRIES),
                "influence": rng.randint(1, 5),
                "interest": rng.randint(1, 5),
                "stance": rng.choice(("supportive", "neutral", "unknown")),
                "notes": _sentence(rng, 20),
            },
        )

    partners = _batched(records, list(range(sizes.partners)), partner)

    def engagement(i: int) -> str:
        return records.create(
            "interaction",
            {
                "partner": rng.choice(partners),
                "date": f"{rng.randint(first, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "kind": rng.choice(("meeting", "call", "letter")),
                "summary": _sentence(rng, 25),
                "follow_up": _sentence(rng, 4) if i % 5 == 0 else None,
            },
        )

    _batched(records, list(range(sizes.engagements)), engagement)

    def campaign(i: int) -> str:
        year = rng.randint(first, 2025)
        return records.create(
            "campaign",
            {
                "title": f"Campaign {i} {_sentence(rng, 3)}",
                "theme": rng.choice(WORDS),
                "key_messages": _sentence(rng, 30),
                "start": f"{year}-03-01",
                "end": f"{year}-11-30",
                "objectives": rng.sample(objectives, 3),
                "partners": rng.sample(partners, 4),
            },
        )

    _batched(records, list(range(sizes.campaigns)), campaign)


def large_file(sizes: Sizes) -> Path:
    """The cached large file of `sizes` (generated on first use)."""
    path = cache_dir() / f"large-{sizes.key}.hdesk"
    if not path.exists():
        _generate(path, lambda records: fill_large(records, sizes))
    return path


def partners_file(n: int) -> Path:
    """A file holding `n` partners (and nothing else): the merge workload's base."""
    path = cache_dir() / f"partners-{n}.hdesk"
    if not path.exists():
        _generate(path, lambda records: fill_large(records, Sizes(0, 0, n, 0, 0)))
    return path


def demo_file() -> Path:
    path = cache_dir() / "demo.hdesk"
    if not path.exists():
        from hdesk.services.demo import fill_demo

        _generate(path, fill_demo)
    return path


def _generate(path: Path, fill) -> None:
    part = path.with_suffix(".part")
    for leftover in path.parent.glob(part.name + "*"):
        leftover.unlink()
    with Database(part, create=True) as database:
        fill(Records(database))
        database.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _to_delete_journal(part)
    Path(str(part) + ".lock").unlink(missing_ok=True)
    os.replace(part, path)
    # Opened once where it lives, as an office's own file is: a file new to its place gets a new
    # site id (and a full check) at its first open, which is not what the workloads measure.
    Database(path).close()


def copy_to(source: Path, dest: Path) -> Path:
    """A consistent copy (VACUUM INTO, never a byte copy of a live file)."""
    dest.unlink(missing_ok=True)
    conn = sqlite3.connect(source)
    try:
        conn.execute("VACUUM INTO ?", (str(dest),))
    finally:
        conn.close()
    return dest


def synthetic_partners(database: Database, n: int, seed: int = 11) -> None:
    """`n` partners carried in as another office's records (the merge path: seconds, not minutes)."""
    import uuid as uuidlib

    from hdesk.core.merge import Stamp
    from hdesk.services.exchange.apply import apply_plan
    from hdesk.services.exchange.incoming import Incoming
    from hdesk.services.exchange.merge import plan_merge
    from hdesk.services.table_rows import encode

    rng = random.Random(seed)
    site = str(uuidlib.UUID(int=rng.getrandbits(128)))
    inc = Incoming("synthetic", "", 2, site, "Branch office")
    for i in range(n):
        uuid = str(uuidlib.UUID(int=rng.getrandbits(128)))
        counter, hlc = i + 1, 1_700_000_000_000 + i
        values = {
            "_exists": True,
            "name": f"{rng.choice(NAMES)} {i}",
            "kind": "ngo",
            "country": rng.choice(COUNTRIES),
            "influence": 1 + i % 5,
            "interest": 3,
            "stance": "unknown",
            "stage": "identified",
            "notes": _sentence(rng, 40),
            "concerns": [],
        }
        inc.entities[uuid] = "partner"
        inc.stamps[uuid] = {k: [Stamp(hlc, site, counter, encode(v))] for k, v in values.items()}
        inc.vectors[uuid] = {site: counter}
        inc.max_hlc = hlc
    apply_plan(Records(database), plan_merge(database, inc))


def _edit(path: Path, share: float, offset: int, word: str) -> None:
    with Database(path) as database:
        records = Records(database)
        uuids = sorted(r["uuid"] for r in records.list("partner"))
        step = int(1 / share)
        chosen = uuids[offset::step]
        for start in range(0, len(chosen), BATCH):
            with records.transaction():
                for uuid in chosen[start : start + BATCH]:
                    records.update("partner", uuid, {"notes": f"{word} {uuid[:8]}", "stance": "supportive"})
        database.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _to_delete_journal(path)


def merge_files(n: int) -> tuple[Path, Path]:
    """(local, remote): two offices' copies of `n` partners; remote edited 10%, local 2% (some overlap)."""
    base = cache_dir() / f"merge-base-{n}.hdesk"
    local = cache_dir() / f"merge-local-{n}.hdesk"
    remote = cache_dir() / f"merge-remote-{n}.hdesk"
    if not remote.exists():
        if not base.exists():
            _generate(base, lambda records: synthetic_partners(records.database, n))
        copy_to(base, local.with_suffix(".part"))
        _edit(local.with_suffix(".part"), 0.02, 0, "Local edit")
        os.replace(local.with_suffix(".part"), local)
        copy_to(base, remote.with_suffix(".part"))
        _edit(remote.with_suffix(".part"), 0.10, 0, "Remote edit")
        os.replace(remote.with_suffix(".part"), remote)
    return local, remote


def export_source(megabytes: int) -> Path:
    """A file of about `megabytes` MB (partners with long notes), for the export workload."""
    path = cache_dir() / f"export-{megabytes}mb.hdesk"
    if not path.exists():
        _generate(path, lambda records: synthetic_partners(records.database, megabytes * 280))
    return path


def _to_delete_journal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
