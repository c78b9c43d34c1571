"""The list page a phone opens from the kiosk's QR code, in a real browser (Debian's Chromium,
headless) over a real HTTP server on 127.0.0.1 serving what publish wrote for the sample
catalog: what the student sees in three languages, what the server sees (never the list),
a removed course, the language switch offline, a failed load, print, accessibility (axe-core)
and a small phone's screen."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from kiosk.catalog.checking import read_and_check
from kiosk.catalog.repository import Repository
from kiosk.paths import SAMPLE_CATALOG_SOURCE, TRANSLATIONS
from kiosk.sync import listpage
from kiosk.sync.keys import generate
from kiosk.sync.manifest import MANIFEST_NAME, read_unverified
from kiosk.sync.pagewords import page_words
from kiosk.sync.publish import publish
from tests.helpers.browser import (
    DESKTOP,
    PHONE,
    axe_violations,
    chromium,
    described,
    expect,
    needs_browser,
)
from tests.helpers.staticserver import Log, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from PySide6.QtWidgets import QApplication

pytestmark = needs_browser

LIST = ["AG-310", "HS-310"]  # in the sample: a capstone with CVE, and a nursing course
SCHOOL = "CKM"
FRAGMENT = f"c={','.join(LIST)}&s={SCHOOL}"
WORDS = page_words()


def word(lang: str, key: str) -> str:
    """The page's word `key` in `lang`, as list.js shows it."""
    text = WORDS[lang][key]
    assert isinstance(text, str), key
    return text


def sample_rows(sheet: str) -> dict[str, dict[str, str]]:
    with (SAMPLE_CATALOG_SOURCE / f"{sheet}.csv").open(encoding="utf-8-sig", newline="") as f:
        return {row["code"]: row for row in csv.DictReader(f)}


COURSES = sample_rows("courses")
SCHOOLS = sample_rows("schools")


def fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def suffix(lang: str) -> str:
    return "" if lang == "en" else f"_{lang}"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample catalog, with its BLS pay, published by the real publish()."""
    folder = tmp_path_factory.mktemp("published")
    (wages,) = (SAMPLE_CATALOG_SOURCE / "wages").glob("*.csv")
    validation = read_and_check(SAMPLE_CATALOG_SOURCE, wages)
    assert validation.ok, [str(p) for p in validation.errors]
    publish(validation, generate(), folder, version=None)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def site(published: Path) -> Iterator[tuple[str, Log]]:
    with serve(published) as served:
        yield served


@contextmanager
def new_page(browser: Browser, viewport: dict[str, int], **options: Any) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, **options)  # type: ignore[arg-type]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()
    assert not errors, errors  # the page's script never threw


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    with new_page(browser, PHONE) as page:
        yield page


def open_list(page: Page, base: str, fragment: str) -> None:
    page.goto(f"{base}list.html#{fragment}")
    page.locator("#signup").wait_for()  # shown once the list is drawn


def titles(page: Page) -> list[str]:
    return page.locator("#courses h2").all_inner_texts()


@pytest.mark.parametrize("lang", ["en", "es", "zh"])
def test_the_list_shows_in_the_students_language(
    phone: Page, site: tuple[str, Log], lang: str
) -> None:
    base, _ = site
    open_list(phone, base, f"{FRAGMENT}&l={lang}")
    assert phone.evaluate("document.documentElement.lang") == {"zh": "zh-Hant"}.get(lang, lang)
    assert titles(phone) == [COURSES[code][f"title{suffix(lang)}"] for code in LIST]
    first = phone.locator("#courses article").first
    assert first.locator("h3").first.inner_text() == word(lang, "what")
    assert COURSES["AG-310"][f"description{suffix(lang)}"] in first.inner_text()
    # The counselor step and the chosen school's counseling office, in the same language.
    signup = phone.locator("#signup")
    assert signup.locator("h2").inner_text() == word(lang, "sign_up")
    school = SCHOOLS[SCHOOL]
    assert school["name"] in signup.inner_text()
    for field in ("counseling_location", "counseling_booking"):
        assert school[f"{field}{suffix(lang)}"] in signup.inner_text()
    # A career with its pay line: the sample's veterinary assistant, in the Sacramento area.
    career = first.locator("li.career").first
    assert (
        career.locator("h4").inner_text()
        == sample_rows("careers")["CAR-VET-ASSISTANT"][f"title{suffix(lang)}"]
    )
    middle = re.escape(word(lang, "pay_year")).replace("%1", r"\$\d{2},\d{3}")
    line = re.escape(word(lang, "pay_area")).replace("%1", "Sacramento").replace("%2", middle)
    assert re.fullmatch(line, career.locator("p.pay").inner_text())
    assert word(lang, "privacy") == phone.locator("#privacy").inner_text()


def kiosk_pay_lines(repo: Repository, code: str, lang: str) -> list[str]:
    """The pay lines the kiosk's course screen shows for `code`'s careers in `lang`: the
    figure, then the spread and the jobs on one line (kiosk/ui/screens/course.py)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kiosk.services import paywords

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"kiosk_{lang}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        course = repo.course(code, lang)
        assert course is not None
        lines = []
        for career in course.careers:
            if career.pay is not None:
                first, *rest = paywords.career_pay(career.pay, lang)
                lines.append(first.shown)
                if rest:
                    lines.append(paywords.joined(rest).shown)
        return lines
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi"])
def test_pay_reads_as_on_the_kiosks_course_screen(
    qapp: QApplication, phone: Page, site: tuple[str, Log], published: Path, lang: str
) -> None:
    base, _ = site
    open_list(phone, base, f"{FRAGMENT}&l={lang}")
    manifest = read_unverified((published / MANIFEST_NAME).read_bytes())
    with Repository(published / manifest.file) as repo:
        for number, code in enumerate(LIST):
            card = phone.locator("#courses article").nth(number)
            shown = card.locator("p.pay, p.pay-more").all_inner_texts()
            expected = kiosk_pay_lines(repo, code, lang)
            assert expected, code  # the sample's careers have BLS pay
            assert shown == expected, code


