"""Synthetic catalogs of any size, built from the sample's real sectors, pathways and schools.

Courses get generated titles and descriptions drawn from a fixed vocabulary (seeded, so every
run measures the same catalog); each course has five offerings. Every career has an occupation
code the sample's BLS wage file holds, and the settings name its area, so a build can join the
careers' pay (benchmarks.pay).
"""

from __future__ import annotations

import csv
import io
import random
import shutil
from pathlib import Path

from benchmarks.pay import WAGE_AREA, wage_codes
from kiosk.paths import SAMPLE_CATALOG_SOURCE

OFFERINGS_PER_COURSE = 5
# 3: careers' occupation codes and the wage_area setting are made sure of (a cached
# version 2 workbook may predate the sample's codes).
GENERATOR_VERSION = 3

TOPICS = [
    "Animal Science",
    "Auto Technology",
    "Welding",
    "Culinary Arts",
    "Nursing",
    "Networking",
    "Computer Science",
    "Game Design",
    "Construction",
    "Carpentry",
    "Electrical Systems",
    "Plumbing",
    "Digital Media",
    "Photography",
    "Video Production",
    "Marketing",
    "Accounting",
    "Business Management",
    "Child Development",
    "Teaching",
    "Criminal Justice",
    "Fire Science",
    "Emergency Medicine",
    "Law",
    "Biotechnology",
    "Medical Office",
    "Mental Health",
    "Nutrition",
    "Hospitality",
    "Tourism",
    "Fashion Design",
    "Interior Design",
    "Cosmetology",
    "Machining",
    "Robotics",
    "Engineering Design",
    "Architecture",
    "Solar Energy",
    "Environmental Science",
    "Water Quality",
    "Telecommunications",
    "Cybersecurity",
    "Logistics",
    "Collision Repair",
    "Diesel Technology",
    "Agricultural Mechanics",
    "Floral Design",
    "Horticulture",
    "Forestry",
    "Printing",
    "3D Printing",
    "Retail Sales",
    "Entrepreneurship",
    "Sports Medicine",
    "Pharmacy",
    "Dental Assisting",
    "Theater Arts",
    "Music Production",
    "Animation",
    "Web Development",
]
FORMS = [
    "Introduction to",
    "Foundations of",
    "Advanced",
    "Applied",
    "Careers in",
    "Modern",
    "Hands-on",
    "Principles of",
    "",
]
SUFFIXES = [
    "I",
    "II",
    "III",
    "Lab",
    "Studio",
    "Workshop",
    "Practicum",
    "Capstone",
    "Project",
    "Internship",
    "Systems",
    "Skills",
    "",
]
SPANISH = {
    "Introduction to": "Introducción a",
    "Foundations of": "Fundamentos de",
    "Advanced": "Avanzado de",
    "Applied": "Aplicado de",
    "Careers in": "Carreras en",
    "Modern": "Moderno de",
    "Hands-on": "Práctico de",
    "Principles of": "Principios de",
}
# Some topics in the other interface languages, and the words students use for them, so
# search is measured across languages (and the Chinese titles' pinyin) as it runs at a kiosk.
OTHER_LANGUAGES = {
    "Nursing": ("Kev Saib Xyuas Neeg Mob", "護理", "Điều dưỡng", "护理"),
    "Welding": ("Kev Vuam Hlau", "焊接", "Hàn", "焊接"),
    "Auto Technology": ("Kev Kho Tsheb", "汽車技術", "Công nghệ ô tô", "汽车技术"),
    "Culinary Arts": ("Kev Ua Zaub Mov", "烹飪藝術", "Nghệ thuật nấu ăn", "烹饪艺术"),
    "Computer Science": ("Kev Kawm Computer", "電腦科學", "Khoa học máy tính", "计算机科学"),
    "Construction": ("Kev Tsim Kho", "建築施工", "Xây dựng", "建筑施工"),
    "Child Development": (
        "Kev Loj Hlob ntawm Menyuam",
        "兒童發展",
        "Phát triển trẻ em",
        "儿童发展",
    ),
    "Teaching": ("Kev Qhia Ntawv", "教學", "Giảng dạy", "教学"),
    "Cybersecurity": ("Kev Ruaj Ntseg Hauv Network", "網路安全", "An ninh mạng", "网络安全"),
    "Photography": ("Kev Thaij Duab", "攝影", "Nhiếp ảnh", "摄影"),
    "Emergency Medicine": ("Kev Kho Mob Xwm Ceev", "緊急醫療", "Cấp cứu y tế", "紧急医疗"),
    "Animal Science": ("Kev Tshawb Fawb Tsiaj", "動物科學", "Khoa học động vật", "动物科学"),
}
OTHER_COLUMNS = ("title_hmn", "title_zh", "title_vi", "title_zh-Hans")
KEYWORDS = {
    "Nursing": ("nurse; hospital", "enfermera; hospital", "y tá; bệnh viện"),
    "Cybersecurity": ("hacker; hacking", "hacker; seguridad", "tin tặc"),
    "Auto Technology": ("cars; mechanic", "carro; mecánico", "ô tô; sửa xe"),
    "Culinary Arts": ("chef; cooking", "cocinero; cocina", "đầu bếp; nấu ăn"),
}
WORDS = (
    "you will build design repair test measure plan cook weld code wire paint draw record "
    "edit present care help teach lead sell manage analyze program install inspect grow "
    "raise treat serve clean organize calculate sketch assemble troubleshoot interview "
    "patients customers children animals engines circuits computers networks tools "
    "materials plants soil food recipes budgets records software games videos photos "
    "websites buildings cabinets bridges machines vehicles brakes sensors robots solar "
    "panels water samples lab safety teamwork industry certification projects portfolio "
    "clients community hospital kitchen shop studio field office court classroom farm "
    "ranch clinic garage warehouse store theater stage camera microphone light sound "
    "and the a of in with for on to your real local"
).split()
LEVELS = ["introductory", "concentrator", "capstone"]


