// The program log: events and errors in the data folder's logs/, rotated, never report text, and
// never a failure of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { logDir, openLog } from '../../../electron/services/log';
import { readOnlyFolder } from './export/platformStub';
import { tempDataDir, tempStore } from '../../helpers/tempDir';

describe('openLog', () => {
  it('writes one line per event with time, level and scalar details', () => {
    const log = openLog(logDir(tempDataDir()), { now: () => new Date('2025-12-10T01:02:03Z') });
    log.info('app-start', { version: '0.1.0', packaged: false });
    log.error('start-failed', Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }));
    const lines = readFileSync(log.file!, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('2025-12-10T01:02:03.000Z INFO app-start {"version":"0.1.0","packaged":false}');
    expect(lines[1]).toMatch(/^2025-12-10T01:02:03.000Z ERROR start-failed \{"error":"Error","code":"SQLITE_IOERR","message":"disk I\/O error","stack":".*log\.test\.ts/);
  });

  it('rotates at the size limit and keeps the last few files', () => {
    const dir = logDir(tempDataDir());
    const log = openLog(dir, { maxBytes: 2000, keep: 2 });
    for (let i = 0; i < 200; i++) log.info('tick', { i });
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).length).toBeLessThan(2100);
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('"i":199');
  });

  it('cuts long fields short, so no long text rides along', () => {
    const log = openLog(logDir(tempDataDir()));
    log.error('x', new Error('甲'.repeat(5000)), { note: '乙'.repeat(5000) });
    const line = readFileSync(log.file!, 'utf8');
    expect(line.length).toBeLessThan(1500);
  });

  it('never throws when the folder cannot be written', () => {
    const ro = readOnlyFolder(tempDataDir());
    if (!ro) return;
    const log = openLog(join(ro, 'logs'));
    expect(() => log.info('app-start')).not.toThrow();
    expect(existsSync(join(ro, 'logs', 'main.log'))).toBe(false);
  });

  it('records a program error of a call without the text it carried', async () => {
    const store = await tempStore();
    const log = openLog(logDir(store.dataDir));
    const handlers = createHandlers(store, handlerEnv('t'));
    const body = '本年度共办理行政复议案件十二件，秘密标记XYZZY。';
    const broken = { ...handlers, saveSectionText: () => { throw new TypeError('boom'); } };
    const res = await dispatch(broken, 'saveSectionText', { id: 1, body }, (call, err) => log.error('api-error', err, { call }));
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = readFileSync(log.file!, 'utf8');
    expect(text).toMatch(/ERROR api-error \{"call":"saveSectionText","error":"TypeError"/);
    expect(text).not.toContain('XYZZY');
  });
});
