"""Words of the printed plan in English, Russian and Turkmen: headings, enum codes, months, dates.

The PDF is made without Qt, so it carries its own small dictionary instead of Qt translations.
A missing word falls back to English, then to the key itself: printing never fails on a label.
"""

from __future__ import annotations

import datetime as dt

from hdesk.services.pdf.enum_words import ENUMS, ROLE_LETTERS

LANGS = ("en", "ru", "tk")

_EN_MONTHS = "January February March April May June July August September October November December"
MONTHS = {
    "en": _EN_MONTHS.split(),
    "ru": "Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь".split(),  # noqa: SIM905
    "tk": "Ýanwar Fewral Mart Aprel Maý Iýun Iýul Awgust Sentýabr Oktýabr Noýabr Dekabr".split(),  # noqa: SIM905
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "ru": ["Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя", "Дек"],
    "tk": ["Ýan", "Few", "Mar", "Apr", "Maý", "Iýn", "Iýl", "Awg", "Sen", "Okt", "Noý", "Dek"],
}

_EN = {
    "contents": "Contents",
    "approval": "Approval",
    "introduction": "Introduction",
    "policy": "Policy statement",
    "strategy": "Development strategy",
    "objectives": "Objectives by goal",
    "matrix": "Points of contact between departments",
    "partners": "Partners",
    "stakeholder_map": "Stakeholder map",
    "campaigns": "Campaigns",
    "calendar": "Calendar of the year",
    "summary": "Year-end summary",
    "appendix": "Appendix: the Fundamental Principles",
    "plan_year": "Plan year",
    "status": "Status",
    "board_date": "Board meeting",
    "office": "Office",
    "country": "Country",
    "draft": "DRAFT",
    "not_approved": "Not approved: for discussion by the board",
    "role": "Role",
    "name": "Name",
    "date": "Date",
    "signature": "Signature",
    "goal": "Goal",
    "period": "Period",
    "objective_count": "Objectives",
    "no_goal": "Objectives without a goal",
    "code": "Code",
    "objective": "Objective",
    "lead": "Lead department",
    "contributing": "Other departments",
    "indicator": "Indicator",
    "baseline_target": "Baseline → target",
    "progress": "Progress",
    "timing": "Timing",
    "priority": "Priority",
    "principles": "Principles",
    "budget": "Budget",
    "department": "Department",
    "legend": "Legend",
    "matrix_note": "Departments {first}–{last} of {total}.",
    "by_kind": "Partners by kind",
    "by_stage": "Partners by stage",
    "kind": "Kind",
    "stage": "Stage",
    "stance": "Stance",
    "count": "Number",
    "total": "Total",
    "concerns": "Principle concerns",
    "concern": "Concern",
    "partner": "Partner",
    "agreements": "Agreements",
    "agreement": "Agreement",
    "signed": "Signed",
    "valid_until": "Valid until",
    "validity": "Validity",
    "valid": "valid",
    "expired": "expired",
    "open_ended": "no end date",
    "influence": "Influence",
    "interest": "Interest",
    "q_manage": "Manage closely",
    "q_satisfy": "Keep satisfied",
    "q_inform": "Keep informed",
    "q_monitor": "Monitor",
    "map_note": "Numbers on the map refer to the list below; colour shows the stance.",
    "map_note_counts": "Where a cell holds more than {limit} partners, boxes count its partners of each stance;"
    " the list below gives every partner's influence and interest.",
    "theme": "Theme",
    "scope": "Scope",
    "lead_society": "Lead Society",
    "societies": "Participating Societies",
    "channels": "Channels",
    "key_messages": "Key messages",
    "audiences": "Audiences",
    "linked_objectives": "Objectives",
    "calendar_note": "Bars show objectives (start → due month) and campaigns (start → end) in {year}.",
    "by_status": "Objectives by status",
    "against_target": "Progress against target",
    "achieved": "Achieved",
    "none": "—",
    "no_objectives": "This plan has no objectives yet.",
    "no_partners": "No partners are recorded.",
    "no_concerns": "No partner is flagged with a concern about the principles.",
    "no_agreements": "No agreements are recorded.",
    "no_campaigns": "No campaigns touch this year.",
    "page_of": "Page {page} of {total}",
    "printed": "Printed {date}",
    "identity": "Database {site} · hdesk {version} · schema {schema}",
    "truncated": "Text shortened: {count} more characters are in the database.",
}

