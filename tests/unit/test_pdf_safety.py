"""User text never becomes ReportLab markup; every Central Asian letter prints; big plans stay fast."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.lib import utils as rl_utils
from reportlab.platypus import Paragraph

from hdesk.services import queries
from hdesk.services.pdf import export_plan_pdf, fonts, safe_text
from hdesk.services.pdf.data import PlanData
from hdesk.services.pdf.export import render
from hdesk.services.pdf.styles import Styles
from hdesk.services.records import Records

LETTERS = {
    "ru": "АБВГДЕЁЖЗИЙКЛМНОП РСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмноп рстуфхцчшщъыьэюя",
    "tk": "ÄÇŇÖŞÜÝŽäçňöşüýž",
    "kk": "ӘҒҚҢӨҰҮҺІәғқңөұүһі",
    "ky": "ҢӨҮңөү",
    "tg": "ҒӢҚӮҲҶғӣқӯҳҷ",
    "uz": "Oʻzbekiston gʻalla Gʻ Oʻ",
}


def pdf_text(path: Path, *extra: str) -> str:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"], capture_output=True, text=True)
    return re.sub(r"\s+", " ", raw.stdout)


def test_every_central_asian_letter_prints(records: Records, tmp_path: Path) -> None:
    plan = records.create("plan", {"year": 2024, "title": "Letters"})
    for lang, letters in LETTERS.items():
        dept = records.create("department", {"name": f"{lang} {letters}"})
        records.create("objective", {"plan": plan, "title": f"{lang}: {letters}", "lead_department": dept})
    text = pdf_text(export_plan_pdf(records, tmp_path / "letters.pdf"))
    for lang, letters in LETTERS.items():
        assert f"{lang}: {letters}" in text, lang
    assert safe_text.MISSING not in text and "■" not in text


MARKUP = ["<b>bold</b> & co", "0.1 <A <0.9", "Tom & Jerry's <i>", "</para><para>", "&amp; &lt;x&gt; &#60;"]


def test_markup_like_names_print_literally_and_read_no_file(
    records: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    image = f'<img src="{secret}" width="10" height="10"/>'
    remote = '<img src="http://127.0.0.1:9/x.png"/> <a href="file:///etc/passwd">x</a>'
    opened: list[str] = []
    original = rl_utils.open_for_read

    def spy(name: Any, mode: str = "b") -> Any:
        opened.append(str(name))
        return original(name, mode)

    monkeypatch.setattr(rl_utils, "open_for_read", spy)
    plan = records.create("plan", {"year": 2024, "title": MARKUP[0], "introduction": image, "policy": remote})
    dept = records.create("department", {"name": MARKUP[1]})
    for number, name in enumerate(MARKUP):
        records.create("objective", {"plan": plan, "code": str(number), "title": name, "lead_department": dept})
        records.create("partner", {"name": name, "kind": "ngo", "concerns": ["neutrality"], "concern_note": name})
    records.update("plan", plan, {"approvers": "\n".join(MARKUP)})
    text = pdf_text(export_plan_pdf(records, tmp_path / "markup.pdf"))
    for name in MARKUP:
        assert name in text, name
    assert image in text
    assert "<img src=" in text and "file:///etc/passwd" in text
    assert not any(str(secret) in name or "passwd" in name or "http" in name for name in opened), opened


def test_reportlab_may_not_fetch_even_from_unescaped_markup() -> None:
    fonts.register()
    safe_text.lock_down_reportlab()
    assert rl_config.trustedHosts == [] and rl_config.trustedSchemes == []
    with pytest.raises(OSError, match="Cannot open resource"):
        Paragraph('<img src="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>', Styles().body)


def test_clean_strips_controls_and_bidi_and_marks_missing_glyphs() -> None:
    assert safe_text.clean("a\x00b\x07c\u202eevil\u202c\u2066d") == "abcevild"
    assert safe_text.clean("tab\there\r\nnext") == "tab here\nnext"
    assert safe_text.clean("漢字 ok") == f"{safe_text.MISSING}{safe_text.MISSING} ok"
    assert safe_text.clean("e\u0301") == "é"  # composed so the font's glyph is used
    assert safe_text.line("<b>&") == "&lt;b&gt;&amp;"


def test_long_text_is_capped_split_and_says_so() -> None:
    pieces = safe_text.paragraphs("word " * 100_000, note="{count} more")
    assert all(len(p) <= safe_text.CHUNK for p in pieces[:-1])
    assert "more" in pieces[-1] and len(pieces) <= safe_text.CAP // (safe_text.CHUNK // 2) + 2
    assert sum(len(p) for p in pieces[:-1]) <= safe_text.CAP


def test_huge_introduction_prints_quickly_with_a_note(demo_records: Records, tmp_path: Path) -> None:
    from hdesk.services.pdf.data import load

    data = load(demo_records)
    data.plan["introduction"] = "Humanitarian diplomacy matters. " * 12_500  # 400,000 characters
    started = time.perf_counter()
    out = render(data, tmp_path / "long.pdf")
    assert time.perf_counter() - started < 15
    assert "Text shortened" in pdf_text(out)


def synthetic(objectives: int, departments: int) -> PlanData:
    """A big plan built in memory (the database round trip is not what is measured here)."""
    plan = {"uuid": "p", "year": 2024, "title": "Big plan", "status": "approved", "approvers": "Chair"}
    depts = [{"uuid": f"d{i}", "name": f"Department of regional affairs number {i:02d}"} for i in range(departments)]
    goals = [
        {
            "uuid": f"g{i}",
            "code": f"G{i}",
            "title": f"Goal {i}",
            "description": "",
            "period_start": 2024,
            "period_end": 2026,
        }
        for i in range(5)
    ]
    objs: list[dict[str, Any]] = []
    roles: dict[tuple[str, str], str] = {}
    for i in range(objectives):
        lead = depts[i % departments]["uuid"]
        objs.append(
            {
                "uuid": f"o{i}",
                "goal": f"g{i % 5}",
                "code": f"{i % 5 + 1}.{i}",
                "title": f"Objective {i} for the board",
                "lead_department": lead,
                "status": "in_progress",
                "priority": "high",
                "start": "2024-02",
                "due": "2024-09",
                "indicator": "Things done",
                "baseline": 0,
                "target": 10,
                "progress": i % 11,
                "budget": 100,
                "principles": ["humanity"],
                "description": "",
            }
        )
        roles[(f"o{i}", lead)] = "lead"
        for k in (3, 7):
            roles[(f"o{i}", depts[(i + k) % departments]["uuid"])] = "contributes"
    groups = [queries.GoalGroup(g, [o for o in objs if o["goal"] == g["uuid"]]) for g in goals]
    return PlanData(
        office={"society": "Big Society", "office_name": "HQ", "country": "X"},
        plan=plan,
        goals=goals,
        groups=groups,
        objectives=objs,
        departments=depts,
        roles=roles,
        partners=[],
        agreements=[],
        campaigns=[],
        site="abcdef0123",
        schema=2,
        printed=dt.date(2024, 3, 1),
    )


def test_three_hundred_objectives_render_in_time(tmp_path: Path) -> None:
    started = time.perf_counter()
    out = render(synthetic(300, 25), tmp_path / "big.pdf")
    elapsed = time.perf_counter() - started
    text = pdf_text(out)
    assert "Objective 299 for the board" in text
    assert "Page 1 of" in text
    assert elapsed < 40, elapsed  # about 3 s on the reference machine (one layout-and-draw pass)


def test_wide_matrix_stays_on_the_page_and_names_every_department(tmp_path: Path) -> None:
    out = render(synthetic(120, 25), tmp_path / "matrix.pdf")
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S)
    assert any(float(w) > float(h) for w, h, _ in pages)  # landscape pages for the matrix
    for width, _, body in pages:
        for x_max in re.findall(r'xMax="([\d.]+)"', body):
            assert float(x_max) <= float(width) - 20  # nothing runs off the paper
    text = pdf_text(out)
    for i in range(25):
        assert f"number {i:02d}" in text
    groups = re.findall(r"Departments (\d+)–(\d+) of 25", text)
    assert len(set(groups)) >= 2 and ("1", "25") not in groups  # split into column groups
    assert max(int(b) - int(a) + 1 for a, b in groups) <= 13
