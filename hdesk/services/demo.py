"""Fill a new database with the demo plan (what `hdesk --demo` and `init --demo` open)."""

from __future__ import annotations

from typing import Any

from hdesk.services.demo_i18n import demo_content
from hdesk.services.queries import link_uuid, set_office
from hdesk.services.records import Records


def fill_demo(records: Records, lang: str = "en") -> None:
    """Create the demo office, plan, strategy, departments, partners and campaigns in one transaction.

    `lang` (en, ru, tk) chooses the language of the demo's words; the structure is the same in each.
    """
    d = demo_content(lang)
    set_office(records, society=d.SOCIETY, country=d.COUNTRY, office_name=d.OFFICE)
    with records.transaction():
        plan = records.create("plan", d.PLAN)
        goals = {}
        for position, (code, title, description, start, end) in enumerate(d.GOALS):
            goals[code] = records.create(
                "goal",
                {
                    "code": code,
                    "title": title,
                    "description": description,
                    "period_start": start,
                    "period_end": end,
                    "position": position,
                },
            )
        depts = {}
        for key, name, head, focal, contact, description in d.DEPARTMENTS:
            depts[key] = records.create(
                "department",
                {"name": name, "head": head, "focal_point": focal, "contact": contact, "description": description},
            )
        objectives = {}
        for (
            code,
            goal,
            title,
            lead,
            contributors,
            priority,
            status,
            start,
            due,
            indicator,
            baseline,
            target,
            progress,
            budget,
            principles,
            description,
        ) in d.OBJECTIVES:
            obj = records.create(
                "objective",
                {
                    "plan": plan,
                    "goal": goals[goal],
                    "code": code,
                    "title": title,
                    "description": description,
                    "lead_department": depts[lead],
                    "priority": priority,
                    "status": status,
                    "start": start,
                    "due": due,
                    "indicator": indicator,
                    "baseline": baseline,
                    "target": target,
                    "progress": progress,
                    "budget": budget,
                    "principles": principles,
                },
            )
            objectives[code] = obj
            for dept, role in {lead: "lead", **contributors}.items():
                records.create(
                    "objective_department",
                    {"objective": obj, "department": depts[dept], "role": role},
                    uuid=link_uuid(obj, depts[dept]),
                )
        for code, title, dept, start, end, status in d.ACTIVITIES:
            records.create(
                "activity",
                {
                    "objective": objectives[code],
                    "title": title,
                    "department": depts[dept],
                    "start": start,
                    "end": end,
                    "status": status,
                },
            )
        partners = {}
        for key, name, kind, country, influence, interest, stance, stage, notes, concerns in d.PARTNERS:
            partners[key] = records.create(
                "partner",
                {
                    "name": name,
                    "kind": kind,
                    "country": country,
                    "influence": influence,
                    "interest": interest,
                    "stance": stance,
                    "stage": stage,
                    "notes": notes,
                    "concerns": concerns,
                    "concern_note": notes if concerns else None,
                },
            )
        for key, name, position, phone, email, language in d.CONTACTS:
            records.create(
                "contact",
                {
                    "partner": partners[key],
                    "name": name,
                    "position": position,
                    "phone": phone,
                    "email": email,
                    "language": language,
                },
            )
        for key, date, kind, summary, follow_up, due, done in d.INTERACTIONS:
            records.create(
                "interaction",
                {
                    "partner": partners[key],
                    "date": date,
                    "kind": kind,
                    "summary": summary,
                    "follow_up": follow_up,
                    "follow_up_due": due,
                    "done": done,
                },
            )
        for key, title, signed, valid, obligations in d.AGREEMENTS:
            records.create(
                "agreement",
                {
                    "partner": partners[key],
                    "title": title,
                    "signed": signed,
                    "valid_until": valid,
                    "obligations": obligations,
                },
            )
        for campaign in d.CAMPAIGNS:
            values: dict[str, Any] = dict(campaign)
            values["objectives"] = [objectives[c] for c in values["objectives"]]
            values["partners"] = [partners[p] for p in values["partners"]]
            regional = values["scope"] == "regional"
            values["societies"] = list(d.CENTRAL_ASIAN_SOCIETIES if regional else d.CENTRAL_ASIAN_SOCIETIES[:1])
            records.create("campaign", values)