_RU = {
    "contents": "Содержание",
    "approval": "Утверждение",
    "introduction": "Введение",
    "policy": "Политика",
    "strategy": "Стратегия развития",
    "objectives": "Задачи по целям",
    "matrix": "Точки соприкосновения отделов",
    "partners": "Партнёры",
    "stakeholder_map": "Карта заинтересованных сторон",
    "campaigns": "Кампании",
    "calendar": "Календарь года",
    "summary": "Итоги года",
    "appendix": "Приложение: Основополагающие принципы",
    "plan_year": "Год плана",
    "status": "Статус",
    "board_date": "Заседание правления",
    "office": "Офис",
    "country": "Страна",
    "draft": "ПРОЕКТ",
    "not_approved": "Не утверждён: для обсуждения правлением",
    "role": "Должность",
    "name": "Ф. И. О.",
    "date": "Дата",
    "signature": "Подпись",
    "goal": "Цель",
    "period": "Период",
    "objective_count": "Задачи",
    "no_goal": "Задачи без цели",
    "code": "Код",
    "objective": "Задача",
    "lead": "Ответственный отдел",
    "contributing": "Другие отделы",
    "indicator": "Показатель",
    "baseline_target": "Исходное → целевое",
    "progress": "Выполнено",
    "timing": "Сроки",
    "priority": "Приоритет",
    "principles": "Принципы",
    "budget": "Бюджет",
    "department": "Отдел",
    "legend": "Условные обозначения",
    "matrix_note": "Отделы {first}–{last} из {total}.",
    "by_kind": "Партнёры по типу",
    "by_stage": "Партнёры по этапу",
    "kind": "Тип",
    "stage": "Этап",
    "stance": "Позиция",
    "count": "Число",
    "total": "Всего",
    "concerns": "Риски для принципов",
    "concern": "Риск",
    "partner": "Партнёр",
    "agreements": "Соглашения",
    "agreement": "Соглашение",
    "signed": "Подписано",
    "valid_until": "Действует до",
    "validity": "Срок действия",
    "valid": "действует",
    "expired": "истекло",
    "open_ended": "бессрочно",
    "influence": "Влияние",
    "interest": "Интерес",
    "q_manage": "Тесно сотрудничать",
    "q_satisfy": "Поддерживать удовлетворённость",
    "q_inform": "Держать в курсе",
    "q_monitor": "Наблюдать",
    "map_note": "Номера на карте соответствуют списку ниже; цвет показывает позицию.",
    "map_note_counts": "Если в клетке больше {limit} партнёров, рамки показывают их число по каждой позиции;"
    " в списке ниже указаны влияние и интерес каждого партнёра.",
    "theme": "Тема",
    "scope": "Масштаб",
    "lead_society": "Ведущее общество",
    "societies": "Участвующие общества",
    "channels": "Каналы",
    "key_messages": "Ключевые сообщения",
    "audiences": "Аудитории",
    "linked_objectives": "Задачи",
    "calendar_note": "Полосы показывают задачи (месяц начала → срок) и кампании (начало → конец) в {year} году.",
    "by_status": "Задачи по статусу",
    "against_target": "Выполнение относительно цели",
    "achieved": "Достигнуто",
    "none": "—",
    "no_objectives": "В этом плане ещё нет задач.",
    "no_partners": "Партнёры не внесены.",
    "no_concerns": "Ни у одного партнёра не отмечен риск для принципов.",
    "no_agreements": "Соглашения не внесены.",
    "no_campaigns": "В этом году нет кампаний.",
    "page_of": "Страница {page} из {total}",
    "printed": "Напечатано {date}",
    "identity": "База {site} · hdesk {version} · схема {schema}",
    "truncated": "Текст сокращён: ещё {count} знаков хранятся в базе.",
}

