"""The shape of every record that travels between offices.

One declarative description drives validation (core), the SQLite tables (store), the
merge bookkeeping (services) and the generic editors (ui), so a field is named once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """How a field's value is typed, stored and validated."""

    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # paragraphs
    INT = "int"
    NUMBER = "number"  # float, e.g. budget, baseline
    DATE = "date"  # ISO yyyy-mm-dd
    MONTH = "month"  # yyyy-mm
    ENUM = "enum"
    BOOL = "bool"
    REF = "ref"  # uuid of another record
    LIST = "list"  # list of short strings (codes, uuids, names)


@dataclass(frozen=True)
class Field:
    """One editable field of an entity."""

    name: str
    kind: Kind
    required: bool = False
    max_len: int = 0  # 0: the kind's default
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    ref: str = ""  # entity name for REF fields, and for LIST of references
    default: object = None

    @property
    def limit(self) -> int:
        """Maximum length in characters for text-like values."""
        if self.max_len:
            return self.max_len
        return {Kind.TEXT: 300, Kind.LONGTEXT: 20_000, Kind.LIST: 200}.get(self.kind, 64)


@dataclass(frozen=True)
class Entity:
    """A kind of record: its table, fields, and cross-field rules."""

    name: str
    fields: tuple[Field, ...]
    label: str = "name"  # field that names a record for people
    ranges: tuple[tuple[str, str], ...] = ()  # (start, end): end must not precede start
    parents: tuple[str, ...] = field(default=())  # REF fields that must exist (required parents)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


PLAN_STATUS = ("draft", "submitted", "approved")
PRIORITY = ("high", "medium", "low")
OBJECTIVE_STATUS = ("planned", "in_progress", "done", "postponed", "cancelled")
ROLES = ("lead", "contributes", "consulted", "informed")
ACTIVITY_STATUS = ("planned", "in_progress", "done", "cancelled")
PARTNER_KIND = (
    "government",
    "local_authority",
    "un_agency",
    "ifrc_icrc",
    "national_society",
    "ngo",
    "media",
    "private_sector",
    "academia",
    "community_leader",
    "donor",
)
STANCE = ("supportive", "neutral", "sceptical", "opposed", "unknown")
STAGE = ("identified", "contacted", "engaged", "agreement")
INTERACTION_KIND = ("meeting", "call", "letter", "event", "consultation")
SCOPE = ("national", "regional")
CAMPAIGN_STATUS = ("planned", "active", "completed", "cancelled")
PRINCIPLES = (
    "humanity",
    "impartiality",
    "neutrality",
    "independence",
    "voluntary_service",
    "unity",
    "universality",
)
CONCERNS = ("neutrality", "independence", "impartiality")

