// Read-only and full media, for real: a data folder on a read-only bind mount (a write-protected
// USB stick) and on a small tmpfs filled to the last byte (a disk full at start-up, or filling up
// under a running app until the -wal cannot grow). Every command
// answers with the medium's problem in Chinese — not SQLite's English, not 「数据文件…」 — and the
// data file is byte-for-byte unchanged; once the medium is writable again, everything is there.
// Mounting needs root (as on this machine and in CI's container); without it the tests are skipped.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { handlerEnv } from '../../../../electron/services/api/handlers';
import { openSession, type Session } from '../../../../electron/services/api/session';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/services/db/migrations';
import { WRITE_CALLS } from '../../../../shared/api';
import type { AppStatus, Report } from '../../../../shared/types';
import { canMakeImmutable, dataFiles, ext4Stick, fillDisk, setImmutable } from '../../../helpers/media';
import { tempDataDir } from '../../../helpers/tempDir';
import { cli, runBin } from '../../cli/runCapture';

function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = tempDataDir('mount probe');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const MOUNTS = canMount();

const mounted: string[] = [];
afterEach(() => {
  while (mounted.length) execFileSync('umount', [mounted.pop()!]);
});
function mount(args: string[], at: string): void {
  execFileSync('mount', [...args, at]);
  mounted.push(at);
}

/** `dir` seen through a read-only bind mount: a write-protected USB stick, for root too. */
function readOnlyMount(dir: string): string {
  const ro = tempDataDir('只读 U盘');
  mount(['--bind', dir], ro);
  execFileSync('mount', ['-o', 'remount,ro,bind', ro]);
  return ro;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** SQLite's and Node's English, looked for in a message without its path (a temp name may hold any letters). */
const ENGLISH = /unable|error|denied|read-only|file system|database|disk|E[A-Z]{3,}|SQLITE/i;

/** What the app's status says about writing (the banner's state). */
async function status(session: Session): Promise<AppStatus['readOnly']> {
  const r = await dispatch(session.handlers, 'appStatus', {});
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as AppStatus).readOnly;
}

const SAVED = '已经保存的文字';
const TYPED = '已经保存的文字，又写了一句。';

/** A session on `dir` with one report whose first section holds SAVED, committed. */
async function sessionWithSaved(dir: string) {
  const session = await openSession({ dataDir: dir }, handlerEnv('t'));
  const made = await dispatch(session.handlers, 'createReport', { unit: { fullName: '某乡人民政府', kind: 'township' }, year: 2025 });
  if (!made.ok) throw new Error(made.error.message);
  const report = made.value as Report;
  const sectionId = report.sections[0]!.id;
  const save = (body: string) => dispatch(session.handlers, 'saveSectionText', { id: sectionId, body });
  expect((await save(SAVED)).ok).toBe(true);
  return { session, report, sectionId, save };
}

/** Once the session is closed: the data file is sound and holds `body`. */
function expectStored(db: string, body: string): void {
  const again = new Database(db, { readonly: true });
  expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(again.prepare('SELECT body FROM sections ORDER BY id LIMIT 1').pluck().get()).toBe(body);
  again.close();
}

/** A data folder holding one report, closed. */
async function libraryWithReport(): Promise<string> {
  const dir = path.join(tempDataDir(), 'data');
  const made = await cli(['new', '--unit', '某镇人民政府', '--kind', 'township', '--year', '2024', '--data-dir', dir]);
  expect(made.code).toBe(0);
  return dir;
}

