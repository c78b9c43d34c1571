"""Small, valid catalog workbooks written as real CSV folders or .xlsx files for tests."""

from __future__ import annotations

import copy
import csv
import sqlite3
from pathlib import Path

Sheets = dict[str, list[dict[str, str]]]

TINY: Sheets = {
    "sectors": [
        {
            "code": "HS",
            "name": "Health Science",
            "name_es": "Ciencias de la salud",
            "description": "Care for people.",
            "description_es": "Cuida a las personas.",
        },
        {
            "code": "TR",
            "name": "Transportation",
            "name_es": "Transporte",
            "description": "Keep things moving.",
            "description_es": "Mantén todo en movimiento.",
        },
    ],
    "pathways": [
        {
            "code": "HS-PC",
            "sector": "HS",
            "name": "Patient Care",
            "name_es": "Atención al paciente",
            "keywords": "nurse; hospital",
            "keywords_es": "enfermera; hospital",
            "riasec": "SI",
        },
        {
            "code": "TR-SDSR",
            "sector": "TR",
            "name": "Systems Diagnostics",
            "name_es": "Diagnóstico de sistemas",
            "keywords": "cars; mechanic",
            "keywords_es": "carros; mecánico",
            "riasec": "RI",
        },
    ],
    "courses": [
        {
            "code": "HS-110",
            "pathway": "HS-PC",
            "title": "Nursing Basics",
            "title_es": "Enfermería básica",
            "description": "You will take blood pressure.",
            "description_es": "Tomarás la presión arterial.",
            "level": "introductory",
            "grade_min": "10",
            "grade_max": "12",
            "hs_credits": "10",
            "college_credit": "yes",
            "partner_college": "Sacramento City College",
            "cve": "no",
            "certifications": "CPR; First Aid",
            "certifications_es": "RCP; Primeros auxilios",
            "careers": "CAR-RN; CAR-CNA",
        },
        {
            "code": "TR-210",
            "pathway": "TR-SDSR",
            "title": "Auto Technology",
            "title_es": "Tecnología automotriz",
            "description": "You will change brakes.",
            "description_es": "Cambiarás frenos.",
            "level": "concentrator",
            "grade_min": "11",
            "grade_max": "12",
            "hs_credits": "10",
            "college_credit": "no",
            "cve": "yes",
            "prerequisites": "Intro to Cars",
            "prerequisites_es": "Introducción a los carros",
            "careers": "CAR-MECH",
        },
    ],
    "schools": [
        {
            "code": "AAA",
            "name": "Alpha High School",
            "counseling_location": "Room 101",
            "counseling_location_es": "Salón 101",
            "counseling_booking": "Ask at the front desk.",
            "counseling_booking_es": "Pregunta en la recepción.",
        },
        {
            "code": "BBB",
            "name": "Beta High School",
            "counseling_location": "Main office",
            "counseling_location_es": "Oficina principal",
        },
    ],
    "offerings": [
        {
            "course": "HS-110",
            "school": "AAA",
            "term": "school_year",
            "notes": "Periods 1-2",
            "notes_es": "Periodos 1-2",
        },
        {"course": "HS-110", "school": "BBB", "term": "summer"},
        {"course": "TR-210", "school": "BBB", "term": "school_year"},
    ],
    "careers": [
        {
            "code": "CAR-RN",
            "title": "Registered nurse",
            "title_es": "Enfermero registrado",
            "education": "Associate degree",
            "education_es": "Título asociado",
        },
        {"code": "CAR-CNA", "title": "Nursing assistant", "title_es": "Asistente de enfermería"},
        {"code": "CAR-MECH", "title": "Auto mechanic", "title_es": "Mecánico automotriz"},
    ],
    "interests": [
        {
            "code": "INT-HELP",
            "label": "Helping people",
            "label_es": "Ayudar a las personas",
            "pathways": "HS-PC:3",
        },
        {
            "code": "INT-CARS",
            "label": "Cars and machines",
            "label_es": "Carros y máquinas",
            "pathways": "TR-SDSR:3; HS-PC:1",
        },
    ],
    "quiz": [
        {"code": f"Q{i}", "statement": f"Statement {i}", "statement_es": f"Frase {i}", "area": area}
        for i, area in enumerate("RIASECRS", start=1)
    ],
    "faq": [
        {
            "kind": "faq",
            "question": "What is it?",
            "question_es": "¿Qué es?",
            "answer": "Free classes.",
            "answer_es": "Clases sin costo.",
        },
        {
            "kind": "notice",
            "question": "Nondiscrimination",
            "question_es": "No discriminación",
            "answer": "Open to all.",
            "answer_es": "Abierto a todos.",
        },
    ],
    "settings": [
        {"key": "district", "value": "Test Unified"},
        {"key": "is_sample", "value": "no"},
        {"key": "catalog_title", "value": "Courses", "value_es": "Cursos"},
        {"key": "highlight_1", "value": "Free classes", "value_es": "Clases gratis"},
    ],
}


def tiny() -> Sheets:
    return copy.deepcopy(TINY)


def write_csv_folder(
    folder: Path, sheets: Sheets, *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in sheets.items():
        headers = list(dict.fromkeys(k for row in rows for k in row)) or ["code"]
        with (folder / f"{name}.csv").open("w", encoding=encoding, newline="") as handle:
            writer = csv.DictWriter(handle, headers, delimiter=delimiter)
            writer.writeheader()
            writer.writerows(rows)
    return folder


def write_xlsx(path: Path, sheets: Sheets) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        headers = list(dict.fromkeys(k for row in rows for k in row)) or ["code"]
        ws.append(headers)
        for row in rows:
            ws.append([row.get(h, "") for h in headers])
    book.save(path)
    return path


def read_csv_folder(folder: Path) -> Sheets:
    """The sheets of a CSV folder (such as the sample catalog) as rows to edit and write back."""
    sheets: Sheets = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            sheets[path.stem] = list(csv.DictReader(handle))
    return sheets


def as_before_pay(catalog: Path, version: int) -> Path:
    """Turn a built catalog into one as built before careers had pay, which a kiosk may still
    hold after an app update: no wage file in its meta, no career_pay or pathway_pay."""
    db = sqlite3.connect(catalog)
    try:
        db.execute("DELETE FROM meta WHERE key LIKE 'wage%'")
        db.execute("UPDATE meta SET value = ? WHERE key = 'catalog_version'", (str(version),))
        db.execute("DROP TABLE career_pay")
        db.execute("DROP TABLE pathway_pay")
        db.commit()
    finally:
        db.close()
    return catalog