T, L, INT, N, D, M, E, B, R, LS = (
    Kind.TEXT,
    Kind.LONGTEXT,
    Kind.INT,
    Kind.NUMBER,
    Kind.DATE,
    Kind.MONTH,
    Kind.ENUM,
    Kind.BOOL,
    Kind.REF,
    Kind.LIST,
)

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        Entity(
            "plan",
            (
                Field("year", INT, required=True, minimum=2000, maximum=2100),
                Field("title", T, required=True),
                Field("status", E, choices=PLAN_STATUS, default="draft"),
                Field("board_date", D),
                Field("introduction", L),
                Field("policy", L),
                Field("approvers", L, max_len=2000),
            ),
            label="title",
        ),
        Entity(
            "goal",
            (
                Field("code", T, required=True, max_len=20),
                Field("title", T, required=True),
                Field("description", L),
                Field("period_start", INT, minimum=2000, maximum=2100),
                Field("period_end", INT, minimum=2000, maximum=2100),
                Field("position", INT, minimum=0, maximum=10_000, default=0),
            ),
            label="title",
            ranges=(("period_start", "period_end"),),
        ),
        Entity(
            "department",
            (
                Field("name", T, required=True),
                Field("head", T),
                Field("focal_point", T),
                Field("contact", T),
                Field("description", L),
            ),
        ),
        Entity(
            "objective",
            (
                Field("plan", R, required=True, ref="plan"),
                Field("goal", R, ref="goal"),
                Field("code", T, max_len=20),
                Field("title", T, required=True),
                Field("description", L),
                Field("lead_department", R, ref="department"),
                Field("priority", E, choices=PRIORITY, default="medium"),
                Field("status", E, choices=OBJECTIVE_STATUS, default="planned"),
                Field("start", M),
                Field("due", M),
                Field("indicator", T),
                Field("baseline", N, minimum=-1e12, maximum=1e12),
                Field("target", N, minimum=-1e12, maximum=1e12),
                Field("progress", N, minimum=-1e12, maximum=1e12),
                Field("budget", N, minimum=0, maximum=1e12),
                Field("principles", LS, choices=PRINCIPLES),
                Field("origin", R, ref="objective"),
            ),
            label="title",
            ranges=(("start", "due"),),
            parents=("plan",),
        ),
        Entity(
            "objective_department",
            (
                Field("objective", R, required=True, ref="objective"),
                Field("department", R, required=True, ref="department"),
                Field("role", E, required=True, choices=ROLES, default="contributes"),
                Field("note", T),
            ),
            label="role",
            parents=("objective", "department"),
        ),
        Entity(
            "activity",
            (
                Field("objective", R, required=True, ref="objective"),
                Field("title", T, required=True),
                Field("department", R, ref="department"),
                Field("start", D),
                Field("end", D),
                Field("status", E, choices=ACTIVITY_STATUS, default="planned"),
            ),
            label="title",
            ranges=(("start", "end"),),
            parents=("objective",),
        ),
        Entity(
            "partner",
            (
                Field("name", T, required=True),
                Field("kind", E, required=True, choices=PARTNER_KIND, default="ngo"),
                Field("country", T, max_len=100),
                Field("influence", INT, minimum=1, maximum=5, default=3),
                Field("interest", INT, minimum=1, maximum=5, default=3),
                Field("stance", E, choices=STANCE, default="unknown"),
                Field("stage", E, choices=STAGE, default="identified"),
                Field("notes", L),
                Field("concerns", LS, choices=CONCERNS),
                Field("concern_note", L, max_len=4000),
            ),
        ),
        Entity(
            "contact",
            (
                Field("partner", R, required=True, ref="partner"),
                Field("name", T, required=True),
                Field("position", T),
                Field("phone", T, max_len=60),
                Field("email", T, max_len=200),
                Field("language", T, max_len=60),
                Field("notes", L, max_len=4000),
            ),
            parents=("partner",),
        ),
        Entity(
            "interaction",
            (
                Field("partner", R, required=True, ref="partner"),
                Field("date", D, required=True),
                Field("kind", E, required=True, choices=INTERACTION_KIND, default="meeting"),
                Field("summary", L, max_len=8000),
                Field("follow_up", T),
                Field("follow_up_due", D),
                Field("done", B, default=False),
            ),
            label="summary",
            parents=("partner",),
        ),
        Entity(
            "campaign",
            (
                Field("title", T, required=True),
                Field("theme", T),
                Field("key_messages", L, max_len=8000),
                Field("audiences", L, max_len=4000),
                Field("scope", E, choices=SCOPE, default="regional"),
                Field("lead_society", T),
                Field("societies", LS, max_len=200),
                Field("start", D),
                Field("end", D),
                Field("status", E, choices=CAMPAIGN_STATUS, default="planned"),
                Field("channels", T),
                Field("budget", N, minimum=0, maximum=1e12),
                Field("objectives", LS, ref="objective", max_len=64),
                Field("partners", LS, ref="partner", max_len=64),
                Field("principles", LS, choices=PRINCIPLES),
            ),
            label="title",
            ranges=(("start", "end"),),
        ),
        Entity(
            "agreement",
            (
                Field("partner", R, required=True, ref="partner"),
                Field("title", T, required=True),
                Field("signed", D),
                Field("valid_until", D),
                Field("obligations", L, max_len=8000),
                Field("file_ref", T),
            ),
            label="title",
            ranges=(("signed", "valid_until"),),
            parents=("partner",),
        ),
    )
}

# Parents before children: the order in which records are created in a merge.
ENTITY_ORDER: tuple[str, ...] = (
    "plan",
    "goal",
    "department",
    "partner",
    "objective",
    "objective_department",
    "activity",
    "contact",
    "interaction",
    "agreement",
    "campaign",
)

MAX_LIST_ITEMS = 100
EXISTS = "_exists"  # hidden field: a delete is an edit of it to False


def entity(name: str) -> Entity:
    """The entity called `name`; KeyError for an unknown one."""
    return ENTITIES[name]
