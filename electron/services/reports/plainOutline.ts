// The outline a report gets when no template is chosen: the five parts of the 督察规定 art. 25.
import type { NewSection } from './reportRepo';

export const PLAIN_OUTLINE_ID = 'plain';

export function plainOutline(): NewSection[] {
  const parts: Array<[string, boolean]> = [
    ['主要举措和成效', true],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', true],
    ['存在的不足和原因', true],
    ['下一年度推进法治政府建设的主要安排', true],
    ['其他需要报告的情况', true],
  ];
  return parts.map(([title, required]) => ({ parentIndex: null, level: 1, templateKey: null, title, required }));
}