_TK = {
    "contents": "Mazmuny",
    "approval": "Tassyklamak",
    "introduction": "Giriş",
    "policy": "Syýasat",
    "strategy": "Ösüş strategiýasy",
    "objectives": "Maksatlar boýunça wezipeler",
    "matrix": "Bölümleriň galtaşýan nokatlary",
    "partners": "Hyzmatdaşlar",
    "stakeholder_map": "Gyzyklanýan taraplaryň kartasy",
    "campaigns": "Kampaniýalar",
    "calendar": "Ýylyň senenamasy",
    "summary": "Ýylyň jemleri",
    "appendix": "Goşundy: Esasy ýörelgeler",
    "plan_year": "Meýilnamanyň ýyly",
    "status": "Ýagdaýy",
    "board_date": "Başlyklar geňeşiniň mejlisi",
    "office": "Edara",
    "country": "Ýurt",
    "draft": "TASLAMA",
    "not_approved": "Tassyklanmadyk: geňeşde ara alyp maslahatlaşmak üçin",
    "role": "Wezipesi",
    "name": "Ady",
    "date": "Senesi",
    "signature": "Goly",
    "goal": "Maksat",
    "period": "Döwri",
    "objective_count": "Wezipeler",
    "no_goal": "Maksada degişli däl wezipeler",
    "code": "Kody",
    "objective": "Wezipe",
    "lead": "Jogapkär bölüm",
    "contributing": "Beýleki bölümler",
    "indicator": "Görkeziji",
    "baseline_target": "Başlangyç → maksat",
    "progress": "Ýerine ýetirildi",
    "timing": "Möhleti",
    "priority": "Ileri tutulmagy",
    "principles": "Ýörelgeler",
    "budget": "Býujet",
    "department": "Bölüm",
    "legend": "Düşündiriş",
    "matrix_note": "Bölümler {first}–{last} / {total}.",
    "by_kind": "Hyzmatdaşlar görnüşi boýunça",
    "by_stage": "Hyzmatdaşlar tapgyry boýunça",
    "kind": "Görnüşi",
    "stage": "Tapgyry",
    "stance": "Garaýşy",
    "count": "Sany",
    "total": "Jemi",
    "concerns": "Ýörelgeler üçin töwekgelçilikler",
    "concern": "Töwekgelçilik",
    "partner": "Hyzmatdaş",
    "agreements": "Ylalaşyklar",
    "agreement": "Ylalaşyk",
    "signed": "Gol çekilen",
    "valid_until": "Möhleti",
    "validity": "Hereket edişi",
    "valid": "güýjünde",
    "expired": "möhleti geçen",
    "open_ended": "möhletsiz",
    "influence": "Täsiri",
    "interest": "Gyzyklanmasy",
    "q_manage": "Ýakyndan işleşmeli",
    "q_satisfy": "Kanagatlandyrmaly",
    "q_inform": "Habarly etmeli",
    "q_monitor": "Gözegçilikde saklamaly",
    "map_note": "Kartadaky belgiler aşakdaky sanawa degişlidir; reňki garaýşy görkezýär.",
    "map_note_counts": "Öýjükde {limit}-den köp hyzmatdaş bolsa, gutular her garaýyşdaky"
    " hyzmatdaşlaryň sanyny görkezýär;"
    " aşakdaky sanaw her hyzmatdaşyň täsirini we gyzyklanmasyny berýär.",
    "theme": "Temasy",
    "scope": "Gerimi",
    "lead_society": "Öňbaşçy jemgyýet",
    "societies": "Gatnaşýan jemgyýetler",
    "channels": "Kanallar",
    "key_messages": "Esasy habarlar",
    "audiences": "Tomaşaçylar",
    "linked_objectives": "Wezipeler",
    "calendar_note": "Zolaklar {year} ýylda wezipeleri (başlanýan aý → möhlet) we kampaniýalary görkezýär.",
    "by_status": "Wezipeler ýagdaýy boýunça",
    "against_target": "Maksada görä ýerine ýetiriliş",
    "achieved": "Ýetildi",
    "none": "—",
    "no_objectives": "Bu meýilnamada entek wezipe ýok.",
    "no_partners": "Hyzmatdaş girizilmedik.",
    "no_concerns": "Hiç bir hyzmatdaşda ýörelgeler üçin töwekgelçilik bellenmedik.",
    "no_agreements": "Ylalaşyk girizilmedik.",
    "no_campaigns": "Bu ýylda kampaniýa ýok.",
    "page_of": "Sahypa {page} / {total}",
    "printed": "Çap edildi {date}",
    "identity": "Baza {site} · hdesk {version} · shema {schema}",
    "truncated": "Tekst gysgaldyldy: ýene {count} harp bazada saklanýar.",
}

_WORDS = {"en": _EN, "ru": _RU, "tk": _TK}


class Labels:
    """The words of one language; `L("key", **fmt)` for a heading, `L.enum(code)` for a code."""

    def __init__(self, lang: str = "en"):
        self.lang = lang if lang in LANGS else "en"

    def __call__(self, key: str, **fmt: object) -> str:
        text = _WORDS[self.lang].get(key) or _EN.get(key) or key
        return text.format(**fmt) if fmt else text

    def enum(self, code: str | None) -> str:
        if not code:
            return self("none")
        return ENUMS[self.lang].get(code) or ENUMS["en"].get(code) or code

    def role_letter(self, role: str) -> str:
        return ROLE_LETTERS[self.lang].get(role, "?")

    def month(self, number: int, short: bool = False) -> str:
        return (MONTHS_SHORT if short else MONTHS)[self.lang][number - 1]

    def date(self, value: str | dt.date | None) -> str:
        """15 February 2024 in English, 15.02.2024 in Russian and Turkmen; a bad value prints as is."""
        if not value:
            return self("none")
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
        if self.lang == "en":
            return f"{day.day} {self.month(day.month)} {day.year}"
        return f"{day.day:02d}.{day.month:02d}.{day.year}"

    def month_year(self, value: str | None) -> str:
        """A yyyy-mm value: February 2024 in English, 02.2024 in Russian and Turkmen."""
        if not value:
            return self("none")
        try:
            year, month = int(value[:4]), int(value[5:7])
            name = self.month(month)
        except (ValueError, IndexError):
            return str(value)
        return f"{name} {year}" if self.lang == "en" else f"{month:02d}.{year}"

    def number(self, value: float | int | None) -> str:
        if value is None:
            return self("none")
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
        return text if self.lang == "en" else text.replace(",", "\u00a0").replace(".", ",")
