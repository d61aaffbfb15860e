// Schema version 3: the areas of part one are guidance, never required (design.md). Earlier
// imports added every area of a set as a required empty section when one heading resembled an
// area; 审校 then asked for sections the unit never had.
// - No area section is required any more (template keys 'achievements.<area>' of the shipped
//   templates; part one's own headings are 'achievements.custom#n' and were never required).
// - Empty area sections that an import invented — in reports made by an import, or made from such
//   a report for the next year — are removed when nobody ever touched them: no text now or in any
//   revision, title as created, no 「无此项」, no ticked point, no sub-section, status untouched.
//   Anything a user typed is kept.
export default `
UPDATE sections SET required = 0 WHERE template_key LIKE 'achievements.%';

DELETE FROM sections WHERE id IN (
  SELECT s.id FROM sections s
  WHERE s.template_key LIKE 'achievements.%'
    AND s.template_key NOT LIKE '%#%'
    AND s.deleted_at IS NULL
    AND s.body = ''
    AND s.status IN ('empty', 'review')
    AND s.not_applicable IS NULL
    AND s.checked_points = '[]'
    AND NOT EXISTS (SELECT 1 FROM sections c WHERE c.parent_id = s.id)
    AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.section_id = s.id AND (r.body <> '' OR r.title <> s.title))
    AND s.report_id IN (
      WITH RECURSIVE imported(id) AS (
        SELECT report_id FROM snapshots WHERE kind = 'import'
        UNION
        SELECT r.id FROM reports r JOIN imported i ON r.based_on = i.id
      )
      SELECT id FROM imported
    )
);
`;