describe.skipIf(!MOUNTS)('data folder on read-only and full media', () => {
  it('a read-only mount opens to read: list, show, check, versions, export work; a change is refused; the file is untouched', async () => {
    const dir = await libraryWithReport();
    const before = sha(path.join(dir, 'nianbao.db'));
    const filesBefore = readdirSync(dir).sort();
    const ro = readOnlyMount(dir);
    const list = await cli(['list', '--data-dir', ro]);
    expect(list.code).toBe(0);
    expect(list.out).toContain('#1  2024年度');
    expect(list.err).toBe('提示：数据所在位置只读：可以查看和导出，不能修改。');
    expect((await cli(['show', '1', '--data-dir', ro])).out).toContain('2024年度');
    const versions = await cli(['versions', '1', '--data-dir', ro]);
    expect(versions.code, versions.err).toBe(0);
    // 审校 of a new, empty report finds errors (exit code 1) — and answers with them, not a refusal.
    const check = await cli(['check', '1', '--data-dir', ro]);
    expect(check.out).toMatch(/错误|警告/);
    expect(check.err).not.toContain('错误：');
    // The export goes to the export folder, not the data folder.
    const out = path.join(tempDataDir(), '报告.docx');
    const exported = await cli(['export', '1', '--out', out, '--data-dir', ro]);
    expect(exported.code, exported.err).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    for (const args of [['new', '--unit', '某乡人民政府', '--kind', 'township', '--year', '2025']]) {
      const r = await cli([...args, '--data-dir', ro]);
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toContain('错误：数据所在位置只读：可以查看和导出，不能修改。请取消 U 盘写保护');
      expect(r.err.split(ro).join(''), args[0]).not.toMatch(ENGLISH);
    }

    // The same through the contract: the state is there for the UI, every write call is refused.
    const session = await openSession({ dataDir: ro }, handlerEnv('t'));
    try {
      const status = await dispatch(session.handlers, 'appStatus', {});
      expect(status.ok && status.value).toMatchObject({ readOnly: { reason: 'read-only', since: 'start', message: '数据所在位置只读：可以查看和导出，不能修改' } });
      const report = await dispatch(session.handlers, 'openReport', { id: 1 });
      expect(report.ok).toBe(true);
      const sectionId = report.ok ? (report.value as Report).sections[0]!.id : 0;
      expect((await dispatch(session.handlers, 'search', { query: '2024' })).ok).toBe(true);
      expect((await dispatch(session.handlers, 'checkReport', { id: 1 })).ok).toBe(true);
      // Every write call is refused before it reaches the database, whatever its input.
      for (const name of WRITE_CALLS) {
        const handler = session.handlers[name] as (input: unknown) => unknown;
        expect(() => handler({}), name).toThrow(/^数据所在位置只读：可以查看和导出，不能修改。/);
      }
      const save = await dispatch(session.handlers, 'saveSectionText', { id: sectionId, body: '改' });
      expect(!save.ok && save.error).toMatchObject({ code: 'READ_ONLY', message: expect.stringContaining('数据所在位置只读') });
    } finally {
      await session.close();
    }
    // A new data folder inside the read-only place cannot be made: the read-only message.
    expect((await cli(['list', '--data-dir', path.join(ro, '新文件夹')])).err).toContain('数据所在位置只读');
    // Nothing was made beside it: no lock, no -wal/-shm, no backup.
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
    execFileSync('umount', [mounted.pop()!]);
    expect(sha(path.join(dir, 'nianbao.db'))).toBe(before);
    expect((await cli(['list', '--data-dir', dir])).out).toContain('#1  2024年度');
  });

  it('an older data file on a read-only mount: it would need an upgrade, and says so', async () => {
    const dir = await libraryWithReport();
    const db = new Database(path.join(dir, 'nianbao.db'));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    db.close();
    const before = sha(path.join(dir, 'nianbao.db'));
    const ro = readOnlyMount(dir);
    const r = await cli(['list', '--data-dir', ro]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('来自旧版本的年报助手，需要先升级才能打开');
    expect(r.err.split(ro).join('')).not.toMatch(ENGLISH);
    execFileSync('umount', [mounted.pop()!]);
    expect(sha(path.join(dir, 'nianbao.db'))).toBe(before);
  });

  it('a disk full at start-up: 「磁盘空间已满」, nothing lost; freeing space brings everything back', async () => {
    const source = await libraryWithReport();
    const disk = tempDataDir('小磁盘');
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], disk);
    const dir = path.join(disk, 'data');
    mkdirSync(dir);
    copyFileSync(path.join(source, 'nianbao.db'), path.join(dir, 'nianbao.db'));
    const before = sha(path.join(dir, 'nianbao.db'));
    const filler = fillDisk(disk);
    // Opened to read: the reports are there, a change is refused with 「磁盘空间已满」.
    const list = await cli(['list', '--data-dir', dir]);
    expect(list.code).toBe(0);
    expect(list.out).toContain('#1  2024年度');
    expect(list.err).toBe('提示：磁盘空间已满：可以查看和导出，不能修改。');
    expect((await cli(['show', '1', '--data-dir', dir])).code).toBe(0);
    const refused = await cli(['new', '--unit', '某乡人民政府', '--kind', 'township', '--year', '2025', '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('错误：磁盘空间已满：可以查看和导出，不能修改。请清理磁盘空间');
    expect(refused.err.split(dir).join('')).not.toMatch(ENGLISH);
    expect(sha(path.join(dir, 'nianbao.db'))).toBe(before);
    rmSync(filler);
    const again = await cli(['list', '--data-dir', dir]);
    expect(again.err).toBe('');
    expect(again.out).toContain('#1  2024年度');
  });

  it('a disk that fills while the app runs: the autosave whose -wal cannot grow turns the app 「磁盘空间已满」, nothing is lost, and freeing space lets it save', async () => {
    const disk = tempDataDir('小磁盘');
    mount(['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs'], disk);
    const dir = path.join(disk, 'data');
    const db = path.join(dir, 'nianbao.db');
    const { session, report, sectionId, save } = await sessionWithSaved(dir);
    try {
      // Everything committed moves into the data file and the -wal is cut to 0 bytes: the next
      // autosave has to grow it. Then the disk fills to the last block (another program's download).
      expect(session.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      session.store.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(statSync(`${db}-wal`).size).toBe(0);
      const filler = fillDisk(disk);
      const before = sha(db);

      const typed = await save(TYPED);
      expect(!typed.ok && typed.error).toMatchObject({
        code: 'DISK_FULL',
        message: '磁盘空间已满：可以查看和导出，不能修改。刚才的修改没有保存，请清理磁盘空间后重试。已保存的内容不受影响。',
      });
      // The app is read-only from that write on, with the banner's words, until space is freed.
      expect(await status(session)).toEqual({ reason: 'full', since: 'running', message: '磁盘空间已满：可以查看和导出，不能修改' });
      const refused = await dispatch(session.handlers, 'updateSection', { id: sectionId, title: '改了标题' });
      expect(!refused.ok && refused.error).toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/^磁盘空间已满：可以查看和导出，不能修改。请清理磁盘空间后重试。（未作修改）$/) });
      // The data file was not touched, the session still answers, and another reader of the file
      // sees the committed text.
      expect(sha(db)).toBe(before);
      const open = await dispatch(session.handlers, 'openReport', { id: report.id });
      expect(open.ok && (open.value as Report).sections[0]!.body).toBe(SAVED);
      const reader = new Database(db, { readonly: true });
      expect(reader.prepare('SELECT body FROM sections WHERE id = ?').pluck().get(sectionId)).toBe(SAVED);
      reader.close();

      // A little freed — less than a bigger save would need — is not enough to try again: the
      // state would come and go with every retry.
      truncateSync(filler, statSync(filler).size - 128 * 1024);
      expect(await status(session)).toMatchObject({ reason: 'full' });
      expect((await save(TYPED)).ok).toBe(false);
      expect(sha(db)).toBe(before);
      // Space freed: the app leaves the state by itself, and the autosave's retry goes through.
      rmSync(filler);
      expect(await status(session)).toBeNull();
      expect((await save(TYPED)).ok).toBe(true);
    } finally {
      await session.close();
    }
    expectStored(db, TYPED);
  });
});

