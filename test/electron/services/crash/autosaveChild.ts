// Crash-test child (bundled to plain JS by harness.ts, run as `node autosaveChild.mjs <dataDir>`). Loads the services, says
// `loaded`, and waits for `go <firstSeq>` on stdin (so the parent can spawn the next child while
// checking the previous one). Then opens the store as the app does, creates the report if there is
// none yet, and autosaves section text in a tight loop, printing `committed <section> <seq>` after
// each save returns. It never stops by itself: the parent kills it with SIGKILL.
import { openStore } from '../../../../electron/services/store';
import { awaitGo, say } from './childProtocol';
import { bodyFor } from './payload';

const { dataDir, first: firstSeq } = await awaitGo('autosaveChild.ts');

const store = await openStore({ dataDir });
const existing = store.reports.list()[0];
const report = existing
  ? store.reports.open(existing.id)
  : store.reports.create({
      unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' },
      year: 2025, templateId: 'plain', templateVersion: 1, title: '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告',
      addressee: '县人民政府', opening: '', closing: '', signatureName: '盘龙彝族乡人民政府', signatureDate: '',
      sections: [
        { parentIndex: null, level: 1, templateKey: null, title: '主要举措和成效', required: true },
        { parentIndex: 0, level: 2, templateKey: null, title: '坚持党的领导', required: false },
        { parentIndex: 0, level: 2, templateKey: null, title: '依法全面履行政府职能', required: false },
        { parentIndex: 0, level: 2, templateKey: null, title: '严格规范公正文明执法', required: false },
        { parentIndex: null, level: 1, templateKey: null, title: '党政主要负责人履行第一责任人职责情况', required: true },
        { parentIndex: null, level: 1, templateKey: null, title: '存在的不足和原因', required: true },
        { parentIndex: null, level: 1, templateKey: null, title: '下一年度主要安排', required: true },
        { parentIndex: null, level: 1, templateKey: null, title: '其他需要报告的情况', required: true },
      ],
    });
const ids = report.sections.map((s) => s.id);
say(`ready ${ids.join(' ')}`);

let id = ids[0]!;
for (let i = 0; ; i++) {
  const seq = firstSeq + i;
  // Bursts of saves on one section (typing), then a jump to another.
  if (i % 4 === 0) id = ids[Math.floor(Math.random() * ids.length)]!;
  store.sections.saveText(id, bodyFor(id, seq));
  say(`committed ${id} ${seq}`);
  // Each autosave arrives as its own IPC message in the app, so the event loop turns between
  // saves and the background start-up backup makes progress (and can be killed mid-way).
  await new Promise((resolve) => setImmediate(resolve));
}
