"""The points-of-contact matrix: roles, one lead per objective, highlights, overlap warnings."""

from __future__ import annotations

import pytest

from hdesk.services import queries
from hdesk.services.planning import matrix, next_role, set_role
from hdesk.services.records import Records


def small_plan(records: Records) -> dict[str, str]:
    """A plan with two goals, three objectives and three departments, nothing linked yet."""
    ids = {"plan": records.create("plan", {"year": 2025, "title": "Plan 2025"})}
    ids["g1"] = records.create("goal", {"code": "G1", "title": "Law", "position": 0})
    ids["g2"] = records.create("goal", {"code": "G2", "title": "Partners", "position": 1})
    for key, name in (("hd", "Diplomacy"), ("dm", "Disasters"), ("youth", "Youth")):
        ids[key] = records.create("department", {"name": name})
    for key, goal, code in (("o1", "g1", "1.1"), ("o2", "g2", "2.1"), ("o3", "g2", "2.2")):
        ids[key] = records.create("objective", {"plan": ids["plan"], "goal": ids[goal], "code": code, "title": code})
    return ids


def role_of(records: Records, ids: dict[str, str], obj: str, dept: str) -> str | None:
    return queries.roles(records, ids["plan"]).get((ids[obj], ids[dept]))


def test_role_cycle_order() -> None:
    seen = [None]
    for _ in range(5):
        seen.append(next_role(seen[-1]))
    assert seen == [None, "lead", "contributes", "consulted", "informed", None]


def test_set_role_creates_link_with_deterministic_uuid_and_lead(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    link = records.get("objective_department", queries.link_uuid(ids["o1"], ids["hd"]))
    assert link["role"] == "lead"
    assert records.get("objective", ids["o1"])["lead_department"] == ids["hd"]


def test_new_lead_demotes_old_lead_to_contributes(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    set_role(records, ids["o1"], ids["dm"], "lead")
    assert records.get("objective", ids["o1"])["lead_department"] == ids["dm"]
    assert role_of(records, ids, "o1", "hd") == "contributes"
    assert role_of(records, ids, "o1", "dm") == "lead"
    leads = [r for (o, _d), r in queries.roles(records, ids["plan"]).items() if o == ids["o1"] and r == "lead"]
    assert leads == ["lead"]


def test_leaving_lead_clears_lead_department(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    set_role(records, ids["o1"], ids["hd"], "contributes")
    assert records.get("objective", ids["o1"])["lead_department"] is None
    assert role_of(records, ids, "o1", "hd") == "contributes"


def test_none_tombstones_link_and_revert_restores(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o2"], ids["youth"], "consulted")
    changes = set_role(records, ids["o2"], ids["youth"], None)
    assert role_of(records, ids, "o2", "youth") is None
    records.revert(changes)
    assert role_of(records, ids, "o2", "youth") == "consulted"
    again = set_role(records, ids["o2"], ids["youth"], None)
    again2 = set_role(records, ids["o2"], ids["youth"], "informed")  # revives the tombstone
    assert role_of(records, ids, "o2", "youth") == "informed"
    records.revert(again2)
    assert role_of(records, ids, "o2", "youth") is None
    assert again.changes


def test_revert_of_new_lead_restores_old_lead(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    changes = set_role(records, ids["o1"], ids["dm"], "lead")
    records.revert(changes)
    assert records.get("objective", ids["o1"])["lead_department"] == ids["hd"]
    assert role_of(records, ids, "o1", "hd") == "lead"
    assert role_of(records, ids, "o1", "dm") is None


def test_revert_of_first_link_removes_it(records: Records) -> None:
    ids = small_plan(records)
    changes = set_role(records, ids["o3"], ids["dm"], "informed")
    records.revert(changes)
    assert role_of(records, ids, "o3", "dm") is None
    records.reapply(changes)
    assert role_of(records, ids, "o3", "dm") == "informed"


def test_unknown_role_is_refused(records: Records) -> None:
    ids = small_plan(records)
    with pytest.raises(ValueError):
        set_role(records, ids["o1"], ids["hd"], "boss")


def test_matrix_groups_totals_and_highlights(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    set_role(records, ids["o2"], ids["hd"], "contributes")
    set_role(records, ids["o2"], ids["dm"], "consulted")
    m = matrix(records, ids["plan"])
    assert [g.goal["code"] for g in m.groups if g.goal] == ["G1", "G2"]
    assert [o["code"] for o in m.objectives] == ["1.1", "2.1", "2.2"]
    assert m.totals[ids["hd"]] == {"lead": 1, "contributes": 1}
    assert m.without_lead == [ids["o2"], ids["o3"]]
    assert m.idle_departments == [ids["youth"]]
    assert m.role(ids["o2"], ids["dm"]) == "consulted"
    assert m.overlaps == []


def test_overlap_two_departments_same_partner_different_objectives(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    set_role(records, ids["o2"], ids["dm"], "lead")
    set_role(records, ids["o3"], ids["youth"], "informed")  # informed does not approach anyone
    ministry = records.create("partner", {"name": "Ministry", "kind": "government"})
    quiet = records.create("partner", {"name": "Quiet NGO", "kind": "ngo"})
    records.create("campaign", {"title": "Law week", "objectives": [ids["o1"]], "partners": [ministry, quiet]})
    records.create("campaign", {"title": "Drill", "objectives": [ids["o2"]], "partners": [ministry]})
    records.create("campaign", {"title": "Talks", "objectives": [ids["o3"]], "partners": [quiet]})
    overlaps = matrix(records, ids["plan"]).overlaps
    assert len(overlaps) == 1
    assert overlaps[0].partner["name"] == "Ministry"
    assert overlaps[0].departments == [ids["hd"], ids["dm"]]  # column order: Diplomacy, Disasters
    assert overlaps[0].objectives == [ids["o1"], ids["o2"]]
    assert len(overlaps[0].campaigns) == 2


def test_one_joint_campaign_is_not_an_overlap(records: Records) -> None:
    ids = small_plan(records)
    set_role(records, ids["o1"], ids["hd"], "lead")
    set_role(records, ids["o2"], ids["dm"], "lead")
    ministry = records.create("partner", {"name": "Ministry", "kind": "government"})
    records.create("campaign", {"title": "Joint", "objectives": [ids["o1"], ids["o2"]], "partners": [ministry]})
    assert matrix(records, ids["plan"]).overlaps == []


def test_demo_matrix_finds_the_two_shared_societies(demo_records: Records) -> None:
    plan = queries.plan_for_year(demo_records, 2024)
    assert plan is not None
    m = matrix(demo_records, plan["uuid"])
    assert len(m.departments) == 9 and len(m.objectives) == 13
    assert m.without_lead == []
    names = [o.partner["name"] for o in m.overlaps]
    assert len(names) == 2 and all("Red Crescent" in n for n in names)
