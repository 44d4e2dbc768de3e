"""The words for schema codes: entity names, field labels, enum choices and validation errors.

Services speak in codes (core/schema.py, core/validation.py); every window, PDF dialog and import
report turns them into words here, so one translation covers them all. Unknown codes fall back
to a readable form of the code rather than failing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hdesk.core.validation import FieldError

CONTEXT = "hdesk"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for lupdate (same name as Qt's macro so the extractor finds it); translate later."""
    return source


ENTITY_NAMES: dict[str, str] = {
    "plan": QT_TRANSLATE_NOOP("hdesk", "Plan"),
    "goal": QT_TRANSLATE_NOOP("hdesk", "Strategic goal"),
    "department": QT_TRANSLATE_NOOP("hdesk", "Department"),
    "objective": QT_TRANSLATE_NOOP("hdesk", "Objective"),
    "objective_department": QT_TRANSLATE_NOOP("hdesk", "Department role"),
    "activity": QT_TRANSLATE_NOOP("hdesk", "Activity"),
    "partner": QT_TRANSLATE_NOOP("hdesk", "Partner"),
    "contact": QT_TRANSLATE_NOOP("hdesk", "Contact"),
    "interaction": QT_TRANSLATE_NOOP("hdesk", "Engagement"),
    "campaign": QT_TRANSLATE_NOOP("hdesk", "Campaign"),
    "agreement": QT_TRANSLATE_NOOP("hdesk", "Agreement"),
}

