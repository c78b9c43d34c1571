"""Choosing the speech engine and the voice for each kiosk language, and the text a screen
becomes when read aloud."""

from __future__ import annotations

from kiosk.services.voices import engines_to_try, pick_locale, spoken_form

# Locales as Qt names them for the voices of a Windows 11 machine with the Spanish, Chinese
# and Vietnamese speech packs, and for espeak-ng through speech-dispatcher.
WINDOWS = ["en_GB", "en_US", "es_ES", "es_MX", "zh_CN", "zh_HK", "zh_TW", "vi_VN"]
ESPEAK = ["en_GB", "en_US", "es_419", "es_ES", "vi_VN", "zh_CN", "yue_HK"]


def test_automatic_choice_prefers_the_platforms_own_engine_and_never_mock() -> None:
    assert engines_to_try("", ["mock", "sapi", "winrt"]) == ["winrt", "sapi"]
    assert engines_to_try("", ["mock", "speechd"]) == ["speechd"]
    assert engines_to_try("", ["mock"]) == []
    assert engines_to_try("off", ["mock", "speechd"]) == []
    assert engines_to_try("sapi", ["sapi", "winrt"]) == ["sapi"]
    assert engines_to_try("mock", ["mock", "speechd"]) == ["mock"]
    assert engines_to_try("flite", ["speechd"]) == []  # asked for, not installed


def test_each_language_gets_the_voice_closest_to_our_students() -> None:
    chosen = {lang: pick_locale(lang, WINDOWS) for lang in ("en", "es", "hmn", "zh", "vi")}
    assert chosen == {"en": "en_US", "es": "es_MX", "hmn": None, "zh": "zh_TW", "vi": "vi_VN"}
    assert pick_locale("zh-Hans", WINDOWS) == "zh_CN"
    assert pick_locale("es", ESPEAK) == "es_419"
    assert pick_locale("zh", ESPEAK) == "zh_CN"  # a Mandarin voice reads Traditional too


def test_a_language_without_a_voice_is_never_read_by_another_language() -> None:
    assert pick_locale("vi", ["en_US", "fr_FR"]) is None
    assert pick_locale("es", []) is None
    assert pick_locale("hmn", WINDOWS + ESPEAK) is None
    assert pick_locale("en", ["es_ES", "en_AU"]) == "en_AU"  # any voice of the language


def test_a_screen_becomes_sentences_the_voice_pauses_between() -> None:
    parts = ["Nursing Assistant", "  What you will\n do ", "", "How do I sign up?", "Grades:"]
    assert spoken_form(parts) == (
        "Nursing Assistant.\nWhat you will do.\nHow do I sign up?\nGrades:"
    )
    assert spoken_form(["護理助理", "報名方法？"]) == "護理助理。\n報名方法？"
