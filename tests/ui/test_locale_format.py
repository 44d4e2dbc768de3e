"""Dates and numbers in lists follow the interface's locale (issue: three languages)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from hdesk.ui import text
from hdesk.ui.models.records import display_value


@pytest.fixture
def locale(qapp) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale")
def test_russian_dates_months_and_amounts():
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    assert text.format_date("2024-02-15") == "15.02.2024"
    assert text.format_month("2024-03").endswith("2024") and text.format_month("2024-03")[0].isalpha()
    assert "мар" in text.format_month("2024-03")
    assert text.format_amount(15000).replace("\u00a0", " ") == "15 000"
    assert text.format_amount(2.5) == "2,5"
    assert display_value("campaign", "start", "2024-06-01", {}) == "01.06.2024"


@pytest.mark.usefixtures("locale")
def test_english_dates_and_amounts():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert text.format_date("2024-02-15") == "15/02/2024"
    assert text.format_month("2024-11") == "Nov 2024"
    assert text.format_amount(200000) == "200,000"
    assert text.format_amount(None) == ""
    assert text.format_due("2024-11") == "Nov 2024"
    assert display_value("objective", "budget", 12500.5, {}) == "12,500.5"


@pytest.mark.usefixtures("locale")
def test_years_and_ratings_are_not_grouped():
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    assert display_value("plan", "year", 2024, {}) == "2024"
    assert display_value("partner", "influence", 4, {}) == "4"
