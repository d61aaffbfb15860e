// The export dialog's open items: completeness of the template and the open 审校 errors, each
// said once, ignored findings left out.
import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { openItems } from '../../../../renderer/workspace/export/openItems';
import { checkStoredReport, NO_RULES } from '../../../../shared/checks';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api';
import { chineseText } from '../../../electron/services/export/sampleReports';
import { tempStore } from '../../../helpers/tempDir';

const env = handlerEnv('test');

async function setup() {
  const handlers = createHandlers(await tempStore(), env);
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const res = await dispatch(handlers, name, input);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as CallOutput<K>;
  };
  const created = await call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 });
  const template = await call('getTemplate', { id: created.templateId! });
  return { call, created, template };
}

describe('openItems', () => {
  it('lists empty parts once (never the areas), keeps the other errors, counts unticked points', async () => {
    const { call, created, template } = await setup();
    const areas = created.sections.filter((s) => s.level === 2);
    const partOne = created.sections.find((s) => s.level === 1)!;
    // Nothing written: the empty parts are listed, 「一、」 among them; its areas are guidance and
    // never listed. The checks' section-empty findings are not said a second time.
    const fresh = openItems(await call('openReport', { id: created.id }), template, NO_RULES);
    const listedFresh = fresh.sections!.map((i) => i.sectionId);
    expect(listedFresh).toContain(partOne.id);
    expect(listedFresh.some((id) => areas.some((a) => a.id === id))).toBe(false);
    expect(fresh.errors.filter((f) => f.rule === 'section-empty')).toEqual([]);
    expect(fresh.errors.some((f) => f.sectionId === partOne.id)).toBe(false);

    // Text in one area fills part one.
    await call('saveSectionText', { id: areas[0]!.id, body: chineseText(900) });
    const report = await call('openReport', { id: created.id });
    const listed = new Set(openItems(report, template, NO_RULES).sections!.map((i) => i.sectionId));
    expect(listed.has(partOne.id)).toBe(false);
    expect(listed.has(areas[1]!.id)).toBe(false);
    // Errors the template does not speak of stay: a rate that does not match its counts, the missing 成文日期.
    await call('saveSectionText', { id: areas[0]!.id, body: `${chineseText(900)}\n2025年共排查矛盾纠纷150起，调解成功128起，调解成功率86%。` });
    await call('updateReport', { id: created.id, patch: { signatureDate: '' } });
    const again = openItems(await call('openReport', { id: created.id }), template, NO_RULES);
    const rules = again.errors.map((f) => f.rule);
    expect(rules).toContain('rate-mismatch');
    expect(rules).toContain('date-missing');
    expect(again.uncheckedPoints).toBeGreaterThan(0);
    expect(again.errors.every((f) => f.severity === 'error')).toBe(true);
    // The workspace's own result (from its worker) gives the same list without running the checks again.
    const stored = await call('openReport', { id: created.id });
    const reused = openItems(stored, template, NO_RULES, checkStoredReport(stored, { ...NO_RULES, template }));
    expect(reused.errors.map((f) => f.id)).toEqual(again.errors.map((f) => f.id));
    expect(openItems(stored, template, NO_RULES, { open: [], ignored: [], counts: { error: 0, warning: 0, info: 0 } }).errors).toEqual([]);

    // An ignored finding is not open.
    const finding = again.errors.find((f) => f.rule === 'rate-mismatch')!;
    await call('setFindingIgnored', { reportId: created.id, findingId: finding.id, ignored: true });
    const ignored = openItems(await call('openReport', { id: created.id }), template, NO_RULES);
    expect(ignored.errors.map((f) => f.rule)).not.toContain('rate-mismatch');
  });

  it('without a template: no completeness, the structure errors come from the checks', async () => {
    const { call, created } = await setup();
    const items = openItems(await call('openReport', { id: created.id }), null, NO_RULES);
    expect(items.sections).toBeNull();
    expect(items.uncheckedPoints).toBe(0);
    expect(items.errors.filter((f) => f.rule === 'section-empty').length).toBeGreaterThan(0);
  });
});
