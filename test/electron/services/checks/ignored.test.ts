import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { parseReportSettings } from '../../../../electron/services/db/rowMappers';
import { MAX_IGNORED_FINDINGS } from '../../../../electron/services/reports/reportRepo';
import { openStore } from '../../../../electron/services/store';
import { tempDataDir, tempStore } from '../../../helpers/tempDir';
import { storeCleanReport, storeSeed } from './storedReports';

describe('reports.settings through the row mappers', () => {
  it('parses the ignored ids and falls back safely on damaged values', () => {
    expect(parseReportSettings('{}')).toEqual({ ignoredFindings: [] });
    expect(parseReportSettings('{"ignoredFindings":["a","b"]}')).toEqual({ ignoredFindings: ['a', 'b'] });
    // Damaged: not JSON, not an object, a wrong type, wrong entries.
    for (const raw of ['', 'not json', '[1,2]', 'null', '"x"', '{"ignoredFindings":"a"}', '{"ignoredFindings":{"0":"a"}}']) {
      expect(parseReportSettings(raw).ignoredFindings, raw).toEqual([]);
    }
    expect(parseReportSettings('{"ignoredFindings":[1,"a",null,"b"]}').ignoredFindings).toEqual(['a', 'b']);
    // Keys of other settings are kept, even next to a damaged one.
    expect(parseReportSettings('{"ignoredFindings":7,"export":{"sealed":true}}')).toEqual({ ignoredFindings: [], export: { sealed: true } });
  });
});

describe('setFindingIgnored', () => {
  it('remembers ignored findings across a restart, restores them, and keeps other settings', async () => {
    const dataDir = tempDataDir();
    let store = await openStore({ dataDir, awaitStartupBackup: true });
    const report = storeSeed(store, 0);
    expect(report.ignoredFindings).toEqual([]);
    const handlers = createHandlers(store, handlerEnv('test'));
    const before = await handlers.checkReport({ id: report.id });
    const rate = before.open.find((f) => f.rule === 'rate-mismatch')!;
    expect(rate).toBeDefined();
    store.db.prepare(`UPDATE reports SET settings = json_set(settings, '$.export', json('{"sealed":true}')) WHERE id = ?`).run(report.id);
    const updatedAt = store.reports.meta(report.id).updatedAt;

    const meta = await handlers.setFindingIgnored({ reportId: report.id, findingId: rate.id, ignored: true });
    expect(meta.ignoredFindings).toEqual([rate.id]);
    expect(meta.updatedAt).toBe(updatedAt);
    // Twice is still once.
    await handlers.setFindingIgnored({ reportId: report.id, findingId: rate.id, ignored: true });
    const after = await handlers.checkReport({ id: report.id });
    expect(after.open.map((f) => f.id)).not.toContain(rate.id);
    expect(after.ignored.map((f) => f.id)).toEqual([rate.id]);
    expect(after.counts.error).toBe(before.counts.error - 1);
    await store.close();

    store = await openStore({ dataDir });
    expect(store.reports.open(report.id).ignoredFindings).toEqual([rate.id]);
    const raw = store.db.prepare('SELECT settings FROM reports WHERE id = ?').pluck().get(report.id) as string;
    expect(JSON.parse(raw)).toEqual({ export: { sealed: true }, ignoredFindings: [rate.id] });
    const again = createHandlers(store, handlerEnv('test'));
    const restored = await again.setFindingIgnored({ reportId: report.id, findingId: rate.id, ignored: false });
    expect(restored.ignoredFindings).toEqual([]);
    expect((await again.checkReport({ id: report.id })).open.map((f) => f.id)).toContain(rate.id);
    await store.close();
  });

  it('a damaged settings value opens as no ignored findings, and the next 忽略 writes a valid object', async () => {
    const store = await tempStore();
    const report = storeCleanReport(store);
    for (const damaged of ['{broken', '[]', '{"ignoredFindings":"x"}']) {
      store.db.prepare('UPDATE reports SET settings = ? WHERE id = ?').run(damaged, report.id);
      expect(store.reports.open(report.id).ignoredFindings, damaged).toEqual([]);
      expect(store.reports.list()).toHaveLength(1);
      const meta = store.reports.setFindingIgnored(report.id, 'rule:1:body:abc:0', true);
      expect(meta.ignoredFindings).toEqual(['rule:1:body:abc:0']);
      const raw = store.db.prepare('SELECT settings FROM reports WHERE id = ?').pluck().get(report.id) as string;
      expect(JSON.parse(raw)).toEqual({ ignoredFindings: ['rule:1:body:abc:0'] });
    }
  });

  it('keeps the newest ids past the limit, and rejects bad input and unknown reports', async () => {
    const store = await tempStore();
    const report = storeCleanReport(store);
    const ids = Array.from({ length: MAX_IGNORED_FINDINGS + 3 }, (_, i) => `r:${i}`);
    store.db.prepare('UPDATE reports SET settings = ? WHERE id = ?').run(JSON.stringify({ ignoredFindings: ids.slice(0, -1) }), report.id);
    const meta = store.reports.setFindingIgnored(report.id, ids.at(-1)!, true);
    expect(meta.ignoredFindings).toHaveLength(MAX_IGNORED_FINDINGS);
    expect(meta.ignoredFindings!.at(-1)).toBe(ids.at(-1));
    expect(meta.ignoredFindings![0]).toBe('r:3');

    const handlers = createHandlers(store, handlerEnv('test'));
    const missing = await dispatch(handlers, 'setFindingIgnored', { reportId: 999, findingId: 'x', ignored: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const empty = await dispatch(handlers, 'setFindingIgnored', { reportId: report.id, findingId: '', ignored: true });
    expect(empty).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const tooLong = await dispatch(handlers, 'setFindingIgnored', { reportId: report.id, findingId: 'x'.repeat(301), ignored: true });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
