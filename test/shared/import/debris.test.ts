import { describe, expect, it } from 'vitest';
import { dropDebris, isWidgetLine } from '../../../shared/import/debris';
import { parseReportText } from '../../../shared/import/parseText';

describe('isWidgetLine', () => {
  it.each([
    '2023年11月5日 星期天',
    '发布时间:2024-03-14 14:05:00     来源:盘龙彝族乡人民政府 阅读次数:1864',
    '字体:【 默认 超大',
    '【字体：大 中 小】',
    '【大】【中】【小】',
    '分享:',
    '分享到：',
    '【打印】【关闭】',
    '打印本页 关闭窗口',
    '日期:2021-06-07',
    '来源：XX县人民政府办公室',
    '当前位置：首页 > 政务公开 > 法治政府建设',
    '首页 > 政务公开',
    '版权所有:重庆市武隆区人民政府 主办单位:重庆市武隆区人民政府办公室',
    '网站标识码:5002320015 ICP备案:渝ICP备11006838号-1 渝公网安备 50023202000180号',
    '联系方式:0750-5524538邮件:ts686@126.com',
    '您访问的链接即将离开“白沙镇人民政府”门户网站 是否继续?',
    '上一篇：关于印发…的通知',
  ])('drops 「%s」', (line) => {
    expect(isWidgetLine(line)).toBe(true);
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
    expect(isWidgetLine(line)).toBe(false);
  });
});

describe('dropDebris', () => {
  const content = (line: string) => /^[一二三四五六七八九十]+、/.test(line);

  it('drops a long copyright notice only from the tail', () => {
    const notice = '凡本网注明"稿件来源:XX政府网"的所有文字,版权均属XX政府网所有,未经本网授权不得转载。'.repeat(3);
    const lines = ['一、工作开展情况', notice, '正文。', notice];
    const { kept, dropped } = dropDebris(lines, content);
    expect(kept).toEqual(['一、工作开展情况', notice, '正文。']);
    expect(dropped).toEqual([notice]);
  });

  it('stops the tail walk at report content', () => {
    const { kept } = dropDebris(['一、存在问题', '版权意识不强，转载他人稿件未经授权。'.repeat(5)], content);
    expect(kept).toHaveLength(2);
  });
});

describe('joint signature', () => {
  it('keeps both the 党委 and the 政府 line and takes the unit from the 政府', () => {
    const p = parseReportText(
      ['一、工作开展情况', '正文。', '中共XX镇委员会', 'XX县XX镇人民政府', '2024年12月20日'].join('\n'),
    );
    expect(p.signatureName).toBe('中共XX镇委员会\nXX县XX镇人民政府');
    expect(p.unitName).toBe('XX县XX镇人民政府');
    expect(p.sections[0]!.body).toBe('正文。');
  });
});
