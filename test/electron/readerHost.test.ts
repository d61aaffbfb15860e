// The import reader as an Electron utility process. Electron cannot run here, so utilityProcess is
// a real forked Node process that has only what a utility process has — a process.parentPort
// (shell/fakeElectron.ts, parentPortShim.mjs) — and the real reader child runs in it: the options
// passed to utilityProcess.fork, the message routing both ways and the handling of a reader that
// dies are all exercised for real.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportReader } from '../../electron/services/import/reader';
import { VALID_DIR } from './services/import/hostileCorpus';
import { minimalDocx } from './services/import/zipWriter';

vi.mock('electron', async () => (await import('./shell/fakeElectron')).electronModule);
const { utilityProcess } = await import('./shell/fakeElectron');
const forkCalls = utilityProcess.forks;

const { utilityReader } = await import('../../electron/readerHost');

const readers: ImportReader[] = [];
afterEach(async () => {
  while (readers.length) await readers.pop()!.close();
});

describe('utilityReader', () => {
  it('starts the reader as a utility process with a heap limit and reads files and pastes through parentPort', async () => {
    const r = new ImportReader({ spawn: utilityReader(), heapMb: 256 });
    readers.push(r);
    const docx = await r.read({ fileName: 'sample.docx', bytes: readFileSync(path.join(VALID_DIR, 'sample.docx')) });
    expect(docx.format).toBe('docx');
    expect(docx.parsed.year).toBe(2024);
    const pasted = await r.read({ fileName: '粘贴的文字', text: '一、主要举措和成效\n正文。' });
    expect(pasted.parsed.sections[0]?.title).toBe('主要举措和成效');
    expect(forkCalls).toHaveLength(1);
    const call = forkCalls[0]!;
    expect(call.options.execArgv).toEqual(['--max-old-space-size=256']);
    expect(call.options.stdio[0]).toBe('ignore');
    expect(call.options.serviceName).toBe('nianbao-import-reader');
    expect(call.args[0]).toMatch(/readerChild\.ts$/);
  });

  it('turns a utility process that runs out of memory into a refusal, and starts a new one', async () => {
    const r = new ImportReader({ spawn: utilityReader(), heapMb: 24 });
    readers.push(r);
    // 1.6 million characters of mammoth's document model: far more than 24 MB of heap.
    const big = minimalDocx(Array.from({ length: 8000 }, (_, i) => `第${i}段，依法行政。`.repeat(25)));
    await expect(r.read({ fileName: 'big.docx', bytes: big })).rejects.toMatchObject({ code: 'IMPORT_UNSAFE' });
    const next = await r.read({ fileName: 'a', text: '正文' });
    expect(next.parsed.opening).toBe('正文');
    expect(r.started).toBe(2);
  });
});