def test_a_browser_without_narrow_currency_signs_still_shows_the_pay(
    qapp: QApplication, browser: Browser, site: tuple[str, Log], published: Path
) -> None:
    # Older phones' browsers refuse currencyDisplay "narrowSymbol": the page falls back to
    # the locale's own sign, which for US dollars in US English is the same "$".
    base, _ = site
    with new_page(browser, PHONE) as page:
        page.add_init_script(
            """(() => {
                const Real = Intl.NumberFormat;
                Intl.NumberFormat = function (locale, options) {
                    if (options && options.currencyDisplay === "narrowSymbol") {
                        throw new RangeError("narrowSymbol is not supported");
                    }
                    return new Real(locale, options);
                };
            })()"""
        )
        open_list(page, base, f"{FRAGMENT}&l=en")
        manifest = read_unverified((published / MANIFEST_NAME).read_bytes())
        with Repository(published / manifest.file) as repo:
            card = page.locator("#courses article").first
            shown = card.locator("p.pay, p.pay-more").all_inner_texts()
            assert shown == kiosk_pay_lines(repo, LIST[0], "en")


def test_the_server_never_sees_the_list(phone: Page, site: tuple[str, Log]) -> None:
    base, log = site
    open_list(phone, base, f"{FRAGMENT}&l=es")
    phone.get_by_role("link", name="中文", exact=False).first.click()
    expect(phone.locator("html")).to_have_attribute("lang", "zh-Hant")
    phone.goto("about:blank")  # then a new document with another list: it loads again
    open_list(phone, base, "c=HS-110,ZZ-999&s=HJHS&l=vi")
    assert len(log.lines) >= 5, log.lines  # the page, its CSS and script, its two data files
    secrets = [*LIST, "HS-110", "ZZ-999", SCHOOL, "HJHS", "c=", "s=", "l="]
    for line in log.lines:
        assert not [s for s in secrets if s.lower() in line.lower()], line
    asked = {line.split()[1].split("?")[0] for line in log.lines}
    # Exactly the page's files (not even a favicon), whatever the list.
    assert asked == {"/list.html", "/list.css", "/list.js", "/list-v1.json", "/list-v1-0.json"}


