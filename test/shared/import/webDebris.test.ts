// Web debris, one ordered table of rules read in simplified script: widgets and prompts wherever
// they stand, header-only and tail-only kinds where they belong, report text never.
import { describe, expect, it } from 'vitest';
import { cleanPastedText, debrisRule, splitDebris } from '../../../shared/import/webDebris';
import { parseReportText } from '../../../shared/import/parseText';

describe('debrisRule', () => {
  it.each([
    '2023年11月5日 星期天',
    '发布时间:2024-03-14 14:05:00     来源:盘龙彝族乡人民政府 阅读次数:1864',
    '發布時間:2025-12-31 16:33 信息來源:辰溪縣小龍門鄉',
    '湘潭縣人民政府門戶網(wǎng)站 www.yqfq.com.cn 發(fā)布時間:2025-12-24 11:51',
    '字体:【 默认 超大',
    '【字体：大 中 小】',
    '【打印】 【字体:',
    '• 字体【      】',
    '【大】【中】【小】',
    '分享:',
    '- 分享到 :',
    '【打印】【关闭】',
    '打印本页 关闭窗口',
    '日期:2021-06-07',
    '来源：XX县人民政府办公室',
    '- [ 索引号 ] 11500229768895163R/2026-00004',
    '索引号\t11500229768895163R/2026-00004',
    '• 名 称:2021年法治政府建设工作情况报告',
    '当前位置：首页 > 政务公开 > 法治政府建设',
    '7首页 > 政务公开 > 年度法治政府建设情况报告',
    '首页 > 政务公开',
    '您访问的链接即将离开“白沙镇人民政府”门户网站 是否继续?',
    '公文汇 www.gongwenhui.com',
    '适老化 无障碍浏览',
  ])('drops 「%s」 anywhere', (line) => {
    expect(debrisRule(line, 'anywhere')).not.toBeNull();
  });

  it.each([
    ['| 索引号 | 620721125/2026-00002 | 发文字号 | 肃林草发〔2026〕6号 |', 'header'],
    ['|---|---|---|---|', 'header'],
    ['湛江市廉江市良垌镇人民政府信息公开', 'header'],
    ['搜索位置', 'header'],
    ['大', 'header'],
    ['海滨街2020年法治政府建设情况.docx', 'header'],
    ['雷东府〔2025〕26号', 'header'],
    ['相關詞條', 'tail'],
    ['版权所有:重庆市武隆区人民政府 主办单位:重庆市武隆区人民政府办公室', 'tail'],
    ['上一篇：关于印发…的通知', 'tail'],
  ] as const)('drops 「%s」 in the %s only', (line, zone) => {
    expect(debrisRule(line, zone)).not.toBeNull();
    expect(debrisRule(line, 'anywhere')).toBeNull();
  });

  it.each([
    '一、工作开展情况',
    '（五）重大突发事件依法预防处置。',
    '3.推进适老化改造和无障碍环境建设',
    '1、打印发放宣传资料2000份',
    '2020年12月14日',
    '台山市白沙镇人民政府',
    '区政府:',
    '在政府网站公开信息120条，本网站访问量持续增加。',
    '分享经验做法，推广先进典型。',
    '依托“八五”普法及普法强基补短板专项行动工作，多形式宣传。',
  ])('keeps 「%s」', (line) => {
    expect(debrisRule(line, 'header')).toBeNull();
    expect(debrisRule(line, 'tail')).toBeNull();
  });
});

describe('splitDebris', () => {
  const content = (line: string) => /^[一二三四五六七八九十]+、/.test(line);

  it('drops a long copyright notice only from the tail', () => {
    const notice = '凡本网注明"稿件来源:XX政府网"的所有文字,版权均属XX政府网所有,未经本网授权不得转载';
    const { kept, dropped } = splitDebris(['一、工作开展情况', notice, '正文。', '相关词条', notice], content);
    expect(kept).toEqual(['一、工作开展情况', notice, '正文。']);
    expect(dropped).toEqual(['相关词条', notice]);
  });

  it('stops the tail walk at report content', () => {
    const { kept } = splitDebris(['一、存在问题', '版权意识不强，转载他人稿件未经授权。'.repeat(5)], content);
    expect(kept).toHaveLength(2);
  });
});

describe('cleanPastedText', () => {
  it('takes a page’s prompts and widgets out of a paste and keeps the rest exactly', () => {
    const pasted = '全年调解矛盾纠纷32件。\r\n您访问的链接即将离开“XX县人民政府”门户网站 是否继续？\r\n继续访问 放弃\r\n\r\n  成功率100%。';
    const cleaned = cleanPastedText(pasted);
    expect(cleaned.text).toBe('全年调解矛盾纠纷32件。\n\n  成功率100%。');
    expect(cleaned.dropped).toEqual(['您访问的链接即将离开“XX县人民政府”门户网站 是否继续？', '继续访问 放弃']);
    expect(cleanPastedText('全年调解矛盾纠纷32件。\r\n成功率100%。')).toEqual({ text: '全年调解矛盾纠纷32件。\r\n成功率100%。', dropped: [] });
  });
});

describe('joint signature', () => {
  it('keeps both the 党委 and the 政府 line and takes the unit from the 政府', () => {
    const p = parseReportText(['一、工作开展情况', '正文。', '中共XX镇委员会', 'XX县XX镇人民政府', '2024年12月20日'].join('\n'));
    expect(p.signatureName).toBe('中共XX镇委员会\nXX县XX镇人民政府');
    expect(p.unitName).toBe('XX县XX镇人民政府');
    expect(p.sections[0]!.body).toBe('正文。');
  });
});
