"""Partners to and from spreadsheets: round trips, updates, duplicates, refusals, dry runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from hdesk.services.records import Records
from hdesk.services.spreadsheet_io import read_csv
from hdesk.services.spreadsheets import (
    ImportRefused,
    apply_import,
    contacts_sibling,
    export_partners,
    partner_rows,
    plan_import,
)
from hdesk.store.database import Database

LONG_NOTE = ('Длинная заметка; with "quotes", semicolons; and commas.\nSecond line — Türkmençe äçňöşüýž. ' * 150)[
    :19_000
].strip()


def content_hash(database: Database) -> str:
    """A hash of every row of every table: equal hashes, equal databases."""
    digest = hashlib.sha256()
    tables = database.db.execute_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()
    for (table,) in tables:
        digest.update(table.encode())
        for row in database.db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall():
            digest.update(repr(row).encode())
    return digest.hexdigest()


def fill(records: Records) -> dict[str, str]:
    ids = {
        "mfa": records.create(
            "partner",
            {
                "name": "Министерство иностранных дел Туркменистана",
                "kind": "government",
                "country": "Türkmenistan",
                "influence": 5,
                "interest": 2,
                "stance": "neutral",
                "stage": "contacted",
                "notes": LONG_NOTE,
                "concerns": ["neutrality", "independence"],
                "concern_note": 'Party to talks; "conditional" support; see notes',
            },
        ),
        "ngo": records.create(
            "partner",
            {"name": "Ýaşlar merkezi — äçňöşüýž", "kind": "ngo", "country": "Turkmenistan", "influence": 1},
        ),
        "formula": records.create("partner", {"name": '=HYPERLINK("http://x","y")', "kind": "media"}),
        "plus": records.create("partner", {"name": "+1 trick", "kind": "donor", "notes": "'=already quoted"}),
    }
    records.create(
        "contact",
        {"partner": ids["mfa"], "name": "Огулджан Атаева", "position": "Посол", "phone": "+99312345678"},
    )
    records.create("contact", {"partner": ids["ngo"], "name": "Merdan Öwezow", "email": "m@example.org"})
    return ids


def rows_of(records: Records) -> list[dict[str, object]]:
    out = []
    for entity in ("partner", "contact"):
        out += sorted(records.list(entity), key=lambda r: r["uuid"])
    return out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_into_a_fresh_database_is_lossless(records: Records, tmp_path: Path, suffix: str) -> None:
    fill(records)
    out = tmp_path / f"partners{suffix}"
    export_partners(records, out)
    with Database(tmp_path / "other.hdesk", create=True) as other_db:
        other = Records(other_db)
        plan = plan_import(other, out)
        assert plan.ok, plan.problems
        assert plan.count("partner", "create") == 4 and plan.count("contact", "create") == 2
        apply_import(other, plan)
        assert rows_of(other) == rows_of(records)
        again = tmp_path / f"again{suffix}"
        export_partners(other, again)
        assert partner_rows(other) == partner_rows(records)
    if suffix == ".csv":
        assert again.read_bytes() == out.read_bytes()
        assert contacts_sibling(again).read_bytes() == contacts_sibling(out).read_bytes()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_reimport_of_own_export_changes_nothing(records: Records, db: Database, tmp_path: Path, suffix: str) -> None:
    fill(records)
    out = tmp_path / f"partners{suffix}"
    export_partners(records, out)
    before = content_hash(db)
    plan = plan_import(records, out)
    assert plan.ok and not plan.duplicates
    assert {r.action for r in plan.rows} == {"unchanged"}
    apply_import(records, plan)
    assert content_hash(db) == before


def test_formula_like_text_is_exported_as_text(records: Records, tmp_path: Path) -> None:
    fill(records)
    export_partners(records, tmp_path / "p.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "p.xlsx")
    cells = [c for row in workbook["Partners"].iter_rows() for c in row if isinstance(c.value, str)]
    formula = [c for c in cells if c.value.startswith("=HYPERLINK")]
    assert formula and all(c.data_type == "s" for c in formula)
    assert not [c for c in cells if c.data_type == "f"]
    export_partners(records, tmp_path / "p.csv")
    text = (tmp_path / "p.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 trick" in text and "''=already quoted" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "@")), cell


def test_csv_is_written_with_bom(records: Records, tmp_path: Path) -> None:
    fill(records)
    export_partners(records, tmp_path / "p.csv")
    assert (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbfuuid,name,")


def test_semicolon_csv_with_bom_and_words_is_imported(records: Records, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_bytes(
        (
            "\ufeff Name ;KIND;Country;Influence;Interest;Stance;Stage;Concerns;Phone\r\n"
            "Бюро ООН;UN agency;Туркменистан;4;5;Supportive;ENGAGED;Neutrality; x\r\n"
            '"Lebap; elders";Community/religious leader;Turkmenistan;2;3;neutral;identified;;\r\n'
        ).encode()
    )
    plan = plan_import(records, source)
    assert plan.ok, [p.sentence() for p in plan.problems]
    assert ("list", "Phone") in plan.ignored_columns
    apply_import(records, plan)
    partners = {p["name"]: p for p in records.list("partner")}
    assert partners["Бюро ООН"]["kind"] == "un_agency"
    assert partners["Бюро ООН"]["stage"] == "engaged" and partners["Бюро ООН"]["concerns"] == ["neutrality"]
    assert partners["Lebap; elders"]["kind"] == "community_leader"


def test_csv_without_bom_and_with_commas_is_imported(records: Records, tmp_path: Path) -> None:
    source = tmp_path / "plain.csv"
    source.write_text('name,country,notes\nUNICEF,Turkmenistan,"a, b; c"\n', "utf-8")
    apply_import(records, plan_import(records, source))
    (unicef,) = records.list("partner")
    assert unicef["notes"] == "a, b; c" and unicef["kind"] == "ngo" and unicef["influence"] == 3


def test_row_with_known_uuid_updates_and_empty_cell_clears(records: Records, tmp_path: Path) -> None:
    ids = fill(records)
    source = tmp_path / "edit.csv"
    source.write_text(f"uuid,name,influence,notes\n{ids['mfa'].upper()},МИД,4,\n", "utf-8")
    plan = plan_import(records, source)
    (row,) = plan.rows
    assert row.action == "update" and row.values == {"name": "МИД", "influence": 4, "notes": None}
    apply_import(records, plan)
    mfa = records.get("partner", ids["mfa"])
    assert (mfa["name"], mfa["influence"], mfa["notes"], mfa["interest"]) == ("МИД", 4, None, 2)


def test_likely_duplicates_are_reported_not_created(records: Records, tmp_path: Path) -> None:
    ids = fill(records)
    source = tmp_path / "dups.csv"
    source.write_text(
        "name,country\n"
        "  министерство ИНОСТРАННЫХ  дел туркменистана ,Turkmenistan\n"  # same name, country folds alike
        "New partner,Kazakhstan\n"
        "NEW PARTNER,kazakhstan\n"
        "New partner,Uzbekistan\n",
        "utf-8",
    )
    plan = plan_import(records, source)
    assert plan.ok
    found = {(d.line, d.existing_uuid, d.earlier_line) for d in plan.duplicates}
    assert found == {(2, ids["mfa"], 0), (4, "", 3)}
    apply_import(records, plan)
    assert len(records.list("partner")) == 6


def test_bad_rows_refuse_everything_with_lines_and_columns(records: Records, db: Database, tmp_path: Path) -> None:
    ids = fill(records)
    before = content_hash(db)
    source = tmp_path / "bad.csv"
    source.write_text(
        "uuid,name,kind,influence,stance,concerns\n"
        ",Good new partner,ngo,3,neutral,\n"
        ",Bad influence,ngo,9,neutral,\n"
        f"{ids['ngo']},,ngo,2,neutral,\n"
        ",Bad kind,spaceship,2,nice,humanity\n"
        "not-a-uuid,X,ngo,2,neutral,\n",
        "utf-8",
    )
    plan = plan_import(records, source)
    got = {(p.line, p.column, p.code) for p in plan.problems}
    assert got == {
        (3, "influence", "too_large"),
        (4, "name", "required"),
        (5, "kind", "bad_choice"),
        (5, "stance", "bad_choice"),
        (5, "concerns", "bad_choice"),
        (6, "uuid", "bad_uuid"),
    }
    assert plan.bad_lines == [("bad", 3), ("bad", 4), ("bad", 5), ("bad", 6)]
    sentences = {p.sentence() for p in plan.problems}
    assert "influence must be at most 5" in sentences
    with pytest.raises(ImportRefused):
        apply_import(records, plan, backup_dir=tmp_path / "backups")
    assert content_hash(db) == before
    assert not (tmp_path / "backups").exists()


def test_failure_while_writing_rolls_back_everything(records: Records, db: Database, tmp_path: Path) -> None:
    fill(records)
    source = tmp_path / "new.csv"
    source.write_text("name\nA\nB\nC\n", "utf-8")
    plan = plan_import(records, source)
    plan.rows[2].values["influence"] = 99  # a value that fails validation inside the transaction
    before = content_hash(db)
    with pytest.raises(ValueError):
        apply_import(records, plan)
    assert content_hash(db) == before


def test_contacts_name_their_partner_by_name_or_uuid(records: Records, tmp_path: Path) -> None:
    ids = fill(records)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Partners"
    sheet.append(["Name", "Country"])
    sheet.append(["Red Crescent of Kazakhstan", "Kazakhstan"])
    contacts = book.create_sheet("Contacts")
    contacts.append(["partner_name", "partner_uuid", "name", "phone"])
    contacts.append(["red crescent of kazakhstan", None, "Aigerim", 77012345678])
    contacts.append([None, ids["ngo"], "Merdan Öwezow", None])  # same as an existing contact
    contacts.append(["Nobody at all", None, "Ghost", None])
    book.save(tmp_path / "in.xlsx")
    plan = plan_import(records, tmp_path / "in.xlsx")
    assert [(p.sheet, p.line, p.column, p.code) for p in plan.problems] == [
        ("contacts", 4, "partner_name", "unknown_partner")
    ]
    del plan.problems[:]
    assert [d.label for d in plan.duplicates] == ["Merdan Öwezow"]
    apply_import(records, plan)
    (kz,) = records.list("partner", name="Red Crescent of Kazakhstan")
    (aigerim,) = records.list("contact", partner=kz["uuid"])
    assert aigerim["phone"] == "77012345678"


def test_dry_run_plan_writes_nothing(records: Records, db: Database, tmp_path: Path) -> None:
    fill(records)
    source = tmp_path / "new.csv"
    source.write_text("name\nA\nB\n", "utf-8")
    before = content_hash(db)
    plan = plan_import(records, source)
    assert plan.count("partner", "create") == 2
    assert content_hash(db) == before


def test_a_backup_is_taken_before_a_real_import(records: Records, tmp_path: Path) -> None:
    source = tmp_path / "new.csv"
    source.write_text("name\nA\n", "utf-8")
    result = apply_import(records, plan_import(records, source), backup_dir=tmp_path / "backups")
    assert result.created == 1 and result.backup is not None and result.backup.is_file()
    assert "before-partner-import" in result.backup.name


def test_read_csv_keeps_line_numbers_of_the_sheet(tmp_path: Path) -> None:
    source = tmp_path / "gaps.csv"
    source.write_text('name;notes\n\nA;"two\nlines"\n;\nB;x\n', "utf-8")
    table = read_csv(source)
    assert [(r.line, r.cells[0]) for r in table.rows] == [(3, "A"), (5, "B")]


def test_revert_of_an_import_removes_new_rows_and_restores_edits(records: Records, tmp_path: Path) -> None:
    ids = fill(records)
    source = tmp_path / "mixed.csv"
    source.write_text(f"uuid,name,influence\n{ids['ngo']},Renamed,4\n,Brand new,2\n", "utf-8")
    result = apply_import(records, plan_import(records, source))
    assert (result.created, result.updated) == (1, 1)
    records.revert(result.changes)
    assert not records.list("partner", name="Brand new")
    ngo = records.get("partner", ids["ngo"])
    assert (ngo["name"], ngo["influence"]) == ("Ýaşlar merkezi — äçňöşüýž", 1)
    records.reapply(result.changes)
    assert records.list("partner", name="Brand new") and records.get("partner", ids["ngo"])["name"] == "Renamed"