def test_the_page_keeps_nothing_on_the_phone_and_asks_no_one_else(
    browser: Browser, site: tuple[str, Log]
) -> None:
    base, _ = site
    with new_page(browser, PHONE) as page:
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        open_list(page, base, f"{FRAGMENT}&l=es")
        page.get_by_role("link", name="English").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        kept = page.evaluate(
            """async () => ({
                cookie: document.cookie,
                local: localStorage.length,
                session: sessionStorage.length,
                databases: (await indexedDB.databases()).length,
                workers: (await navigator.serviceWorker.getRegistrations()).length,
                caches: (await caches.keys()).length,
            })"""
        )
        assert kept == {
            "cookie": "",
            "local": 0,
            "session": 0,
            "databases": 0,
            "workers": 0,
            "caches": 0,
        }
        assert page.context.cookies() == []
    # Only the published folder's own server: no font, script or analytics from elsewhere.
    assert asked and all(url.startswith(base) for url in asked), asked


def test_a_screen_reader_hears_the_list_as_headings_in_order(
    phone: Page, site: tuple[str, Log]
) -> None:
    # What assistive technology is given: the accessibility tree, not the pixels.
    base, _ = site
    open_list(phone, base, f"{FRAGMENT}&l=es")
    tree = phone.locator("body").aria_snapshot()
    headings = re.findall(r'heading "([^"]+)" \[level=(\d)\]', tree)
    assert headings[0] == (word("es", "heading"), "1")
    courses = [text for text, level in headings if level == "2"]
    assert courses == [*(COURSES[code]["title_es"] for code in LIST), word("es", "sign_up")]
    assert (word("es", "what"), "3") in headings and (word("es", "careers"), "3") in headings
    assert f'navigation "{word("es", "language")}"' in tree
    assert f'button "{word("es", "print")}"' in tree


def test_the_keyboard_reaches_every_control_and_shows_where_it_is(
    phone: Page, site: tuple[str, Log], published: Path
) -> None:
    # A student with a switch or a keyboard: Tab goes through the languages, then Print,
    # each with a visible focus ring, and Enter on a language switches to it.
    base, _ = site
    open_list(phone, base, f"{FRAGMENT}&l=en")
    names = json.loads((published / "list-v1.json").read_text("utf-8"))["names"]
    reached = []
    for _ in range(len(names) + 1):
        phone.keyboard.press("Tab")
        text, ring, width = phone.evaluate(
            """() => {
                const el = document.activeElement, style = getComputedStyle(el);
                return [el.textContent, style.outlineStyle, parseFloat(style.outlineWidth)];
            }"""
        )
        reached.append(text)
        assert ring != "none" and width >= 2, (text, ring, width)  # the ring can be seen
    assert reached == [*names.values(), word("en", "print")]
    phone.keyboard.press("Shift+Tab")  # back to the last language
    phone.keyboard.press("Enter")
    expect(phone.locator("html")).to_have_attribute("lang", "zh-Hans")
    assert titles(phone)[0] == COURSES[LIST[0]]["title_zh-Hans"]


