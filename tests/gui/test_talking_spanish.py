"""Talking mode in Spanish, through the real speech engine (speech-dispatcher with espeak-ng,
a daemon of the test's own): Qt's mock engine has no Spanish voice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.helpers.speechd import ADDRESS, needs_speech_dispatcher, private_daemon
from tests.helpers.talking import K, Listener

pytestmark = needs_speech_dispatcher


@pytest.fixture
def kiosk_with_voices(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> Iterator[Kiosk]:
    with private_daemon() as address:
        monkeypatch.setenv(ADDRESS, address)
        kiosk = make_kiosk(
            speech__engine="speechd",
            ui__languages=["en", "es"],
            printer=lambda: pdf_printer(tmp_path / "slip.pdf"),
        )
        with qtbot.waitSignal(kiosk.speech.availability_changed, timeout=60_000):
            kiosk.speech.load()
        assert kiosk.speech.can_speak("es")
        yield kiosk
        kiosk.speech.shutdown()  # before the daemon goes


def test_a_journey_with_keys_alone_in_spanish(
    qtbot: QtBot, kiosk_with_voices: Kiosk, tmp_path: Path
) -> None:
    kiosk = kiosk_with_voices
    student = Listener(qtbot, kiosk)
    # A Spanish speaker chooses Español with keys: the top bar is after the screen's stops.
    student.press(K.Key_F2)
    student.press(K.Key_Return)  # Home
    assert student.choose("Change language to Español").startswith("Clases de carreras.\n")
    assert kiosk.session.language == "es"
    assert student.choose("Explora según tus gustos") == (
        "Explora según tus gustos.\n20 opciones. Abajo para la siguiente, Enter para elegir, "
        "F1 para la ayuda."
    )
    assert student.press(K.Key_Down) == "Me gusta..., título, 1 de 23."
    assert student.seek("Ayudar a las personas") == (
        "Ayudar a las personas, opción, no seleccionada, 3 de 23."
    )
    assert student.press(K.Key_Return) == "Ayudar a las personas, opción, seleccionada, 3 de 23."
    assert student.choose("Salud y ciencia").startswith("Salud y ciencia, opción, seleccionada")
    pay = student.seek("Salario mediano de sus carreras")
    assert pay == (
        "Salario mediano de sus carreras: de 47510 dólares a 171460 dólares al año, 18 de 63."
    )
    course = student.seek("Introducción a las carreras de salud")
    assert course.endswith(", clase, Enter la abre, 21 de 63.")
    assert student.press(K.Key_Return).startswith(
        "Introducción a las carreras de salud.\n8 opciones."
    )
    assert kiosk.window.nav.current == ("course", "HS-110")
    assert (
        student.choose("Agregar a mi lista") == "En mi lista, botón, 6 de 48.\nMi lista: 1 clase."
    )
    assert student.choose("¿Cómo me inscribo?").startswith("Habla con tu consejero.\n")
    said = student.choose("Arthur A. Benjamin Health Professions High School")
    assert said.startswith(
        "Arthur A. Benjamin Health Professions High School, opción, seleccionada"
    )
    assert student.seek("Imprimir mi hoja", up=True).startswith("Imprimir mi hoja, botón, ")
    said = student.press(K.Key_Return)
    assert "\nImprimiendo. Toma tu hoja de la impresora" in said
    assert (tmp_path / "slip.pdf").stat().st_size > 0
    assert kiosk.session.my_list == ["HS-110"] and kiosk.session.school == "AABHP"
