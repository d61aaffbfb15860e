// The worker that reads import files: runs from source here (through workerDev.mjs), queues
// files, survives refusals, and is terminated and replaced when a file takes too long.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportReader, resolveWorkerEntry } from '../../../../electron/services/import/reader';
import { AppError } from '../../../../shared/errors';
import { tempDataDir } from '../../../helpers/tempDir';
import { CORPUS_DIR, VALID_DIR } from './hostileCorpus';
import { minimalDocx } from './zipWriter';

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

/** A .docx of `n` varied paragraphs: large enough that mammoth needs a while. */
function bigDocx(n: number): Buffer {
  let seed = 7;
  const para = () => Array.from({ length: 200 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
  return minimalDocx(Array.from({ length: n }, para));
}

describe('ImportReader', () => {
  it('reads in a worker started from source, and reuses it for the next file', async () => {
    const r = reader();
    const first = await r.read('sample.docx', sampleDocx());
    expect(first.format).toBe('docx');
    expect(first.text).toContain('一、主要举措和成效');
    const second = await r.read('sample.doc', readFileSync(path.join(VALID_DIR, 'sample.doc')));
    expect(second.format).toBe('doc');
    expect(r.started).toBe(1);
  });

  it('keeps serving after a refusal, and queues files given at once', async () => {
    const r = reader();
    const results = await Promise.allSettled([
      r.read('zip-bomb.docx', readFileSync(path.join(CORPUS_DIR, 'zip-bomb.docx'))),
      r.read('sample.docx', sampleDocx()),
      r.read('a.txt', Buffer.from('一、主要举措和成效\n正文。')),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'IMPORT_UNSAFE' } });
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { format: 'docx' } });
    expect(results[2]).toMatchObject({ status: 'fulfilled', value: { format: 'txt', text: '一、主要举措和成效\n正文。' } });
    expect(r.started).toBe(1);
  });

  it('does not detach the caller’s buffer', async () => {
    const r = reader();
    const bytes = sampleDocx();
    await r.read('sample.docx', bytes);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes[0]).toBe(0x50);
  });

  it('terminates a worker that takes too long and starts a fresh one for the next file', async () => {
    const r = reader({ timeLimitMs: 300 });
    await r.read('warm.txt', Buffer.from('预热'));
    const started = Date.now();
    // Several times the limit's worth of work, so the limit is what ends it on any machine.
    const err = await r.read('big.docx', bigDocx(15000)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_TIMEOUT');
    expect((err as AppError).message).toContain('用时过长');
    expect(Date.now() - started).toBeLessThan(2000);
    const next = await r.read('a.txt', Buffer.from('正文'));
    expect(next.text).toBe('正文');
    expect(r.started).toBe(2);
  });

  it('leaves the main thread free while a large file is read', async () => {
    const r = reader();
    await r.read('warm.txt', Buffer.from('预热'));
    // Large enough that the read lasts well past 200 ms even now that only needed parts are inflated.
    const bytes = bigDocx(9000);
    let last = performance.now();
    let worstGap = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const result = await r.read('big.docx', bytes);
    const took = performance.now() - started;
    clearInterval(tick);
    expect(result.text.length).toBeGreaterThan(500_000);
    // The read itself takes far longer than any pause the main thread saw meanwhile.
    expect(took).toBeGreaterThan(200);
    expect(worstGap).toBeLessThan(took / 3);
  });

  it('refuses more than 50 MB without starting a worker', async () => {
    const r = reader();
    await expect(r.read('big.txt', new Uint8Array(50 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect(r.started).toBe(0);
  });

  it('finds the built worker next to the bundle or one folder up (shared chunk), else the source', () => {
    const dir = tempDataDir('worker entry');
    mkdirSync(path.join(dir, 'main', 'chunks'), { recursive: true });
    writeFileSync(path.join(dir, 'main', 'importWorker.js'), '');
    expect(resolveWorkerEntry(pathToFileURL(path.join(dir, 'main', 'main.js')).href)).toEqual({ file: path.join(dir, 'main', 'importWorker.js') });
    expect(resolveWorkerEntry(pathToFileURL(path.join(dir, 'main', 'chunks', 'store-x.js')).href)).toEqual({ file: path.join(dir, 'main', 'importWorker.js') });
    const fromSource = resolveWorkerEntry();
    expect(fromSource.file.endsWith('workerDev.mjs')).toBe(true);
    expect(fromSource.workerData?.entry.endsWith('/electron/services/import/worker.ts')).toBe(true);
    expect(() => resolveWorkerEntry(pathToFileURL(path.join(dir, 'elsewhere', 'x.js')).href)).toThrow(/找不到读取文件的组件/);
  });
});