def test_the_kiosks_qr_code_opens_the_same_list_and_school(
    qapp: QApplication, phone: Page, site: tuple[str, Log], published: Path
) -> None:
    """What a phone does: read the counselor screen's code, open the address it holds."""
    import zxingcpp
    from PySide6.QtGui import QImage

    from kiosk.services.slip import make_slip, qr_image

    base, _ = site
    manifest = read_unverified((published / MANIFEST_NAME).read_bytes())
    with Repository(published / manifest.file) as repo:
        courses = [c for c in (repo.course(code, "es") for code in LIST) if c]
        info = replace(repo.info("es"), qr_base_url=base)  # the folder's public address
        slip = make_slip(courses, repo.school(SCHOOL, "es"), info, "es")
    grey = qr_image(slip.qr_text, 240).convertToFormat(QImage.Format.Format_Grayscale8)
    view = zxingcpp.ImageView(
        grey.constBits(), grey.width(), grey.height(), zxingcpp.ImageFormat.Lum, grey.bytesPerLine()
    )
    (code,) = zxingcpp.read_barcodes(view)
    assert code.text.startswith(f"{base}list.html#")
    open_list(phone, base, code.text.partition("#")[2])
    assert titles(phone) == [COURSES[c]["title_es"] for c in LIST]
    school = fill(word("es", "school"), SCHOOLS[SCHOOL]["name"])
    assert phone.locator("#signup h3").inner_text() == school
    assert phone.evaluate("document.documentElement.lang") == "es"


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample published as a catalog too large for one file: in shards by course code."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(listpage, "ONE_FILE_BYTES", 0)
        patch.setattr(listpage, "SHARD_BYTES", 40_000)
        folder = tmp_path_factory.mktemp("sharded")
        (wages,) = (SAMPLE_CATALOG_SOURCE / "wages").glob("*.csv")
        publish(read_and_check(SAMPLE_CATALOG_SOURCE, wages), generate(), folder, version=None)
    return folder


def test_a_sharded_catalog_is_fetched_only_where_the_list_needs_it(
    phone: Page, sharded: Path
) -> None:
    index = json.loads((sharded / "list-v1.json").read_text("utf-8"))
    assert index["shards"] > 2
    wanted = {listpage.shard_of(code, index["shards"]) for code in [*LIST, "ZZ-999"]}
    assert len(wanted) < index["shards"]
    with serve(sharded) as (base, log):
        open_list(phone, base, f"c=ZZ-999,{','.join(LIST)}&s={SCHOOL}&l=zh")
        assert titles(phone) == [COURSES[code]["title_zh"] for code in LIST]
        assert phone.locator("#courses .removed").count() == 1
        fetched = {line.split()[1] for line in log.lines if ".json" in line}
    assert fetched == {"/list-v1.json", *(f"/list-v1-{n}.json" for n in wanted)}


def test_a_removed_course_is_reported_and_the_others_still_show(
    phone: Page, site: tuple[str, Log]
) -> None:
    base, _ = site
    open_list(phone, base, "c=ZZ-999,AG-310&s=CKM&l=es")
    assert titles(phone) == [COURSES["AG-310"]["title_es"]]
    notice = phone.locator("#courses .removed").inner_text()
    assert notice == word("es", "removed").replace("%1", "ZZ-999")


def test_switching_language_asks_the_server_nothing(phone: Page, site: tuple[str, Log]) -> None:
    base, log = site
    open_list(phone, base, f"{FRAGMENT}&l=en")
    nav = phone.get_by_role("navigation", name=word("en", "language"))
    assert nav.locator("[aria-current]").inner_text() == "English"
    seen = len(log.lines)
    log.down = True  # were the page to ask for anything now, it would fail
    nav.get_by_role("link", name="Español").click()
    expect(phone.locator("html")).to_have_attribute("lang", "es")
    assert titles(phone) == [COURSES[code]["title_es"] for code in LIST]
    assert phone.evaluate("location.hash") == f"#{FRAGMENT}&l=es"  # only l= changed
    nav = phone.get_by_role("navigation", name=word("es", "language"))
    assert nav.locator("[aria-current]").inner_text() == "Español"
    nav.locator("a[lang='zh-Hant']").click()
    expect(phone.locator("html")).to_have_attribute("lang", "zh-Hant")
    assert titles(phone) == [COURSES[code]["title_zh"] for code in LIST]
    assert log.lines[seen:] == []


def test_without_a_school_any_counselor_can_help_and_an_unknown_language_is_english(
    phone: Page, site: tuple[str, Log]
) -> None:
    base, _ = site
    open_list(phone, base, "c=HS-310&l=xx")
    assert phone.evaluate("document.documentElement.lang") == "en"
    assert titles(phone) == [COURSES["HS-310"]["title"]]
    assert word("en", "no_school") in phone.locator("#signup").inner_text()
    open_list(phone, base, "c=HS-310&s=NOPE&l=es")
    assert word("es", "no_school") in phone.locator("#signup").inner_text()


