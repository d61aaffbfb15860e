import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { dispatch, toApiError } from '../../../../electron/services/api/dispatch';
import { isTrustedSender } from '../../../../electron/services/api/sender';
import { CALL_NAMES, contract } from '../../../../shared/api';
import { AppError } from '../../../../shared/errors';
import type { Report, SearchHit } from '../../../../shared/types';
import { tempStore } from '../../../helpers/tempDir';

const CJK = /[\u4e00-\u9fff]/;

describe('dispatch', () => {
  it('has a handler for every contract call and nothing else', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('answers malformed payloads with BAD_INPUT in Chinese and changes nothing', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    const bad: Array<[string, unknown]> = [
      ['openReport', { id: 'x' }],
      ['openReport', { id: -1 }],
      ['openReport', { id: 1, extra: true }],
      ['createReport', { unit: { fullName: '', kind: 'township' }, year: 2025 }],
      ['createReport', { unit: { fullName: '某乡', kind: 'city' }, year: 2025 }],
      ['createReport', { unit: { fullName: '某乡', kind: 'township' }, year: 1900 }],
      ['saveSectionText', { id: 1, body: 'x'.repeat(600_000) }],
      ['saveSectionText', null],
      ['saveSectionText', 'text'],
    ];
    for (const [name, payload] of bad) {
      const r = await dispatch(handlers, name, payload);
      expect(r.ok, `${name} ${JSON.stringify(payload)?.slice(0, 40)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.message).toMatch(CJK);
      }
    }
    expect(store.reports.list()).toEqual([]);
    const r = await dispatch(handlers, 'createReport', { unit: { fullName: '  ', kind: 'township' }, year: 2025 });
    expect(!r.ok && r.error.message).toContain('请填写单位全称');
  });

  it('rejects unknown calls and prototype names', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42]) {
      const r = await dispatch(handlers, name, {});
      expect(!r.ok && r.error.code).toBe('UNKNOWN_CALL');
    }
  });

  it('maps domain and SQLite errors to Chinese messages', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    const missing = await dispatch(handlers, 'openReport', { id: 999 });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(toApiError(Object.assign(new Error('full'), { code: 'SQLITE_FULL' })).code).toBe('DISK_FULL');
    expect(toApiError(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' })).code).toBe('DB_LOCKED');
    expect(toApiError(Object.assign(new Error('ro'), { code: 'EROFS' })).code).toBe('READ_ONLY');
    // Extended codes count by their primary code: a lost race between two writers is 「占用」, not 「程序内部出错」.
    for (const [code, expected] of [
      ['SQLITE_BUSY_SNAPSHOT', 'DB_LOCKED'],
      ['SQLITE_BUSY_RECOVERY', 'DB_LOCKED'],
      ['SQLITE_LOCKED_SHAREDCACHE', 'DB_LOCKED'],
      ['SQLITE_READONLY_DIRECTORY', 'READ_ONLY'],
      ['SQLITE_IOERR_WRITE', 'IO_ERROR'],
      ['SQLITE_CANTOPEN', 'IO_ERROR'],
      ['EDQUOT', 'DISK_FULL'],
    ] as const) {
      expect(toApiError(Object.assign(new Error(code), { code })).code, code).toBe(expected);
    }
    expect(toApiError(new AppError('CONFLICT', '冲突了')).message).toBe('冲突了');
    const internal = toApiError(new TypeError('undefined is not a function'));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.message).toMatch(CJK);
    expect(internal.message).not.toContain('undefined');
  });

  it('a full disk during autosave is reported and the committed text survives', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    const report = await dispatch(handlers, 'createReport', { unit: { fullName: '某乡人民政府', kind: 'township' }, year: 2025 });
    if (!report.ok) throw new Error('create failed');
    const sectionId = (report.value as { sections: Array<{ id: number }> }).sections[0]!.id;
    expect((await dispatch(handlers, 'saveSectionText', { id: sectionId, body: '已经保存的文字' })).ok).toBe(true);
    // Cap the file at its current size: the next write that needs a page fails with SQLITE_FULL.
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const big = await dispatch(handlers, 'saveSectionText', { id: sectionId, body: '新'.repeat(200_000) });
    expect(!big.ok && big.error.code).toBe('DISK_FULL');
    store.db.pragma('max_page_count = 1073741823');
    expect(store.sections.get(sectionId).body).toBe('已经保存的文字');
  });
});

describe('isTrustedSender', () => {
  const origins = ['app://nianbao'];
  it('accepts only our main frame on our origin', () => {
    expect(isTrustedSender({ isOurMainFrame: true, frameUrl: 'app://nianbao/index.html' }, origins)).toBe(true);
    expect(isTrustedSender({ isOurMainFrame: false, frameUrl: 'app://nianbao/index.html' }, origins)).toBe(false);
    expect(isTrustedSender({ isOurMainFrame: true, frameUrl: 'https://evil.example/' }, origins)).toBe(false);
    expect(isTrustedSender({ isOurMainFrame: true, frameUrl: 'file:///tmp/x.html' }, origins)).toBe(false);
    expect(isTrustedSender({ isOurMainFrame: true, frameUrl: 'not a url' }, origins)).toBe(false);
    expect(isTrustedSender({ isOurMainFrame: true, frameUrl: 'http://localhost:5173/' }, ['http://localhost:5173'])).toBe(true);
  });

  it('drops XML-illegal characters from every text field on the way in', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    const created = await dispatch(handlers, 'createReport', { unit: { fullName: '某\u0007乡人民政府', kind: 'township' }, year: 2025 });
    if (!created.ok) throw new Error(created.error.message);
    const report = created.value as Report;
    const id = report.sections[0]!.id;
    const saved = await dispatch(handlers, 'saveSectionText', { id, body: '正文\uFFFE含\u001b非法\ud800字符' });
    expect(saved.ok).toBe(true);
    expect(store.sections.get(id).body).toBe('正文含非法字符');
    await dispatch(handlers, 'updateReport', { id: report.id, patch: { title: '标题\uFFFF', opening: '开头\u0000' } });
    expect(store.reports.meta(report.id)).toMatchObject({ title: '标题', opening: '开头' });
    expect(store.reports.unit(report.unitId).fullName).toBe('某乡人民政府');
  });

  it('a query typed with control characters finds what it would find without them', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('t'));
    const made = await dispatch(handlers, 'createReport', { unit: { fullName: '某镇人民政府', kind: 'township' }, year: 2024 });
    if (!made.ok) throw new Error(made.error.message);
    const section = (made.value as Report).sections[0]!;
    expect((await dispatch(handlers, 'saveSectionText', { id: section.id, body: '推行行政执法公示制度。' })).ok).toBe(true);
    for (const query of ['执法公示', '\u0000执法\u0000公示', '执法公示\u0000\u001b', '\u0007公示']) {
      const r = await dispatch(handlers, 'search', { query });
      expect(r.ok && (r.value as SearchHit[]).map((h) => h.sectionId), JSON.stringify(query)).toEqual([section.id]);
    }
    const empty = await dispatch(handlers, 'search', { query: '\u0000\u0000' });
    expect(!empty.ok && empty.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('请输入要搜索的文字') });
  });
});
