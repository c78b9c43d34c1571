"""Pay in plain words: Qt's locale formats every figure, translations word it, and read
aloud gets digits a voice reads as one number."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from kiosk.catalog.models import PayRange
from kiosk.catalog.payrecords import CareerPay, Pay
from kiosk.paths import TRANSLATIONS
from kiosk.services import paywords
from kiosk.services.language import LanguageSwitcher, interface_locale

NURSE = CareerPay(
    median=Pay(171_460.0),
    p25=Pay(131_830.0),
    p75=Pay(198_580.0),
    jobs=23_590,
    scope="area",
    place="Sacramento-Roseville-Folsom, CA",
    release="May 2025",
    occupation="29-1141",
)


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(TRANSLATIONS)
    yield switcher
    switcher.switch("en")


def shown(lines: list[paywords.Words]) -> list[str]:
    return [line.shown for line in lines]


def test_the_issue_example_in_english(switch: LanguageSwitcher) -> None:
    switch.switch("en")
    assert shown(paywords.career_pay(NURSE, "en")) == [
        "Middle pay in the Sacramento area: $171,460 a year",
        "Half of workers earn between $131,830 and $198,580.",
        "23,590 jobs here",
    ]
    assert [line.spoken for line in paywords.career_pay(NURSE, "en")] == [
        "Middle pay in the Sacramento area: 171460 dollars a year",
        "Half of workers earn between 131830 dollars and 198580 dollars.",
        "23590 jobs here",
    ]
    assert paywords.career_pay_short(NURSE, "en").shown == "Middle pay: $171,460 a year"


def test_each_language_words_and_formats_its_own(switch: LanguageSwitcher) -> None:
    expected = {
        "es": "Salario mediano en el área de Sacramento: $171,460 al año",
        "vi": "Lương trung vị ở khu vực Sacramento: 171.460\xa0$ một năm",
        "zh": "Sacramento 地區的薪資中位數：每年 $171,460",
        "zh-Hans": "Sacramento 地区的薪资中位数：每年 $171,460",
        "hmn": "Nyiaj hli nruab nrab hauv cheeb tsam Sacramento: $171,460 ib xyoos",
    }
    for language, head in expected.items():
        assert switch.switch(language)
        assert paywords.career_pay(NURSE, language)[0].shown == head, language
    switch.switch("es")
    assert paywords.career_pay(NURSE, "es")[2].shown == "23,590 empleos aquí"
    one = CareerPay(Pay(50_000.0), jobs=1, scope="area", place="Chico, CA")
    assert paywords.career_pay(one, "es")[-1].shown == "1 empleo aquí"  # the plural forms


def test_top_coded_hourly_state_and_nation(switch: LanguageSwitcher) -> None:
    switch.switch("en")
    top = CareerPay(Pay(239_200.0, at_least=True), Pay(180_000.0), Pay(239_200.0, True))
    surgeon = replace(top, scope="area", place="Fresno, CA")
    assert shown(paywords.career_pay(surgeon, "en"))[:2] == [
        "Middle pay in the Fresno area: $239,200 or more a year",
        "Half of workers earn between $180,000 and $239,200 or more.",
    ]
    actor = CareerPay(Pay(29.05), hourly=True, scope="nation", place="U.S.")
    assert shown(paywords.career_pay(actor, "en")) == [
        "Middle pay in the United States (national figure): $29.05 an hour"
    ]
    barber = CareerPay(Pay(38_380.0), jobs=12_000, scope="state", place="California")
    assert shown(paywords.career_pay(barber, "en")) == [
        "Middle pay in California (state figure): $38,380 a year",
        "12,000 jobs in the state",
    ]
    assert (
        paywords.career_pay_short(barber, "en").shown == "Middle pay: $38,380 a year (state figure)"
    )
    typed = CareerPay(Pay(52_000.0), source="District survey, 2025")
    assert shown(paywords.career_pay(typed, "en")) == [
        "Typical pay: $52,000 a year",
        "Source: District survey, 2025",
    ]


def test_a_pathway_range(switch: LanguageSwitcher) -> None:
    switch.switch("en")
    assert (
        paywords.pathway_range(PayRange(37_780.0, 165_260.0), "en").shown
        == "Middle pay of its careers: $37,780 to $165,260 a year"
    )
    assert (
        paywords.pathway_range(PayRange(60_000.0, 60_000.0), "en").shown
        == "Middle pay of its careers: $60,000 a year"
    )
    assert paywords.pathway_range(PayRange(40_000.0, 239_200.0, True), "en").spoken == (
        "Middle pay of its careers: 40000 dollars to 239200 dollars or more a year"
    )


def test_each_language_has_its_locale(switch: LanguageSwitcher) -> None:
    assert interface_locale("es").name() == "es_US"
    assert interface_locale("hmn").name() == "en_US"  # Qt has no Hmong data: US formats
    assert interface_locale("zh").script() == QLocale.Script.TraditionalHanScript
    assert interface_locale("zh-Hans").script() == QLocale.Script.SimplifiedHanScript
    switch.switch("zh")
    assert paywords.release_words("May 2025") == "2025 年 5 月"
    assert paywords.release_words("2025 annual") == "2025 annual"  # a staff's own words stay
