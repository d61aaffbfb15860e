import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/text/edits';
import { findAll, matchAfter, replaceEdits, reportField, reportTexts } from '../../../shared/text/findReplace';
import type { Section } from '../../../shared/types';

const section = (id: number, title: string, body: string): Section => ({
  id, reportId: 1, parentId: null, position: id, level: 1, templateKey: null, title, body, status: 'draft', notApplicable: null, checkedPoints: [], required: false, updatedAt: '',
});
const report = {
  title: '关于2024年度法治政府建设情况的报告', addressee: '县人民政府', opening: '2024年，我乡……',
  closing: '', signatureName: '盘龙彝族乡人民政府', signatureDate: '2024年12月31日',
  sections: [section(7, '一、2024年主要举措', '2024年开展宣传52次，2024年调解纠纷。'), section(9, '二、存在的不足', '无。')],
};

describe('find and replace over a report', () => {
  it('lists every text in reading order and finds each occurrence once', () => {
    const texts = reportTexts(report);
    expect(texts.map((t) => `${t.sectionId ?? '-'}:${t.field}`)).toEqual([
      '-:reportTitle', '-:addressee', '-:opening', '7:title', '7:body', '9:title', '9:body', '-:closing', '-:signatureName', '-:signatureDate',
    ]);
    const found = findAll(texts, '2024年');
    expect(found.map((m) => `${m.sectionId ?? '-'}:${m.field}@${m.from}`)).toEqual([
      '-:reportTitle@2', '-:opening@0', '7:title@2', '7:body@0', '7:body@13', '-:signatureDate@0',
    ]);
    // Overlapping occurrences count once, left to right; an empty query finds nothing.
    expect(findAll([{ sectionId: null, field: 'opening', text: 'aaaa' }], 'aa').map((m) => m.from)).toEqual([0, 2]);
    expect(findAll(texts, '')).toEqual([]);
  });

  it('replaces every match of one text, and continues after a replacement that contains the query', () => {
    const texts = reportTexts(report);
    const found = findAll(texts, '2024年');
    const body = { sectionId: 7, field: 'body' as const };
    expect(applyEdits(report.sections[0]!.body, replaceEdits(found, body, '2025年'))).toBe('2025年开展宣传52次，2025年调解纠纷。');
    // 「2024年」 → 「2024年度」 still holds the query: find goes on after the replaced text.
    const grown = reportTexts({ ...report, sections: [section(7, '一、2024年主要举措', '2024年度开展宣传52次，2024年调解纠纷。'), report.sections[1]!] });
    const again = findAll(grown, '2024年');
    expect(again[matchAfter(again, grown, body, '2024年度'.length)]).toMatchObject({ sectionId: 7, field: 'body', from: 14 });
    // Past the last match it wraps to the first.
    expect(matchAfter(again, grown, { sectionId: null, field: 'signatureDate' }, 99)).toBe(0);
  });

  it('tells report fields from section texts', () => {
    expect(reportField({ sectionId: null, field: 'opening' })).toBe('opening');
    expect(reportField({ sectionId: 7, field: 'body' })).toBeNull();
    expect(reportField(null)).toBeNull();
  });
});
