// Every text field that reaches an export, filled with each class of XML-illegal characters, two
// ways: through the API contract (where they are removed on the way in) and written straight into
// the SQLite file (text stored before the contract removed them, or by another tool), where the
// export model removes them. Every .docx must pass the OOXML validator and keep the field's text.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATCH_COLUMNS } from '../../../../electron/services/reports/reportRepo';
import { docxProblemsAll } from '../../../helpers/docxValidity';
import { tempDataDir } from '../../../helpers/tempDir';
import { apiHarness } from '../import/importHarness';

const CLASSES: Record<string, string> = {
  'C0 controls': '\u0000\u0001\u0008\u000b\u000c\u001b\u001f',
  'U+FFFE and U+FFFF': '\uFFFE\uFFFF',
  'noncharacters U+FDD0–U+FDEF': '\uFDD0\uFDEF',
  'a plane-1 noncharacter (U+1FFFE)': '\u{1FFFE}',
  'a lone high surrogate': '\uD800',
  'a lone low surrogate': '\uDC00',
};

/** 「<field>甲<bad>乙」: what must survive is 「<field>甲乙」. */
const dirty = (field: string, bad: string) => `${field}甲${bad}乙`;
const clean = (field: string) => `${field}甲乙`;

const REPORT_FIELDS = ['title', 'addressee', 'opening', 'closing', 'signatureName', 'signatureDate'] as const;

async function documentText(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

async function exportOf(api: Awaited<ReturnType<typeof apiHarness>>, reportId: number): Promise<Uint8Array> {
  const out = path.join(tempDataDir(), '报告.docx');
  await api.call('exportReport', { reportId, path: out });
  return readFileSync(out);
}

describe('XML-illegal characters in every exported field', () => {
  it('through the contract and stored raw: every export validates and keeps the text', async () => {
    const api = await apiHarness();
    const files: Uint8Array[] = [];
    const labels: string[] = [];
    const missing: string[] = [];

    for (const [name, bad] of Object.entries(CLASSES)) {
      // Through the contract: create, patch every field, write every section text.
      const report = await api.call('createReport', { unit: { fullName: dirty(`单位${Object.keys(CLASSES).indexOf(name)}`, bad), kind: 'township', signatureName: dirty('署名', bad) }, year: 2024 });
      await api.call('updateReport', { id: report.id, patch: Object.fromEntries(REPORT_FIELDS.map((f) => [f, dirty(f, bad)])) });
      const [first, second] = report.sections.filter((s) => s.parentId !== null);
      await api.call('updateSection', { id: first!.id, title: dirty('sectionTitle', bad) });
      await api.call('saveSectionText', { id: first!.id, body: `${dirty('body', bad)}\n第二段${bad}。` });
      await api.call('updateSection', { id: second!.id, notApplicable: dirty('notApplicable', bad) });
      const added = await api.call('addSection', { reportId: report.id, parentId: first!.parentId, afterId: first!.id, title: dirty('addedTitle', bad) });
      // An empty section is left out of the export: give it a line.
      await api.call('saveSectionText', { id: added.id, body: `新增${bad}。` });
      files.push(await exportOf(api, report.id));
      labels.push(`contract, ${name}`);

      // Stored raw, past the contract: the export model must clean them itself.
      const raw = await api.call('createReport', { unit: { fullName: `原始单位${Object.keys(CLASSES).indexOf(name)}`, kind: 'township' }, year: 2023 });
      const db = api.store.db;
      for (const f of REPORT_FIELDS) db.prepare(`UPDATE reports SET ${PATCH_COLUMNS[f]} = ? WHERE id = ?`).run(dirty(f, bad), raw.id);
      db.prepare('UPDATE units SET full_name = ? WHERE id = ?').run(dirty(`unit${Object.keys(CLASSES).indexOf(name)}`, bad), raw.unit.id);
      const [rawFirst, rawSecond] = raw.sections.filter((s) => s.parentId !== null);
      db.prepare('UPDATE sections SET title = ?, body = ? WHERE id = ?').run(dirty('sectionTitle', bad), `${dirty('body', bad)}\n第二段${bad}。`, rawFirst!.id);
      db.prepare('UPDATE sections SET not_applicable = ? WHERE id = ?').run(dirty('notApplicable', bad), rawSecond!.id);
      files.push(await exportOf(api, raw.id));
      labels.push(`stored raw, ${name}`);
    }

    for (const [i, file] of files.entries()) {
      const text = await documentText(file);
      // A lone surrogate cannot be UTF-8: the driver writes its three bytes, read back as U+FFFD each.
      const survived = (f: string) => text.includes(clean(f)) || (/stored raw, a lone/.test(labels[i]!) && text.includes(`${f}甲\uFFFD\uFFFD\uFFFD乙`));
      for (const f of ['title', 'opening', 'closing', 'signatureDate', 'sectionTitle', 'body', 'notApplicable']) {
        if (!survived(f)) missing.push(`${labels[i]}: ${f}`);
      }
      if (labels[i]!.startsWith('contract') && !text.includes(clean('addedTitle'))) missing.push(`${labels[i]}: addedTitle`);
    }
    expect(missing).toEqual([]);
    expect(await docxProblemsAll(files, (i) => labels[i]!)).toEqual([]);
  }, 300_000);
});
