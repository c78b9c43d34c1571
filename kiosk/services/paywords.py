"""Careers' and pathways' pay in plain words, in the interface language `lang`.

Every figure is formatted by the language's QLocale (kiosk.services.language), never by
hand. Each phrase comes twice: as shown (with the locale's separators and currency sign)
and as read aloud (digits without separators and the word for dollars, which speech voices
read as one number in every language, where "$171,460" is often read as two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.catalog.models import PayRange
from kiosk.catalog.payrecords import CareerPay, Pay
from kiosk.services.language import interface_locale


@dataclass(frozen=True)
class Words:
    """A phrase as shown and as spoken."""

    shown: str
    spoken: str

    def fill(self, template: str) -> Words:
        """`template` with this phrase as its %1."""
        return _both(template, self)


def _both(template: str, *parts: Words) -> Words:
    """`template` with `parts` as %1, %2...: all at once, so a translation may put them in
    any order."""
    return Words(
        _put(template, [p.shown for p in parts]), _put(template, [p.spoken for p in parts])
    )


def _put(template: str, texts: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: texts[int(m[1]) - 1], template)


_PLACEHOLDER = re.compile(r"%([1-9])")


def _money(amount: float, hourly: bool, lang: str) -> Words:
    decimals = 2 if hourly else 0
    locale = interface_locale(lang)
    shown = locale.toCurrencyString(amount, "$", decimals)
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    spoken = _put(
        QCoreApplication.translate("Pay", "%1 dollars"), [plain.toString(amount, "f", decimals)]
    )
    return Words(shown, spoken)


def amount(pay: Pay, hourly: bool, lang: str) -> Words:
    """One figure: "$171,460", or "$239,200 or more" where BLS top-codes it."""
    assert pay.amount is not None
    money = _money(pay.amount, hourly, lang)
    return money.fill(QCoreApplication.translate("Pay", "%1 or more")) if pay.at_least else money


def _per(words: Words, hourly: bool) -> Words:
    return words.fill(
        QCoreApplication.translate("Pay", "%1 an hour")
        if hourly
        else QCoreApplication.translate("Pay", "%1 a year")
    )


def short_place(place: str) -> str:
    """BLS's metro area title as people say it: "Sacramento-Roseville-Folsom, CA" is
    "Sacramento"."""
    return place.split(",")[0].split("-")[0].strip()


def career_pay(pay: CareerPay, lang: str) -> list[Words]:
    """The course screen's lines: the middle pay and where it is for, then the spread and
    the jobs where BLS gives them."""
    middle = _per(amount(pay.median, pay.hourly, lang), pay.hourly)
    if pay.scope == "area":
        head = _both(
            QCoreApplication.translate("Pay", "Middle pay in the %1 area: %2"),
            _plain(short_place(pay.place)),
            middle,
        )
    elif pay.scope == "state":
        head = _both(
            QCoreApplication.translate("Pay", "Middle pay in %1 (state figure): %2"),
            _plain(pay.place),
            middle,
        )
    elif pay.scope == "nation":
        head = middle.fill(
            QCoreApplication.translate(
                "Pay", "Middle pay in the United States (national figure): %1"
            )
        )
    else:
        head = middle.fill(QCoreApplication.translate("Pay", "Typical pay: %1"))
    lines = [head]
    if pay.p25.amount is not None and pay.p75.amount is not None:
        low, high = amount(pay.p25, pay.hourly, lang), amount(pay.p75, pay.hourly, lang)
        lines.append(
            _both(
                QCoreApplication.translate("Pay", "Half of workers earn between %1 and %2."),
                low,
                high,
            )
        )
    if pay.jobs and pay.scope in ("area", "state"):
        lines.append(_jobs(pay.jobs, pay.scope, lang))
    if pay.scope == "typed" and pay.source:
        lines.append(_plain(pay.source).fill(QCoreApplication.translate("Pay", "Source: %1")))
    return lines


def joined(lines: list[Words]) -> Words:
    """Sentences one after the other, as one phrase (Chinese puts no space between)."""
    first, *rest = lines
    for line in rest:
        first = _both(
            QCoreApplication.translate("Pay", "%1 %2", "two sentences in a row"), first, line
        )
    return first


def career_pay_short(pay: CareerPay, lang: str) -> Words:
    """One line for lists and the slip: "Middle pay: $171,460 a year"."""
    middle = _per(amount(pay.median, pay.hourly, lang), pay.hourly)
    template = {
        "state": QCoreApplication.translate("Pay", "Middle pay: %1 (state figure)"),
        "nation": QCoreApplication.translate("Pay", "Middle pay: %1 (national figure)"),
    }.get(pay.scope, QCoreApplication.translate("Pay", "Middle pay: %1"))
    return middle.fill(template)


def pathway_range(pay: PayRange, lang: str) -> Words:
    """A pathway's careers at a glance: "Middle pay of its careers: $37,780 to $165,260 a
    year" (one figure when they all pay the same)."""
    low = _money(pay.low, False, lang)
    high = amount(Pay(pay.high, pay.high_top), False, lang)
    if pay.low == pay.high:
        return _per(high, False).fill(
            QCoreApplication.translate("Pay", "Middle pay of its careers: %1")
        )
    return _both(
        QCoreApplication.translate("Pay", "Middle pay of its careers: %1 to %2 a year"), low, high
    )


def _jobs(jobs: int, scope: str, lang: str) -> Words:
    template = (
        QCoreApplication.translate("Pay", "%n job(s) here", "", jobs)
        if scope == "area"
        else QCoreApplication.translate("Pay", "%n job(s) in the state", "", jobs)
    )
    # %n is filled with plain digits (how speech reads a number); shown, the locale's.
    return Words(template.replace(str(jobs), interface_locale(lang).toString(jobs), 1), template)


def _plain(text: str) -> Words:
    return Words(text, text)


def release_words(release: str) -> str:
    """BLS's release ("May 2025") in the interface language."""
    month, _, year = release.partition(" ")
    return (
        _put(QCoreApplication.translate("Pay", "May %1"), [year])
        if month == "May" and year.isdigit()
        else release
    )
