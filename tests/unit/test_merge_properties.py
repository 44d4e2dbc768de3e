"""Three offices edit apart with skewed clocks and exchange in any order: merging stays lossless.

Properties (RELIABILITY.md 21-25): A<-B equals B<-A field by field; importing twice equals once;
(A<-B)<-C equals A<-(B<-C); after everyone has exchanged, every edit not made obsolete by a
later edit that saw it is still live (shown, or visible as a conflict) - so no edit is lost
silently and no deletion comes back. The oracle tracks causality with explicit sets of seen
writes, independently of the version vectors under test. HDESK_SOAK=1 runs many more trials.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from hdesk.core.merge import HybridClock, Stamp, exists_value, winner
from hdesk.core.schema import ENTITIES, EXISTS
from hdesk.services.exchange.apply import apply_plan
from hdesk.services.exchange.incoming import Incoming
from hdesk.services.exchange.merge import plan_merge
from hdesk.services.records import Records, live_stamps
from hdesk.services.table_rows import row_from_stamps
from hdesk.store.database import Database

SOAK = os.environ.get("HDESK_SOAK") == "1"
NAMES = st.text(alphabet="abcÄöЖ <&", min_size=1, max_size=6).filter(lambda s: s.strip())
WriteId = tuple[str, int, str, str]  # site, counter, uuid, field


def snapshot(database: Database) -> Incoming:
    """What an exchange file of `database` carries, as the checked loader would return it."""
    inc = Incoming("snapshot", "", 2, database.site_id, "")
    conn = database.db.connection()
    inc.entities = dict(conn.execute("SELECT uuid, entity FROM record").fetchall())
    for uuid, fname, site, counter, hlc, value in conn.execute(
        "SELECT uuid, field, site, counter, hlc, value FROM field_value"
    ):
        inc.stamps.setdefault(uuid, {}).setdefault(fname, []).append(Stamp(hlc, site, counter, value))
        inc.max_hlc = max(inc.max_hlc, hlc)
    for uuid, site, counter in conn.execute("SELECT uuid, site, counter FROM record_vv"):
        inc.vectors.setdefault(uuid, {})[site] = counter
    return inc


def merge_into(records: Records, incoming: Incoming) -> None:
    apply_plan(records, plan_merge(records.database, incoming))


def state(database: Database) -> dict[str, Any]:
    """Everything that must be equal between converged copies: rows, live values, vectors."""
    conn = database.db.connection()
    out: dict[str, Any] = {
        "values": sorted(conn.execute("SELECT uuid, field, site, counter, hlc, value FROM field_value").fetchall()),
        "vectors": sorted(conn.execute("SELECT uuid, site, counter FROM record_vv").fetchall()),
        "records": sorted(conn.execute("SELECT uuid, entity FROM record").fetchall()),
    }
    for name in ENTITIES:
        out[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall())
    return out


def check_rows_are_winners(database: Database) -> None:
    for uuid, entity in database.db.connection().execute("SELECT uuid, entity FROM record").fetchall():
        stamps = live_stamps(database, uuid)
        expected = row_from_stamps(ENTITIES[entity], stamps)
        model = database.m.entity(entity)
        actual = model.select().where(model.uuid == uuid).dicts().get()
        for key, value in expected.items():
            assert actual[key] == value, (entity, key, actual[key], value)


class Office:
    def __init__(self, folder: Path, name: str, skew_ms: int, now: list[int]):
        self.database = Database(folder / f"{name}.hdesk", create=True)
        self.database.db.execute_sql("PRAGMA synchronous = OFF")  # test speed only: no power cuts here
        self.records = Records(self.database, clock=HybridClock(0, wall=lambda: now[0] + skew_ms))
        self.seen: set[WriteId] = set()

    def live(self, entity: str, deleted: bool = False) -> list[str]:
        rows = self.records.list(entity, include_deleted=True)
        return sorted(r["uuid"] for r in rows if r["deleted"] == deleted)


class ThreeOffices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="hdesk-merge-prop-"))
        self.now = [1_700_000_000_000]
        skews = [0, -3 * 86_400_000, 2 * 3_600_000]  # one PC three days late, one two hours early
        self.offices = [Office(self.folder, n, s, self.now) for n, s in zip("abc", skews, strict=True)]
        self.writes: dict[tuple[str, str], dict[WriteId, set[WriteId]]] = {}  # key -> write -> superseded

    def teardown(self) -> None:
        try:
            self._converge_and_check()
        finally:
            for office in self.offices:
                office.database.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- bookkeeping of the oracle ------------------------------------------------------------
    def _after_local(self, office: Office) -> None:
        """Register every write this office just made: it supersedes what the office had seen."""
        site = office.database.site_id
        rows = office.database.db.connection().execute(
            "SELECT uuid, field, counter FROM field_value WHERE site = ?", (site,)
        )
        fresh = []
        for uuid, fname, counter in rows:
            wid = (site, counter, uuid, fname)
            if wid not in office.seen:
                fresh.append(wid)
        for wid in fresh:
            key = (wid[2], wid[3])
            seen_here = {w for w in self.writes.get(key, {}) if w in office.seen}
            self.writes.setdefault(key, {})[wid] = seen_here
        office.seen.update(fresh)
        self.now[0] += 1000

    def _exchange(self, src: Office, dst: Office) -> None:
        merge_into(dst.records, snapshot(src.database))
        dst.seen |= src.seen

    # -- rules ------------------------------------------------------------------------------
    @initialize(names=st.lists(NAMES, min_size=2, max_size=2))
    def shared_start(self, names: list[str]) -> None:
        """Every office starts from the same two partners, so concurrent edits of one field are common."""
        a, b, c = self.offices
        first = a.records.create("partner", {"name": names[0]})
        a.records.create("partner", {"name": names[1]})
        a.records.create("contact", {"partner": first, "name": "Aylar"})
        self._after_local(a)
        self._exchange(a, b)
        self._exchange(a, c)

    @rule(o=st.integers(0, 2), name=NAMES, influence=st.integers(1, 5))
    def create_partner(self, o: int, name: str, influence: int) -> None:
        office = self.offices[o]
        office.records.create("partner", {"name": name, "influence": influence})
        self._after_local(office)

    @rule(o=st.integers(0, 2), i=st.integers(0, 50), name=NAMES)
    def create_contact(self, o: int, i: int, name: str) -> None:
        office = self.offices[o]
        partners = office.live("partner")
        if partners:
            office.records.create("contact", {"partner": partners[i % len(partners)], "name": name})
            self._after_local(office)

    @rule(
        o=st.integers(0, 2),
        i=st.integers(0, 50),
        change=st.one_of(
            st.fixed_dictionaries({"name": NAMES}),
            st.fixed_dictionaries({"stance": st.sampled_from(["supportive", "neutral", "opposed"])}),
            st.fixed_dictionaries({"influence": st.integers(1, 5), "notes": NAMES}),
        ),
    )
    def edit_partner(self, o: int, i: int, change: dict[str, Any]) -> None:
        office = self.offices[o]
        partners = office.live("partner")
        if partners:
            office.records.update("partner", partners[i % len(partners)], change)
            self._after_local(office)

    @rule(o=st.integers(0, 2), i=st.integers(0, 50), phone=NAMES)
    def edit_contact(self, o: int, i: int, phone: str) -> None:
        office = self.offices[o]
        contacts = office.live("contact")
        if contacts:
            office.records.update("contact", contacts[i % len(contacts)], {"phone": phone})
            self._after_local(office)

    @rule(o=st.integers(0, 2), i=st.integers(0, 50), entity=st.sampled_from(["partner", "contact"]))
    def delete(self, o: int, i: int, entity: str) -> None:
        office = self.offices[o]
        alive = office.live(entity)
        if alive:
            office.records.delete(entity, alive[i % len(alive)])
            self._after_local(office)

    @rule(o=st.integers(0, 2), i=st.integers(0, 50))
    def restore_partner(self, o: int, i: int) -> None:
        office = self.offices[o]
        gone = office.live("partner", deleted=True)
        if gone:
            office.records.restore("partner", gone[i % len(gone)])
            self._after_local(office)

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2))
    def exchange(self, src: int, dst: int) -> None:
        if src != dst:
            self._exchange(self.offices[src], self.offices[dst])

    @rule(a=st.integers(0, 2), b=st.integers(0, 2))
    def both_ways_agree_and_twice_is_once(self, a: int, b: int) -> None:
        if a == b:
            return
        oa, ob = self.offices[a], self.offices[b]
        sa, sb = snapshot(oa.database), snapshot(ob.database)
        merge_into(oa.records, sb)
        merge_into(ob.records, sa)
        assert state(oa.database) == state(ob.database)
        once = state(oa.database)
        merge_into(oa.records, sb)
        assert state(oa.database) == once
        oa.seen |= ob.seen
        ob.seen = set(oa.seen)

    @precondition(lambda self: any(o.live("partner") for o in self.offices))
    @rule()
    def grouping_does_not_matter(self) -> None:
        sa, sb, sc = (snapshot(o.database) for o in self.offices)
        left = Office(self.folder, f"left{self.now[0]}", 0, self.now)
        mid = Office(self.folder, f"mid{self.now[0]}", 0, self.now)
        right = Office(self.folder, f"right{self.now[0]}", 0, self.now)
        try:
            for s in (sa, sb, sc):
                merge_into(left.records, s)  # (A<-B)<-C
            merge_into(mid.records, sb)
            merge_into(mid.records, sc)
            merge_into(right.records, sa)
            merge_into(right.records, snapshot(mid.database))  # A<-(B<-C)
            assert state(left.database) == state(right.database)
            check_rows_are_winners(left.database)
        finally:
            for office in (left, mid, right):
                office.database.close()

    # -- the end: everyone exchanges, nothing was lost ------------------------------------------
    def _converge_and_check(self) -> None:
        a, b, c = self.offices
        for src, dst in ((a, b), (b, c), (c, a), (a, b), (b, c)):
            self._exchange(src, dst)
        assert state(a.database) == state(b.database) == state(c.database)
        check_rows_are_winners(a.database)
        live = {}
        for uuid, fname, site, counter in a.database.db.connection().execute(
            "SELECT uuid, field, site, counter FROM field_value"
        ):
            live.setdefault((uuid, fname), set()).add((site, counter, uuid, fname))
        for key, writes in self.writes.items():
            obsolete = set().union(*writes.values())
            maximal = {w for w in writes if w not in obsolete}
            assert live.get(key, set()) == maximal, key  # every surviving edit shown or in conflict
        for uuid, _entity in a.database.db.connection().execute("SELECT uuid, entity FROM record").fetchall():
            exists = live_stamps(a.database, uuid)[EXISTS]
            row_deleted = a.records.get(_entity, uuid, include_deleted=True)["deleted"]
            assert row_deleted == (not exists_value(exists))  # deleted only when no live edit keeps it
            assert winner(exists) is not None


ThreeOffices.TestCase.settings = settings(
    max_examples=2000 if SOAK else 200,  # a few hundred trials in CI, thousands in the soak
    stateful_step_count=40 if SOAK else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_three_offices = ThreeOffices.TestCase


def test_edit_after_seeing_wins_whatever_the_clocks(tmp_path: Path) -> None:
    """B's PC is three days late, yet its edit made after importing A's change is shown everywhere."""
    now = [1_700_000_000_000]
    a = Office(tmp_path, "a", 0, now)
    b = Office(tmp_path, "b", -3 * 86_400_000, now)
    uuid = a.records.create("partner", {"name": "Ministry"})
    a.records.update("partner", uuid, {"stance": "supportive"})
    merge_into(b.records, snapshot(a.database))
    b.records.update("partner", uuid, {"stance": "opposed"})
    merge_into(a.records, snapshot(b.database))
    assert a.records.get("partner", uuid)["stance"] == "opposed"
    assert not [s for s in live_stamps(a.database, uuid)["stance"] if s.value != '"opposed"']


def test_concurrent_same_field_keeps_both_and_different_fields_merge(tmp_path: Path) -> None:
    now = [1_700_000_000_000]
    a, b = Office(tmp_path, "a", 0, now), Office(tmp_path, "b", 0, now)
    uuid = a.records.create("partner", {"name": "Ministry"})
    merge_into(b.records, snapshot(a.database))
    a.records.update("partner", uuid, {"name": "Ministry of Health", "country": "TM"})
    now[0] += 1000
    b.records.update("partner", uuid, {"name": "MoH", "stance": "neutral"})
    merge_into(a.records, snapshot(b.database))
    row = a.records.get("partner", uuid)
    assert (row["country"], row["stance"]) == ("TM", "neutral")
    assert {s.value for s in live_stamps(a.database, uuid)["name"]} == {'"Ministry of Health"', '"MoH"'}


def test_delete_concurrent_with_edit_keeps_the_record(tmp_path: Path) -> None:
    now = [1_700_000_000_000]
    a, b = Office(tmp_path, "a", 0, now), Office(tmp_path, "b", 0, now)
    uuid = a.records.create("partner", {"name": "Ministry"})
    merge_into(b.records, snapshot(a.database))
    a.records.delete("partner", uuid)
    b.records.update("partner", uuid, {"notes": "met the minister"})
    merge_into(a.records, snapshot(b.database))
    assert a.records.get("partner", uuid)["notes"] == "met the minister"
    assert {s.value for s in live_stamps(a.database, uuid)[EXISTS]} == {"true", "false"}
