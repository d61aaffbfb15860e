// A small valid template as plain JSON data, for tests that break it one field at a time.

function area(key: string, title: string) {
  return {
    key,
    title,
    level: 2,
    // Areas of part one are guidance, never required (design.md).
    required: false,
    guidance: '写本年度的做法。用数字说明成效。',
    keyPoints: [{ id: 'numbers', text: '用数字说明成效' }],
    samples: [{ text: '今年共开展普法活动12场。', source: { unit: '某乡', year: 2024, seed: '000' } }],
    figures: [{ label: '普法活动', unit: '场' }],
    typicalChars: { min: 20, max: 400 },
    children: [],
  };
}

function part(key: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    key,
    title,
    level: 1,
    required: true,
    guidance: '按要求填写。写具体的事。',
    keyPoints: [] as Array<{ id: string; text: string }>,
    samples: [] as unknown[],
    figures: [] as unknown[],
    typicalChars: { min: 30, max: 800 },
    children: [],
    ...extra,
  };
}

export function minimalTemplate() {
  return {
    id: 'mini',
    version: 2,
    name: '测试模板',
    description: '只用于测试。',
    unitKinds: ['township'],
    titlePattern: '{单位}关于{年度}年度法治政府建设情况的报告',
    addresseeHint: '上级机关。',
    opening: '{年度}年，{单位简称}在{上级机关}的正确领导下推进工作。',
    closing: '{下一年度}年将继续努力。特此报告。',
    sections: [
      part('achievements', '主要举措和成效'),
      part('duty', '第一责任人职责', {
        keyPoints: [
          { id: 'study', text: '带头学法' },
          { id: 'report', text: '年终述法' },
        ],
      }),
      part('plans', '{下一年度}年主要安排'),
      part('other', '其他需要报告的情况', { mayBeNone: true }),
      { ...part('notes', '附记'), required: false },
    ],
    areaParent: 'achievements',
    areaSets: [
      {
        id: 'outline2021',
        name: '八个方面',
        description: '按纲要。',
        default: true,
        areas: [area('achievements.functions', '依法履职'), area('achievements.rules', '制度建设')],
      },
      {
        id: 'outline2015',
        name: '七个方面',
        description: '按旧纲要。',
        areas: [area('achievements.o2015.functions', '依法全面履行政府职能')],
      },
      {
        id: 'custom',
        name: '自定标题',
        description: '本单位自拟。',
        areas: [area('achievements.custom', '自定标题')],
      },
    ],
  };
}
