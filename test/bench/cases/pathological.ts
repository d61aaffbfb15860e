// The largest pathological inputs the app accepts, each shape of test/shared/complexity/shapes.ts:
// parsing 2,000,000 characters (an import's limit; the reader process allows 20 s for reading and
// parsing together), and 审校 plus layout of a 500,000-character body (autosave's limit), which run
// on stored text. The complexity tests prove the growth is linear; this says how long the largest
// takes. Target: the slowest shape parses within a quarter of the reader's limit and is checked and
// laid out within 4 s.
import { checkStoredReport } from '../../../shared/checks';
import { layoutDocument } from '../../../shared/export/layout/layout';
import { buildExportModel } from '../../../shared/export/model';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
import { IMPORT_TIME_LIMIT_MS, MAX_IMPORT_TEXT_CHARS } from '../../../shared/import/limits';
import { parseReportText } from '../../../shared/import/parseText';
import { stripXmlIllegal } from '../../../shared/text/xmlSafe';
import { SHAPES } from '../../shared/complexity/shapes';
import { inBody, rules } from '../../shared/complexity/subjects';
import { timed } from '../stats';
import type { BenchCase } from '../types';

const PARSE_TARGET_MS = IMPORT_TIME_LIMIT_MS / 4;
const CHECK_TARGET_MS = 4000;
const BODY_LIMIT = 500_000;

export const benchCase: BenchCase = {
  name: 'pathological',
  description: `parse ${MAX_IMPORT_TEXT_CHARS} characters of each pathological shape (target ≤ ${PARSE_TARGET_MS} ms), check and lay out a ${BODY_LIMIT}-character body (target ≤ ${CHECK_TARGET_MS} ms)`,
  async run(ctx) {
    let parseMax = { shape: '', ms: 0 };
    let checkMax = { shape: '', ms: 0 };
    for (const [shape, make] of Object.entries(SHAPES)) {
      const text = make(MAX_IMPORT_TEXT_CHARS - 10).slice(0, MAX_IMPORT_TEXT_CHARS);
      const parseMs = timed(() => parseReportText(stripXmlIllegal(text)));
      if (parseMs > parseMax.ms) parseMax = { shape, ms: parseMs };
      const report = inBody(make(BODY_LIMIT - 10).slice(0, BODY_LIMIT));
      const checkMs = timed(() => {
        checkStoredReport(report, rules);
        layoutDocument(buildExportModel(report), DEFAULT_EXPORT_SETTINGS);
      });
      if (checkMs > checkMax.ms) checkMax = { shape, ms: checkMs };
      ctx.log(`${shape}: parse ${parseMs.toFixed(0)} ms, check+layout ${checkMs.toFixed(0)} ms`);
    }
    return {
      case: 'pathological',
      ok: parseMax.ms <= PARSE_TARGET_MS && checkMax.ms <= CHECK_TARGET_MS,
      parse_max_ms: Math.round(parseMax.ms),
      parse_slowest: parseMax.shape,
      check_layout_max_ms: Math.round(checkMax.ms),
      check_layout_slowest: checkMax.shape,
      shapes: Object.keys(SHAPES).length,
    };
  },
};
