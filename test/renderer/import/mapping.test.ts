import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportPreviewEntry, ImportTarget } from '../../../shared/import/preview';
import { CUSTOM, DROP, conflicts, droppedSet, initialChoices, targetGroups, toMapping } from '../../../renderer/import/mapping';

const entry = (sourceIndex: number, level: 1 | 2, parentIndex: number | null, targetKey: string | null): ImportPreviewEntry => ({
  sourceIndex, sourceTitle: `标题${sourceIndex}`, level, parentIndex, targetKey, targetTitle: null, score: 1, chars: 10,
});
const preview = {
  entries: [entry(0, 1, null, 'achievements'), entry(1, 2, 0, 'achievements.functions'), entry(2, 2, 0, null), entry(3, 1, null, 'plans'), entry(4, 2, 3, 'achievements.custom#1')],
} as ImportPreview;

describe('import mapping choices', () => {
  it('starts from the proposal and sends every row explicitly', () => {
    const choices = initialChoices(preview);
    expect([...choices.values()]).toEqual(['achievements', 'achievements.functions', CUSTOM, 'plans', 'achievements.custom#1']);
    expect(toMapping(preview, choices)).toEqual([
      { sourceIndex: 0, targetKey: 'achievements', drop: false },
      { sourceIndex: 1, targetKey: 'achievements.functions', drop: false },
      { sourceIndex: 2, targetKey: null, drop: false },
      { sourceIndex: 3, targetKey: 'plans', drop: false },
      { sourceIndex: 4, targetKey: 'achievements.custom#1', drop: false },
    ]);
  });

  it('drops children with their parent and finds two rows on one section', () => {
    const choices = initialChoices(preview).set(3, DROP).set(2, 'achievements.functions');
    expect([...droppedSet(preview, choices)]).toEqual([3, 4]);
    expect(toMapping(preview, choices)[3]).toEqual({ sourceIndex: 3, targetKey: 'plans', drop: true });
    expect([...conflicts(preview, choices)]).toEqual([['achievements.functions', [1, 2]]]);
    // A dropped row no longer competes for its section.
    expect(conflicts(preview, choices.set(1, DROP)).size).toBe(0);
  });

  it('groups the targets: parts, then each area set, then the proposed own heading', () => {
    const t = (key: string, level: number, areaSet: ImportTarget['areaSet']): ImportTarget => ({ key, title: key, level, parentKey: null, areaSet, required: false });
    const groups = targetGroups([t('achievements', 1, null), t('duty', 1, null), t('achievements.functions', 2, 'outline2021')], new Map([['outline2021', '2021纲要八个方面']]), 'achievements.custom#1');
    expect(groups.map((g) => g.label)).toEqual(['模板的各部分', '第一部分小标题：2021纲要八个方面', '本单位的小标题']);
    expect(groups[2]!.options).toEqual([{ value: 'achievements.custom#1', label: '本单位小标题（第一部分下）' }]);
    expect(targetGroups([], new Map(), 'plans').length).toBe(1);
  });
});