def read_rows(name: str) -> list[dict[str, str]]:
    text = (SAMPLE_CATALOG_SOURCE / f"{name}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def generate(folder: Path, offerings: int, seed: int = 42) -> Path:
    """Write a CSV-folder catalog with `offerings` offerings (courses = offerings / 5)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sectors", "pathways", "schools", "interests", "quiz", "faq"):
        shutil.copy(SAMPLE_CATALOG_SOURCE / f"{name}.csv", folder / f"{name}.csv")
    _write(folder / "careers.csv", _coded_careers(random.Random(seed)))
    _write(folder / "settings.csv", _wage_settings())
    pathways = [r["code"] for r in read_rows("pathways")]
    schools = [r["code"] for r in read_rows("schools")]
    careers = [r["code"] for r in read_rows("careers")]
    combos = [(s, t) for s in schools for t in ("school_year", "summer")]
    course_rows, offering_rows = [], []
    for number in range(offerings // OFFERINGS_PER_COURSE):
        code = f"SYN-{number:06d}"
        form, topic, suffix = rng.choice(FORMS), rng.choice(TOPICS), rng.choice(SUFFIXES)
        title = " ".join(p for p in (form, topic, suffix) if p)
        title_es = " ".join(p for p in (SPANISH.get(form, form), topic, suffix) if p)
        low = rng.randint(9, 12)
        names = OTHER_LANGUAGES.get(topic, ("",) * len(OTHER_COLUMNS))
        others = {
            column: " ".join(p for p in (name, suffix) if p) if name and rng.random() < 0.5 else ""
            for column, name in zip(OTHER_COLUMNS, names, strict=True)
        }
        words = KEYWORDS.get(topic, ("", "", ""))
        course_rows.append(
            {
                "code": code,
                "pathway": rng.choice(pathways),
                "title": title,
                "title_es": title_es if rng.random() < 0.5 else "",
                **others,
                "keywords": words[0],
                "keywords_es": words[1],
                "keywords_vi": words[2],
                "description": _sentence(rng, 30),
                "level": rng.choice(LEVELS),
                "grade_min": str(low),
                "grade_max": str(rng.randint(low, 12)),
                "hs_credits": "10",
                "college_credit": "yes" if rng.random() < 0.1 else "no",
                "partner_college": "Sacramento City College",
                "cve": "yes" if rng.random() < 0.03 else "no",
                "careers": "; ".join(rng.sample(careers, 3)),
            }
        )
        for school, term in rng.sample(combos, OFFERINGS_PER_COURSE):
            offering_rows.append(
                {
                    "course": code,
                    "school": school,
                    "term": term,
                    "notes": "Periods 1-2" if rng.random() < 0.2 else "",
                }
            )
    _write(folder / "courses.csv", course_rows)
    _write(folder / "offerings.csv", offering_rows)
    return folder


def _coded_careers(rng: random.Random) -> list[dict[str, str]]:
    """The sample's careers, each with an occupation code the wage file holds: its own, or
    one drawn from the file's (its own rng: the courses stay as they were)."""
    codes = wage_codes()
    held = set(codes)
    careers = read_rows("careers")
    for career in careers:
        if career.get("soc", "")[:7] not in held:
            career["soc"] = rng.choice(codes)
    return careers


def _wage_settings() -> list[dict[str, str]]:
    """The sample's settings, with the wage file's area as wage_area."""
    settings = read_rows("settings")
    row = next((r for r in settings if r["key"] == "wage_area"), None)
    if row is None:
        row = dict.fromkeys(settings[0], "")
        settings.append(row)
    row |= {"key": "wage_area", "value": WAGE_AREA}
    return settings


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def to_xlsx(folder: Path, path: Path) -> Path:
    """The same catalog as one .xlsx workbook, as staff would keep it."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for csv_path in sorted(folder.glob("*.csv")):
        sheet = book.create_sheet(csv_path.stem)
        text = csv_path.read_text(encoding="utf-8")
        for row in csv.reader(io.StringIO(text, newline="")):
            sheet.append(row)
    book.save(path)
    return path
