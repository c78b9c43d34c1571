"""Quick-quiz scoring: answers -> RIASEC area scores -> pathways ranked by their area tags."""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.catalog.models import Answer
from kiosk.catalog.sheets import RIASEC

TOP_AREAS = 3
# A pathway's first RIASEC letter counts most: "RI" is mostly Realistic, a bit Investigative.
LETTER_WEIGHTS = (3, 2, 1)


def score_areas(
    areas: Mapping[str, str], answers: Mapping[str, int]
) -> tuple[dict[str, float], tuple[str, ...]]:
    """Score each area 0..1 from the answered items (like = full, not sure = half, dislike =
    none) and pick the top areas that scored at all."""
    points = dict.fromkeys(RIASEC, 0)
    answered = dict.fromkeys(RIASEC, 0)
    for code, value in answers.items():
        area = areas.get(code)
        if area is None:
            continue
        points[area] += max(Answer.DISLIKE, min(Answer.LIKE, value))
        answered[area] += 1
    scores = {a: points[a] / (Answer.LIKE * answered[a]) if answered[a] else 0.0 for a in RIASEC}
    ranked = sorted(RIASEC, key=lambda a: (-scores[a], RIASEC.index(a)))
    top = tuple(a for a in ranked[:TOP_AREAS] if scores[a] > 0)
    return scores, top


def score_pathways(
    riasec: Mapping[str, str], area_scores: Mapping[str, float], top: tuple[str, ...]
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Score each pathway by its tags' area scores; the reasons are its tags among the top
    areas. Pathways without a tag in the top areas are left out."""
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    for code, letters in riasec.items():
        shared = [a for a in letters if a in top]
        if not shared:
            continue
        weights = LETTER_WEIGHTS[: len(letters)]
        scores[code] = sum(
            w * area_scores.get(a, 0.0) for w, a in zip(weights, letters, strict=False)
        )
        scores[code] /= sum(weights)
        reasons[code] = shared
    return scores, reasons
