"""What a wage join gives the build: each career's pay and where it comes from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pay:
    """One wage figure: `amount` in dollars, or None where BLS publishes none; `at_least`
    when BLS says only that it is at the top of its range (then `amount` is that top)."""

    amount: float | None
    at_least: bool = False


NO_PAY = Pay(None)


@dataclass(frozen=True)
class CareerPay:
    """What one career shows. `scope` says where the figure is from: "area", "state",
    "nation" (BLS), or "typed" (the careers sheet's own wage, `source` naming its source)."""

    median: Pay
    p25: Pay = NO_PAY
    p75: Pay = NO_PAY
    hourly: bool = False
    jobs: int | None = None
    scope: str = "typed"
    place: str = ""  # BLS's title of the area the figure is from
    release: str = ""
    occupation: str = ""  # the code BLS publishes the figure under
    source: str = ""


@dataclass(frozen=True)
class PayJoin:
    """The wage file's figures for a catalog's careers, by career code, and where from."""

    file: str
    release: str
    area: str
    area_title: str
    pay: dict[str, CareerPay]
