"""SQL shared by the repository's questions (kept apart so the repository reads as a list of
questions). Every query takes `:lang`; text falls back to English field by field."""

from __future__ import annotations


def text_join(table: str, alias: str, prefix: str = "") -> str:
    """Join `<table>_text` twice: `e` (English, always there) and `t` (the student's language).

    With a prefix the aliases become `<prefix>e` and `<prefix>t`, for queries joining several.
    """
    e, t = f"{prefix}e", f"{prefix}t"
    return (
        f"JOIN {table}_text {e} ON {e}.id = {alias}.id AND {e}.lang = 'en' "
        f"LEFT JOIN {table}_text {t} ON {t}.id = {alias}.id AND {t}.lang = :lang"
    )


# A course passes the browse filters when one offering matches school and summer together.
COURSE_FILTER = """
    (:college = 0 OR c.college_credit = 1) AND (:cve = 0 OR c.cve = 1)
    AND (:school IS NULL AND :summer = 0 OR EXISTS (
        SELECT 1 FROM offering o WHERE o.course_id = c.id
           AND (:school IS NULL OR o.school_id = (SELECT id FROM school WHERE code = :school))
           AND (:summer = 0 OR o.term = 'summer')))"""

# A pathway's courses in the order a student takes them: introductory, then concentrator, then
# capstone (each level in catalog order).
LEVEL_ORDER = """CASE c.level WHEN 'introductory' THEN 0 WHEN 'concentrator' THEN 1
    WHEN 'capstone' THEN 2 ELSE 3 END, c.sort"""

PATHWAY = f"""
    SELECT p.code AS code, COALESCE(t.name, e.name) AS name,
           COALESCE(t.description, e.description, '') AS description,
           s.code AS sector_code, COALESCE(st.name, se.name) AS sector_name, p.riasec AS riasec,
           (SELECT count(*) FROM course c WHERE c.pathway_id = p.id AND {COURSE_FILTER})
             AS course_count
      FROM pathway p {text_join("pathway", "p")}
      JOIN sector s ON s.id = p.sector_id {text_join("sector", "s", "s")}"""

COURSE_SUMMARY = f"""
    SELECT c.code AS code, COALESCE(t.title, e.title) AS title, c.level AS level,
           p.code AS pathway_code, COALESCE(pt.name, pe.name) AS pathway_name
      FROM course c {text_join("course", "c")}
      JOIN pathway p ON p.id = c.pathway_id {text_join("pathway", "p", "p")}"""

COURSE_DETAIL = f"""
    SELECT c.id AS course_id, p.code AS pathway_code, COALESCE(t.title, e.title) AS title,
           COALESCE(t.description, e.description) AS description, c.level AS level,
           c.grade_min AS grade_min, c.grade_max AS grade_max,
           COALESCE(t.prerequisites, e.prerequisites, '') AS prerequisites,
           c.hs_credits AS hs_credits, c.college_credit AS college_credit,
           COALESCE(c.partner_college, '') AS partner_college, c.cve AS cve,
           COALESCE(t.certifications, e.certifications) AS certifications
      FROM course c {text_join("course", "c")}
      JOIN pathway p ON p.id = c.pathway_id
     WHERE c.code = :code"""

OFFERINGS_OF_COURSE = f"""
    SELECT sc.code AS school_code, sc.name AS school_name, o.term AS term,
           COALESCE(t.notes, e.notes, '') AS notes
      FROM offering o {text_join("offering", "o")}
      JOIN school sc ON sc.id = o.school_id
     WHERE o.course_id = :course_id
     ORDER BY o.term, sc.sort"""

CAREERS_OF_COURSE = f"""
    SELECT k.id AS career_id, k.code AS code, COALESCE(t.title, e.title) AS title,
           COALESCE(t.description, e.description, '') AS description,
           COALESCE(t.education, e.education, '') AS education, COALESCE(k.outlook, '') AS outlook,
           COALESCE(k.outlook_source, '') AS outlook_source
      FROM course_career cc JOIN career k ON k.id = cc.career_id {text_join("career", "k")}
     WHERE cc.course_id = :course_id
     ORDER BY cc.sort"""

SCHOOL = f"""
    SELECT sc.code AS code, sc.name AS name, COALESCE(sc.address, '') AS address,
           COALESCE(sc.phone, '') AS phone, COALESCE(sc.website, '') AS website,
           COALESCE(t.counseling_location, e.counseling_location, '') AS location,
           COALESCE(t.counseling_hours, e.counseling_hours, '') AS hours,
           COALESCE(t.counseling_booking, e.counseling_booking, '') AS booking
      FROM school sc {text_join("school", "sc")}"""

PATHWAY_OF_COURSE = """
    SELECT p.code FROM course c JOIN pathway p ON p.id = c.pathway_id WHERE c.code = ?"""