// A USB stick failing under the running app, as Linux desktops mount one (ext4, errors=remount-ro):
// after a write error the kernel turns the whole file system read-only though the data file is open
// for writing — the one read-only remount it allows then (`mount -o remount,ro` is refused: "mount
// point is busy"). access() still says writable (ext4's emergency_ro); a real write does not.
describe('a stick whose file system turns read-only while the app runs', () => {
  it('the failed save turns the app read-only; everything committed is on the stick when it is plugged in again', async (ctx) => {
    const stick = ext4Stick();
    if (!stick) return ctx.skip('needs root, a loop device, mkfs.ext4 and ext4\'s trigger_fs_error');
    try {
      const dir = path.join(stick.dir, 'data');
      const { session, report, save } = await sessionWithSaved(dir);
      try {
        stick.fail();
        const typed = await save(TYPED);
        expect(!typed.ok && typed.error).toEqual({
          code: 'READ_ONLY',
          message: '数据所在位置只读：可以查看和导出，不能修改。刚才的修改没有保存，请取消 U 盘写保护或数据文件的「只读」属性后重试。已保存的内容不受影响。',
        });
        expect(await status(session)).toEqual({ reason: 'read-only', since: 'running', message: '数据所在位置只读：可以查看和导出，不能修改' });
        const open = await dispatch(session.handlers, 'openReport', { id: report.id });
        expect(open.ok && (open.value as Report).sections[0]!.body).toBe(SAVED);
        // Looking again does not pretend the stick came back.
        expect(await status(session)).toMatchObject({ since: 'running' });
      } finally {
        await session.close();
      }
      stick.replug();
      expectStored(path.join(dir, 'nianbao.db'), SAVED);
    } finally {
      stick.cleanUp();
    }
  });
});