def test_a_failed_load_says_so_and_try_again_loads_it(phone: Page, site: tuple[str, Log]) -> None:
    base, log = site
    phone.goto(f"{base}list.html")  # the page itself comes, then the server goes away
    phone.locator("#signup").wait_for()
    log.down = True
    phone.goto(f"{base}list.html#{FRAGMENT}&l=es")  # the same document: only the hash moved
    alert = phone.get_by_role("alert")
    alert.get_by_role("button").wait_for()
    assert word("es", "failed") in alert.inner_text()
    log.down = False
    alert.get_by_role("button", name=word("es", "retry")).click()
    expect(phone.locator("#courses h2")).to_have_count(2)
    assert titles(phone) == [COURSES[code]["title_es"] for code in LIST]
    expect(phone.locator("#alert")).to_be_empty()


def test_before_its_words_load_the_page_speaks_plain_english(
    phone: Page, site: tuple[str, Log]
) -> None:
    base, _ = site
    phone.route("**/list-v*.json", lambda route: route.abort())  # no data comes
    phone.goto(f"{base}list.html#{FRAGMENT}&l=es")
    alert = phone.get_by_role("alert")
    alert.get_by_role("button", name="Try again").wait_for()
    assert alert.inner_text().startswith("Your list could not be loaded.")
    assert phone.locator("#courses h2").count() == 0
    phone.unroute("**/list-v*.json")
    alert.get_by_role("button", name="Try again").click()
    phone.locator("#signup").wait_for()
    assert titles(phone) == [COURSES[code]["title_es"] for code in LIST]


def test_print_hides_the_controls_and_keeps_the_list(phone: Page, site: tuple[str, Log]) -> None:
    base, _ = site
    open_list(phone, base, f"{FRAGMENT}&l=en")
    button = phone.get_by_role("button", name=word("en", "print"))
    assert button.is_visible()
    phone.emulate_media(media="print")
    assert not button.is_visible()
    assert not phone.locator("#languages").is_visible()
    assert phone.locator("#courses h2").first.is_visible()
    assert phone.locator("#signup").is_visible()


@pytest.mark.parametrize(("viewport", "lang"), [(PHONE, "en"), (DESKTOP, "zh"), (PHONE, "es")])
def test_axe_finds_no_serious_accessibility_problem(
    browser: Browser, site: tuple[str, Log], viewport: dict[str, int], lang: str
) -> None:
    base, _ = site
    with new_page(browser, viewport, bypass_csp=True) as page:
        open_list(page, base, f"c=ZZ-999,{','.join(LIST)}&s={SCHOOL}&l={lang}")
        found = axe_violations(page)
        assert not found, described(found)


@pytest.mark.parametrize("text_size", ["100%", "200%"])
def test_a_narrow_phone_needs_no_sideways_scrolling(
    browser: Browser, site: tuple[str, Log], text_size: str
) -> None:
    """320 CSS pixels: WCAG's reflow width (a 1280 px screen at 400 % zoom), with the
    phone's text at its size and at twice that."""
    base, _ = site
    with new_page(browser, {"width": 320, "height": 640}, bypass_csp=True) as page:
        open_list(page, base, f"c={','.join(LIST)},ZZ-999&s={SCHOOL}&l=vi")
        page.add_style_tag(content=f"html {{ font-size: {text_size}; }}")
        sideways = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert sideways <= 0
        # Every control is a target of at least 44 by 44 CSS pixels.
        for target in page.locator("a, button").all():
            box = target.bounding_box()
            assert box is not None
            assert box["width"] >= 44 and box["height"] >= 44, target.inner_text()


def test_a_phone_sized_screenshot(phone: Page, site: tuple[str, Log], tmp_path: Path) -> None:
    base, _ = site
    open_list(phone, base, f"{FRAGMENT}&l=zh")
    shots = []
    for name, full in (("phone", False), ("phone-full", True)):
        path = tmp_path / f"list-page-{name}.png"
        phone.screenshot(path=str(path), full_page=full)
        shots.append(path)
        print(f"\nlist page screenshot: {path}")
    assert shots[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width == PHONE["width"]