# Field labels shared by every entity; ENTITY_FIELDS overrides where one word means something else.
FIELDS: dict[str, str] = {
    "year": QT_TRANSLATE_NOOP("hdesk", "Year"),
    "title": QT_TRANSLATE_NOOP("hdesk", "Title"),
    "status": QT_TRANSLATE_NOOP("hdesk", "Status"),
    "board_date": QT_TRANSLATE_NOOP("hdesk", "Board approval date"),
    "introduction": QT_TRANSLATE_NOOP("hdesk", "Introduction"),
    "policy": QT_TRANSLATE_NOOP("hdesk", "Policy statement"),
    "approvers": QT_TRANSLATE_NOOP("hdesk", "Approvers"),
    "code": QT_TRANSLATE_NOOP("hdesk", "Code"),
    "description": QT_TRANSLATE_NOOP("hdesk", "Description"),
    "period_start": QT_TRANSLATE_NOOP("hdesk", "From year"),
    "period_end": QT_TRANSLATE_NOOP("hdesk", "To year"),
    "position": QT_TRANSLATE_NOOP("hdesk", "Position"),
    "name": QT_TRANSLATE_NOOP("hdesk", "Name"),
    "head": QT_TRANSLATE_NOOP("hdesk", "Head"),
    "focal_point": QT_TRANSLATE_NOOP("hdesk", "Focal point"),
    "contact": QT_TRANSLATE_NOOP("hdesk", "Contact details"),
    "plan": QT_TRANSLATE_NOOP("hdesk", "Plan"),
    "goal": QT_TRANSLATE_NOOP("hdesk", "Strategic goal"),
    "lead_department": QT_TRANSLATE_NOOP("hdesk", "Lead department"),
    "priority": QT_TRANSLATE_NOOP("hdesk", "Priority"),
    "start": QT_TRANSLATE_NOOP("hdesk", "Start"),
    "due": QT_TRANSLATE_NOOP("hdesk", "Due"),
    "end": QT_TRANSLATE_NOOP("hdesk", "End"),
    "indicator": QT_TRANSLATE_NOOP("hdesk", "Indicator"),
    "baseline": QT_TRANSLATE_NOOP("hdesk", "Baseline"),
    "target": QT_TRANSLATE_NOOP("hdesk", "Target"),
    "progress": QT_TRANSLATE_NOOP("hdesk", "Progress"),
    "budget": QT_TRANSLATE_NOOP("hdesk", "Budget"),
    "principles": QT_TRANSLATE_NOOP("hdesk", "Fundamental Principles"),
    "origin": QT_TRANSLATE_NOOP("hdesk", "Carried over from"),
    "objective": QT_TRANSLATE_NOOP("hdesk", "Objective"),
    "department": QT_TRANSLATE_NOOP("hdesk", "Department"),
    "role": QT_TRANSLATE_NOOP("hdesk", "Role"),
    "note": QT_TRANSLATE_NOOP("hdesk", "Note"),
    "kind": QT_TRANSLATE_NOOP("hdesk", "Kind"),
    "country": QT_TRANSLATE_NOOP("hdesk", "Country"),
    "influence": QT_TRANSLATE_NOOP("hdesk", "Influence"),
    "interest": QT_TRANSLATE_NOOP("hdesk", "Interest"),
    "stance": QT_TRANSLATE_NOOP("hdesk", "Stance"),
    "stage": QT_TRANSLATE_NOOP("hdesk", "Stage"),
    "notes": QT_TRANSLATE_NOOP("hdesk", "Notes"),
    "concerns": QT_TRANSLATE_NOOP("hdesk", "Principle concerns"),
    "concern_note": QT_TRANSLATE_NOOP("hdesk", "About the concerns"),
    "partner": QT_TRANSLATE_NOOP("hdesk", "Partner"),
    "phone": QT_TRANSLATE_NOOP("hdesk", "Phone"),
    "email": QT_TRANSLATE_NOOP("hdesk", "Email"),
    "language": QT_TRANSLATE_NOOP("hdesk", "Language"),
    "date": QT_TRANSLATE_NOOP("hdesk", "Date"),
    "summary": QT_TRANSLATE_NOOP("hdesk", "Summary"),
    "follow_up": QT_TRANSLATE_NOOP("hdesk", "Follow-up"),
    "follow_up_due": QT_TRANSLATE_NOOP("hdesk", "Follow-up due"),
    "done": QT_TRANSLATE_NOOP("hdesk", "Done"),
    "theme": QT_TRANSLATE_NOOP("hdesk", "Theme"),
    "key_messages": QT_TRANSLATE_NOOP("hdesk", "Key messages"),
    "audiences": QT_TRANSLATE_NOOP("hdesk", "Audiences"),
    "scope": QT_TRANSLATE_NOOP("hdesk", "Scope"),
    "lead_society": QT_TRANSLATE_NOOP("hdesk", "Lead Society"),
    "societies": QT_TRANSLATE_NOOP("hdesk", "Participating Societies"),
    "channels": QT_TRANSLATE_NOOP("hdesk", "Channels"),
    "objectives": QT_TRANSLATE_NOOP("hdesk", "Linked objectives"),
    "partners": QT_TRANSLATE_NOOP("hdesk", "Linked partners"),
    "signed": QT_TRANSLATE_NOOP("hdesk", "Signed"),
    "valid_until": QT_TRANSLATE_NOOP("hdesk", "Valid until"),
    "obligations": QT_TRANSLATE_NOOP("hdesk", "Obligations"),
    "file_ref": QT_TRANSLATE_NOOP("hdesk", "File reference"),
}

ENTITY_FIELDS: dict[tuple[str, str], str] = {
    ("plan", "status"): QT_TRANSLATE_NOOP("hdesk", "Plan status"),
    ("interaction", "kind"): QT_TRANSLATE_NOOP("hdesk", "Kind of contact"),
    ("partner", "kind"): QT_TRANSLATE_NOOP("hdesk", "Kind of partner"),
    ("activity", "department"): QT_TRANSLATE_NOOP("hdesk", "Responsible department"),
    ("contact", "position"): QT_TRANSLATE_NOOP("hdesk", "Position"),
}

