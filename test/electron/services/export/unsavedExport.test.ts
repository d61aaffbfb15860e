// Export with the editor's unsaved text (the data's medium refused it): the file has that text,
// the data file stays byte for byte as it was, and text that is not the report's is refused.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import type { Handlers } from '../../../../electron/services/api/dispatch';
import type { Store } from '../../../../electron/services/store';
import { dispatchCalls } from '../../../helpers/calls';
import { tempDataDir, tempStore } from '../../../helpers/tempDir';
import { paragraphs, unpackDocx } from './ooxml';

let store: Store;
let handlers: Handlers;

const { call, failure } = dispatchCalls(() => handlers);

/** The data file and its write-ahead log, as bytes on disk. */
function dataHash(): string {
  const hash = createHash('sha256');
  for (const file of [store.dbPath, `${store.dbPath}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

async function makeReport(year = 2025) {
  const created = await call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year });
  const first = created.sections.find((s) => s.level === 2)!;
  await call('saveSectionText', { id: first.id, body: '已保存的旧文字。' });
  return { report: created, sectionId: first.id };
}

beforeEach(async () => {
  store = await tempStore();
  // No desktop: any path may be written and no folder is remembered (as the CLI), so only the
  // export itself could touch the data file.
  handlers = createHandlers(store, handlerEnv('test'));
});

describe('export with unsaved editor text', () => {
  it('writes the unsaved text into the file and leaves the data file byte-identical', async () => {
    const { report, sectionId } = await makeReport();
    const before = dataHash();
    const target = path.join(tempDataDir('导出'), '报告.docx');
    const unsaved = { sections: [{ id: sectionId, body: '写保护U盘上刚打的字\r\n第二段\u0007。' }], fields: { addressee: '石林县人民政府' } };

    const preview = await call('exportPreview', { reportId: report.id, unsaved });
    expect(preview.totalChars).toBeGreaterThan(0);
    const result = await call('exportReport', { reportId: report.id, path: target, unsaved });
    expect(result.warning).toBeNull();

    const texts = paragraphs((await unpackDocx(readFileSync(target))).document).map((p) => p.text);
    // Through the same layer as autosave: the XML-illegal BEL is gone, CRLF is one line break.
    expect(texts).toContain('写保护U盘上刚打的字');
    expect(texts).toContain('第二段。');
    expect(texts).toContain('石林县人民政府：');
    expect(texts.join('\n')).not.toContain('已保存的旧文字');
    expect(dataHash()).toBe(before);
    expect((await call('openReport', { id: report.id })).sections.find((s) => s.id === sectionId)!.body).toBe('已保存的旧文字。');
  });

  it('refuses a section of another report, and text over the autosave limit, in Chinese', async () => {
    const { report } = await makeReport(2025);
    const other = await makeReport(2024);
    const target = path.join(tempDataDir('导出'), '报告.docx');
    const before = dataHash();

    const foreign = await failure('exportReport', { reportId: report.id, path: target, unsaved: { sections: [{ id: other.sectionId, body: '别的报告' }] } });
    expect(foreign.code).toBe('BAD_INPUT');
    expect(foreign.message).toMatch(/不属于这份报告/);
    expect(existsSync(target)).toBe(false);
    const foreignPreview = await failure('exportPreview', { reportId: report.id, unsaved: { sections: [{ id: other.sectionId, body: '别的报告' }] } });
    expect(foreignPreview.message).toMatch(/不属于这份报告/);

    const tooLong = await failure('exportReport', { reportId: report.id, path: target, unsaved: { sections: [{ id: other.sectionId, body: '字'.repeat(500_001) }] } });
    expect(tooLong.code).toBe('BAD_INPUT');
    const headingStyle = await failure('exportPreview', { reportId: report.id, unsaved: { fields: { headingStyle: 'numbered' } } as never });
    expect(headingStyle.code).toBe('BAD_INPUT');
    expect(dataHash()).toBe(before);
  });
});
