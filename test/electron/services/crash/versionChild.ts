// Crash-test child for versions (bundled by harness.ts, run as `node versionChild.mjs <dataDir>`).
// Says `loaded`, waits for `go <n>`, opens the store as the app does, and on first run writes the
// report in state A, keeps it as version 「甲」, rewrites it into state B (three sections edited,
// one deleted, one added, the opening changed) and keeps that as 「乙」. Then it loops for ever:
// restore 「甲」, save a version, restore 「乙」, save a version… printing `committed restore <X>`
// and `committed version <count>` after each call returns. The parent kills it with SIGKILL.
import { openStore } from '../../../../electron/services/store';
import { awaitGo, say } from './childProtocol';
import { bodyFor } from './payload';

const { dataDir, first } = await awaitGo('versionChild.ts');

const store = await openStore({ dataDir });
let report = store.reports.list()[0];
if (!report) {
  const created = store.reports.create({
    unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' },
    year: 2025, templateId: 'plain', templateVersion: 1, title: '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告',
    addressee: '县人民政府：', opening: '2025年，我乡坚持依法行政。', closing: '', signatureName: '盘龙彝族乡人民政府', signatureDate: '',
    sections: [
      { parentIndex: null, level: 1, templateKey: null, title: '主要举措和成效', required: true },
      { parentIndex: 0, level: 2, templateKey: null, title: '依法全面履行政府职能', body: bodyFor(2, 3), required: false },
      { parentIndex: 0, level: 2, templateKey: null, title: '严格规范公正文明执法', body: bodyFor(3, 4), required: false },
      { parentIndex: 0, level: 2, templateKey: null, title: '依法化解社会矛盾纠纷', body: bodyFor(4, 2), required: false },
      { parentIndex: null, level: 1, templateKey: null, title: '存在的不足和原因', body: bodyFor(5, 1), required: true },
      { parentIndex: null, level: 1, templateKey: null, title: '下一年度主要安排', body: bodyFor(6, 3), required: true },
    ],
  });
  store.versions.save(created.id, 'manual', '甲');
  const [, a, b, c, d] = created.sections;
  store.sections.saveText(a!.id, bodyFor(a!.id, 9003));
  store.sections.saveText(b!.id, bodyFor(b!.id, 9004));
  store.sections.saveText(d!.id, bodyFor(d!.id, 9001));
  store.sections.remove(c!.id);
  store.sections.add(created.id, null, null, '新增的一节');
  store.reports.update(created.id, { opening: '2025年，我乡全面推进依法行政。' });
  store.versions.save(created.id, 'manual', '乙');
  report = store.reports.list()[0]!;
}
const named = (label: string) => store.versions.list(report.id).find((v) => v.label === label)!.id;
const states = [named('甲'), named('乙')] as const;
say('ready');

for (let i = first; ; i++) {
  const target = i % 2 === 0 ? '甲' : '乙';
  store.versions.restore(states[i % 2]!);
  say(`committed restore ${target}`);
  // A version of what was just restored (the pre-restore one holds the other state).
  store.versions.save(report.id, 'manual', `第${i}版`);
  say(`committed version ${store.versions.list(report.id).length}`);
  await new Promise((resolve) => setImmediate(resolve));
}