CHOICES: dict[str, str] = {
    # plan status
    "draft": QT_TRANSLATE_NOOP("hdesk", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("hdesk", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("hdesk", "Approved"),
    # priority
    "high": QT_TRANSLATE_NOOP("hdesk", "High"),
    "medium": QT_TRANSLATE_NOOP("hdesk", "Medium"),
    "low": QT_TRANSLATE_NOOP("hdesk", "Low"),
    # objective / activity / campaign status
    "planned": QT_TRANSLATE_NOOP("hdesk", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("hdesk", "In progress"),
    "done": QT_TRANSLATE_NOOP("hdesk", "Done"),
    "postponed": QT_TRANSLATE_NOOP("hdesk", "Postponed"),
    "cancelled": QT_TRANSLATE_NOOP("hdesk", "Cancelled"),
    "active": QT_TRANSLATE_NOOP("hdesk", "Active"),
    "completed": QT_TRANSLATE_NOOP("hdesk", "Completed"),
    # roles
    "lead": QT_TRANSLATE_NOOP("hdesk", "Lead"),
    "contributes": QT_TRANSLATE_NOOP("hdesk", "Contributes"),
    "consulted": QT_TRANSLATE_NOOP("hdesk", "Consulted"),
    "informed": QT_TRANSLATE_NOOP("hdesk", "Informed"),
    # partner kinds
    "government": QT_TRANSLATE_NOOP("hdesk", "Government"),
    "local_authority": QT_TRANSLATE_NOOP("hdesk", "Local authority"),
    "un_agency": QT_TRANSLATE_NOOP("hdesk", "UN agency"),
    "ifrc_icrc": QT_TRANSLATE_NOOP("hdesk", "IFRC / ICRC"),
    "national_society": QT_TRANSLATE_NOOP("hdesk", "National Society"),
    "ngo": QT_TRANSLATE_NOOP("hdesk", "NGO"),
    "media": QT_TRANSLATE_NOOP("hdesk", "Media"),
    "private_sector": QT_TRANSLATE_NOOP("hdesk", "Private sector"),
    "academia": QT_TRANSLATE_NOOP("hdesk", "Academia"),
    "community_leader": QT_TRANSLATE_NOOP("hdesk", "Community leader"),
    "donor": QT_TRANSLATE_NOOP("hdesk", "Donor"),
    # stance
    "supportive": QT_TRANSLATE_NOOP("hdesk", "Supportive"),
    "neutral": QT_TRANSLATE_NOOP("hdesk", "Neutral"),
    "sceptical": QT_TRANSLATE_NOOP("hdesk", "Sceptical"),
    "opposed": QT_TRANSLATE_NOOP("hdesk", "Opposed"),
    "unknown": QT_TRANSLATE_NOOP("hdesk", "Unknown"),
    # stage
    "identified": QT_TRANSLATE_NOOP("hdesk", "Identified"),
    "contacted": QT_TRANSLATE_NOOP("hdesk", "Contacted"),
    "engaged": QT_TRANSLATE_NOOP("hdesk", "Engaged"),
    "agreement": QT_TRANSLATE_NOOP("hdesk", "Agreement"),
    # interaction kinds
    "meeting": QT_TRANSLATE_NOOP("hdesk", "Meeting"),
    "call": QT_TRANSLATE_NOOP("hdesk", "Call"),
    "letter": QT_TRANSLATE_NOOP("hdesk", "Letter"),
    "event": QT_TRANSLATE_NOOP("hdesk", "Event"),
    "consultation": QT_TRANSLATE_NOOP("hdesk", "Consultation"),
    # scope
    "national": QT_TRANSLATE_NOOP("hdesk", "National"),
    "regional": QT_TRANSLATE_NOOP("hdesk", "Regional"),
    # the Fundamental Principles (also the principle concerns)
    "humanity": QT_TRANSLATE_NOOP("hdesk", "Humanity"),
    "impartiality": QT_TRANSLATE_NOOP("hdesk", "Impartiality"),
    "neutrality": QT_TRANSLATE_NOOP("hdesk", "Neutrality"),
    "independence": QT_TRANSLATE_NOOP("hdesk", "Independence"),
    "voluntary_service": QT_TRANSLATE_NOOP("hdesk", "Voluntary service"),
    "unity": QT_TRANSLATE_NOOP("hdesk", "Unity"),
    "universality": QT_TRANSLATE_NOOP("hdesk", "Universality"),
}

ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("hdesk", "{field} is required."),
    "too_long": QT_TRANSLATE_NOOP("hdesk", "{field} is longer than {limit} characters."),
    "not_text": QT_TRANSLATE_NOOP("hdesk", "{field} must be text."),
    "not_integer": QT_TRANSLATE_NOOP("hdesk", "{field} must be a whole number."),
    "not_number": QT_TRANSLATE_NOOP("hdesk", "{field} must be a number."),
    "too_small": QT_TRANSLATE_NOOP("hdesk", "{field} must be at least {limit}."),
    "too_large": QT_TRANSLATE_NOOP("hdesk", "{field} must be at most {limit}."),
    "bad_date": QT_TRANSLATE_NOOP("hdesk", "{field} must be a date like 2024-03-31."),
    "bad_month": QT_TRANSLATE_NOOP("hdesk", "{field} must be a month like 2024-03."),
    "bad_choice": QT_TRANSLATE_NOOP("hdesk", "{field} must be one of: {choices}."),
    "bad_reference": QT_TRANSLATE_NOOP("hdesk", "{field} must refer to an existing record."),
    "too_many": QT_TRANSLATE_NOOP("hdesk", "{field} has more than {limit} items."),
    "bad_bool": QT_TRANSLATE_NOOP("hdesk", "{field} must be yes or no."),
    "end_before_start": QT_TRANSLATE_NOOP("hdesk", "{field} is before the start."),
    "unknown_field": QT_TRANSLATE_NOOP("hdesk", "{field} is not a known column."),
    "missing_parent": QT_TRANSLATE_NOOP("hdesk", "{field} refers to a record that was deleted."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _readable(code: str) -> str:
    return code.replace("_", " ").capitalize()


def entity_name(entity: str) -> str:
    """'partner' -> 'Partner' in the interface language."""
    return tr(ENTITY_NAMES[entity]) if entity in ENTITY_NAMES else _readable(entity)


def field_label(entity: str, field: str) -> str:
    """The label of a field of an entity, e.g. ('objective', 'lead_department') -> 'Lead department'."""
    text = ENTITY_FIELDS.get((entity, field)) or FIELDS.get(field)
    return tr(text) if text else _readable(field)


def choice_label(code: str | None) -> str:
    """The words for an enum or principle code; '' for None."""
    if not code:
        return ""
    return tr(CHOICES[code]) if code in CHOICES else _readable(code)


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def error_text(error: FieldError, entity: str = "") -> str:
    """One sentence for a refused value, e.g. 'Influence must be at most 5.'"""
    template = tr(ERRORS[error.code]) if error.code in ERRORS else "{field}: " + error.code
    choices = ", ".join(choice_label(c) for c in error.limit) if isinstance(error.limit, tuple) else ""
    limit = _number(error.limit) if isinstance(error.limit, (int, float)) else ""
    label = field_label(entity, error.field) if entity else _readable(error.field)
    return template.format(field=label, limit=limit, choices=choices)


def tooltip(value: str) -> str:
    """User text as a tooltip: Qt guesses rich text in tooltips, so wrap it escaped (RELIABILITY.md 30)."""
    return "<p>" + html.escape(value) + "</p>" if value else ""


# Formatted dates and months by (kind, locale, stored value): a list of 5,000 rows repeats the same
# few hundred values, and each QLocale formatting call costs ~0.1 ms.
_FORMATTED: dict[tuple[str, str, str], str] = {}


def format_date(iso: str | None) -> str:
    """A stored date (2024-02-15) in the interface's locale (15/02/2024, 15.02.2024)."""
    if not iso:
        return ""
    return _formatted("date", iso, lambda locale: _locale_date(locale, iso[:10], QLocale.FormatType.ShortFormat, iso))


def format_month(month: str | None) -> str:
    """A stored month (2024-03) as the locale names it (Mar 2024, мар. 2024)."""
    if not month:
        return ""
    return _formatted("month", month, lambda locale: _locale_date(locale, month[:7] + "-01", "MMM yyyy", month))


def _locale_date(locale: QLocale, iso: str, form: Any, fallback: str) -> str:
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return locale.toString(day, form) if day.isValid() else fallback


def _formatted(kind: str, value: str, make: Callable[[QLocale], str]) -> str:
    locale = QLocale()
    key = (kind, locale.name(), value)
    shown = _FORMATTED.get(key)
    if shown is None:
        if len(_FORMATTED) > 20000:  # bounded: a long session across many files
            _FORMATTED.clear()
        shown = _FORMATTED[key] = make(locale)
    return shown


def format_amount(value: float | int | None) -> str:
    """A measured quantity or money with the locale's digit grouping and decimal sign."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())


def format_due(due: str | None) -> str:
    """A due date that may be a day or a month."""
    if not due:
        return ""
    return format_month(due) if len(due) == 7 else format_date(due)
