// Reports for the main-side checks tests, written into a real SQLite file through the store API:
// a seed as an import would save it, and a short clean report with no 错误.
import type { Store } from '../../../../electron/services/store';
import type { NewSection } from '../../../../electron/services/reports/reportRepo';
import type { Report } from '../../../../shared/types';
import { seedMappedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';

export function storeSeed(store: Store, i: number): Report {
  return storeReport(store, seedMappedReport(i));
}

/** A complete township report for 2024 without any 错误 (all five parts, 署名, 日期). */
export function storeCleanReport(store: Store): Report {
  const body = (text: string) => `${text}`.repeat(3);
  const sections: NewSection[] = [
    { parentIndex: null, level: 1, templateKey: 'achievements', title: '2024年度推进法治政府建设的主要举措和成效', required: true },
    { parentIndex: 0, level: 2, templateKey: 'achievements.functions', title: '依法全面履行政府职能', body: body('2024年，我镇严格按照权责清单履行职责，推行行政执法公示制度，执法全过程记录。'), required: false },
    { parentIndex: null, level: 1, templateKey: 'duty', title: '党政主要负责人履行推进法治建设第一责任人职责情况', body: body('党委书记带头学法，主持召开专题会议研究法治建设工作，及时解决重大问题。'), required: true },
    { parentIndex: null, level: 1, templateKey: 'problems', title: '存在的不足和原因', body: body('一是普法形式较为单一；二是执法人员力量不足，专业化水平有待提高。'), required: true },
    { parentIndex: null, level: 1, templateKey: 'plans', title: '2025年度推进法治政府建设的主要安排', body: body('2025年，我镇将继续加强执法队伍建设，提高依法行政能力。'), required: true },
    { parentIndex: null, level: 1, templateKey: 'other', title: '其他需要报告的情况', body: '无。', required: false },
  ];
  return store.reports.create({
    unit: { fullName: '某某镇人民政府', kind: 'township', superior: '某某县人民政府' },
    year: 2024,
    templateId: 'township',
    templateVersion: 1,
    title: '某某镇人民政府关于2024年度法治政府建设情况的报告',
    addressee: '某某县人民政府',
    opening: '',
    closing: '',
    signatureName: '某某镇人民政府',
    signatureDate: '2024年12月20日',
    sections,
  });
}