// That user must reach the checkout to run bin.js, but a clone inside `mktemp -d` sits in a 0700
// folder: every ancestor the others cannot pass gets o+x (pass through, not list) for this test.
function letOthersReachCheckout(): void {
  const changed: Array<[string, number]> = [];
  for (let at = path.resolve(import.meta.dirname, '../../../..'); ; at = path.dirname(at)) {
    const mode = statSync(at).mode & 0o7777;
    if (!(mode & 0o001)) {
      chmodSync(at, mode | 0o001);
      changed.push([at, mode]);
    }
    if (path.dirname(at) === at) break;
  }
  onTestFinished(() => {
    for (const [at, mode] of changed) chmodSync(at, mode);
  });
}

describe('a data file marked read-only in a writable folder', () => {
  it('opens to read like a read-only folder: list and export work, a change is refused, nothing is touched', async () => {
    const dir = await libraryWithReport();
    const db = path.join(dir, 'nianbao.db');
    chmodSync(db, 0o444);
    // Root may write whatever the mode bits say, so as root (this machine, CI's container) the real
    // CLI runs as an ordinary user (nobody), as the app does on a user's PC; the folder is theirs.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (process.getuid?.() === 0) {
      execFileSync('chown', ['-R', '65534:65534', path.dirname(dir)]);
      letOthersReachCheckout();
    }
    const before = sha(db);
    const filesBefore = readdirSync(dir).sort();
    const run = (args: string[]) =>
      runBin([...args, '--data-dir', dir], user).then(
        ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );

    const list = await run(['list']);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain('#1  2024年度');
    expect(list.err.trim()).toBe('提示：数据所在位置只读：可以查看和导出，不能修改。');
    const out = path.join(path.dirname(dir), '报告.docx');
    const exported = await run(['export', '1', '--out', out]);
    expect(exported.code, exported.err).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const refused = await run(['new', '--unit', '某乡人民政府', '--kind', 'township', '--year', '2025']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('错误：数据所在位置只读：可以查看和导出，不能修改。请取消 U 盘写保护或数据文件的「只读」属性');
    expect(refused.err.split(dir).join('')).not.toMatch(ENGLISH);
    // No -wal/-shm, no backup made beside it; the file is as it was.
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
    expect(sha(db)).toBe(before);

    chmodSync(db, 0o644);
    const again = await run(['list']);
    expect(again.err).toBe('');
    expect(again.out).toContain('#1  2024年度');
  });
});

// The data file's own read-only attribute set under the running app (see immutable.ts for why
// that is the immutable attribute here, and why a remount cannot stand in).
describe.skipIf(!canMakeImmutable())('a data file that turns read-only while the app runs (needs root on ext4: chattr +i)', () => {
  it('the failed save turns the app read-only with the banner\'s words; writes are refused, reading and export work; clearing the attribute lets the save through', async () => {
    const dir = path.join(tempDataDir(), 'data');
    const db = path.join(dir, 'nianbao.db');
    const files = dataFiles(db);
    const { session, report, sectionId, save } = await sessionWithSaved(dir);
    let locked = false;
    try {
      expect(await status(session)).toBeNull();

      setImmutable(files, true);
      locked = true;
      const typed = await save(TYPED);
      expect(!typed.ok && typed.error).toEqual({
        code: 'READ_ONLY',
        message: '数据所在位置只读：可以查看和导出，不能修改。刚才的修改没有保存，请取消 U 盘写保护或数据文件的「只读」属性后重试。已保存的内容不受影响。',
      });
      expect(await status(session)).toEqual({ reason: 'read-only', since: 'running', message: '数据所在位置只读：可以查看和导出，不能修改' });
      // Every write is refused before it reaches the file; reading, 审校 and export still answer.
      const refused = await dispatch(session.handlers, 'addSection', { reportId: report.id, parentId: null, afterId: sectionId, title: '新的一节' });
      expect(!refused.ok && refused.error.message).toBe('数据所在位置只读：可以查看和导出，不能修改。请取消 U 盘写保护或数据文件的「只读」属性后重试。（未作修改）');
      const open = await dispatch(session.handlers, 'openReport', { id: report.id });
      expect(open.ok && (open.value as Report).sections[0]!.body).toBe(SAVED);
      expect((await dispatch(session.handlers, 'checkReport', { id: report.id })).ok).toBe(true);
      const out = path.join(tempDataDir('导出'), '报告.docx');
      const exported = await dispatch(session.handlers, 'exportReport', { reportId: report.id, path: out });
      expect(exported.ok, !exported.ok ? exported.error.message : '').toBe(true);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
      // Still read-only: looking again changes nothing.
      expect(await status(session)).toMatchObject({ since: 'running' });

      setImmutable(files, false);
      locked = false;
      expect(await status(session)).toBeNull();
      expect((await save(TYPED)).ok).toBe(true);
    } finally {
      if (locked) setImmutable(files, false);
      await session.close();
    }
    expectStored(db, TYPED);
  });
});
