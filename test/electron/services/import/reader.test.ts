// The reader process that reads import files and pastes: runs from source here (through
// readerDev.mjs, forked), queues requests, survives refusals, is killed and replaced when a
// request takes too long, and dies alone — never taking the caller with it — when it runs out of
// memory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportReader } from '../../../../electron/services/import/reader';
import { forkReader, resolveReaderEntry } from '../../../../electron/services/import/readerProcess';
import { logDir, openLog } from '../../../../electron/services/log';
import { AppError } from '../../../../shared/errors';
import { tempDataDir } from '../../../helpers/tempDir';
import { CORPUS_DIR, VALID_DIR } from './hostileCorpus';
import { bigDocx } from './zipWriter';

const readers: ImportReader[] = [];
function reader(options?: ConstructorParameters<typeof ImportReader>[0]): ImportReader {
  const r = new ImportReader(options);
  readers.push(r);
  return r;
}
afterEach(async () => {
  while (readers.length) await readers.pop()!.close();
});

const sampleDocx = () => readFileSync(path.join(VALID_DIR, 'sample.docx'));
const file = (fileName: string, bytes: Uint8Array) => ({ fileName, bytes });

describe('ImportReader', () => {
  it('reads in a process started from source, and reuses it for the next file and paste', async () => {
    const r = reader();
    const first = await r.read(file('sample.docx', sampleDocx()));
    expect(first.format).toBe('docx');
    expect(first.parsed.sections.map((s) => s.title)).toContain('主要举措和成效');
    // Where the time went, as the reader process measured it, inside the round trip.
    const times = r.lastTimes!;
    expect(times.readMs).toBeGreaterThan(0);
    expect(times.recogniseMs).toBeGreaterThan(0);
    expect(times.cpuMs).toBeGreaterThan(0);
    expect(times.roundTripMs).toBeGreaterThanOrEqual(times.readMs + times.recogniseMs);
    const second = await r.read(file('sample.doc', readFileSync(path.join(VALID_DIR, 'sample.doc'))));
    expect(second.format).toBe('doc');
    const pasted = await r.read({ fileName: '粘贴的文字', text: '一、主要举措和成效\n正文。' });
    expect(pasted).toMatchObject({ format: 'paste', encoding: null, parsed: { sections: [{ title: '主要举措和成效', body: '正文。' }] } });
    expect(r.started).toBe(1);
  });

  it('keeps serving after a refusal, and queues requests given at once', async () => {
    const r = reader();
    const results = await Promise.allSettled([
      r.read(file('zip-bomb.docx', readFileSync(path.join(CORPUS_DIR, 'zip-bomb.docx')))),
      r.read(file('sample.docx', sampleDocx())),
      r.read(file('a.txt', Buffer.from('一、主要举措和成效\n正文。'))),
      r.read({ fileName: '粘贴的文字', text: ' \n\u3000' }),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'IMPORT_UNSAFE' } });
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { format: 'docx' } });
    expect(results[2]).toMatchObject({ status: 'fulfilled', value: { format: 'txt', encoding: 'utf-8', parsed: { sections: [{ body: '正文。' }] } } });
    expect(results[3]).toMatchObject({ status: 'rejected', reason: { code: 'IMPORT_EMPTY' } });
    expect(r.started).toBe(1);
  });

  it('leaves the caller’s buffer as it was', async () => {
    const r = reader();
    const bytes = sampleDocx();
    const copy = Buffer.from(bytes);
    await r.read(file('sample.docx', bytes));
    expect(bytes.equals(copy)).toBe(true);
  });

  it('kills a process that takes too long and starts a fresh one for the next request', async () => {
    const r = reader({ timeLimitMs: 300 });
    await r.read({ fileName: 'warm', text: '预热' });
    // Several times the limit's worth of work, so the limit is what ends it on any machine. The
    // code proves the limit ended it (a finished read resolves); how soon is the bench's
    // (test/bench/cases/readerLimits.ts, reader-timeout).
    const err = await r.read(file('big.docx', bigDocx(15000))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_TIMEOUT');
    expect((err as AppError).message).toContain('用时过长');
    const next = await r.read({ fileName: 'a', text: '正文' });
    expect(next.parsed.opening).toBe('正文');
    expect(r.started).toBe(2);
  });

  it('refuses a file that exhausts the process’s memory; the caller and the next request are unharmed', async () => {
    // A heap far below what this file needs: V8 aborts the reader process, as a crafted file would.
    const r = reader({ heapMb: 24 });
    const err = await r.read(file('big.docx', bigDocx(8000))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_UNSAFE');
    expect((err as AppError).message).toContain('内存限制');
    const next = await r.read({ fileName: 'a', text: '一、总体情况\n正文。' });
    expect(next.parsed.sections).toHaveLength(1);
    expect(r.started).toBe(2);
  });

  it('reads a large file whole while the main thread runs on', async () => {
    const r = reader();
    await r.read({ fileName: 'warm', text: '预热' });
    const bytes = bigDocx(9000);
    // A read on the main thread would finish before the timer's turn; in the reader process it
    // cannot. How long the main thread may pause meanwhile is the bench's
    // (test/bench/cases/readerLimits.ts, reader-main-thread).
    const order: string[] = [];
    const timer = new Promise<void>((done) => setTimeout(() => done(void order.push('main thread')), 0));
    const result = await r.read(file('big.docx', bytes)).finally(() => order.push('read'));
    await timer;
    expect(order).toEqual(['main thread', 'read']);
    expect(result.parsed.opening.length).toBeGreaterThan(500_000);
  });

  it('refuses more than 50 MB in the reader, with the size message', async () => {
    const r = reader();
    await expect(r.read(file('big.txt', new Uint8Array(50 * 1024 * 1024 + 1)))).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
  });

  it('a reader that cannot start (a program file missing or broken) is a program error, logged — not a bad file', async () => {
    const dir = tempDataDir('reader broken');
    const broken = path.join(dir, 'importReader.cjs');
    writeFileSync(broken, "require('mammoth-that-was-not-packed');\n");
    const log = openLog(logDir(dir));
    const r = reader({ spawn: forkReader({ file: broken, args: [] }), log });
    const err = await r.read(file('sample.docx', sampleDocx())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INTERNAL');
    expect((err as AppError).message).toMatch(/读取文件的组件无法启动.*不是所选文件的问题/);
    expect(readFileSync(log.file!, 'utf8')).toMatch(/ERROR reader-start-failed .*mammoth-that-was-not-packed/);
  });

  it('finds the built reader beside the bundle (called from out/main or a shared chunk), else the source', () => {
    const dir = tempDataDir('reader entry');
    mkdirSync(path.join(dir, 'main', 'chunks'), { recursive: true });
    mkdirSync(path.join(dir, 'reader'));
    writeFileSync(path.join(dir, 'reader', 'importReader.cjs'), '');
    const built = { file: path.join(dir, 'reader', 'importReader.cjs'), args: [] };
    expect(resolveReaderEntry(pathToFileURL(path.join(dir, 'main', 'main.js')).href)).toEqual(built);
    expect(resolveReaderEntry(pathToFileURL(path.join(dir, 'main', 'chunks', 'store-x.js')).href)).toEqual(built);
    const fromSource = resolveReaderEntry();
    expect(fromSource.file.endsWith('readerDev.mjs')).toBe(true);
    expect(fromSource.args[0]?.endsWith('/electron/services/import/readerChild.ts')).toBe(true);
    expect(() => resolveReaderEntry(pathToFileURL(path.join(dir, 'a', 'b', 'c', 'x.js')).href)).toThrow(/找不到读取文件的组件/);
  });
});
