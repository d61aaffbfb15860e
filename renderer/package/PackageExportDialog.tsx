// 「导出报告包」 of one report: with or without its versions, to a place chosen in the save dialog
// (a USB stick), as one .nianbao file that 「导入报告包」 on another PC reads.
import { useEffect, useState } from 'react';
import { formatFileSize } from '../../shared/text/files';
import type { ReportSummary } from '../../shared/types';
import { api, errorMessage } from '../api';
import { copyText } from '../clipboard';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/Toasts';

interface Props {
  report: ReportSummary;
  onClose: () => void;
}

type Phase = { step: 'ask' } | { step: 'writing' } | { step: 'done'; path: string; bytes: number; skipped: number } | { step: 'error'; message: string };


export function PackageExportDialog({ report, onClose }: Props) {
  const [withHistory, setWithHistory] = useState(true);
  const [versionCount, setVersionCount] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'ask' });
  const toast = useToast();
  useEffect(() => {
    api.listVersions({ reportId: report.id }).then((v) => setVersionCount(v.length), () => setVersionCount(null));
  }, [report.id]);

  const run = async () => {
    setPhase({ step: 'writing' });
    try {
      const chosen = await api.choosePackagePath({ reportId: report.id });
      if ('cancelled' in chosen) {
        setPhase({ step: 'ask' });
        return;
      }
      const written = await api.exportPackage({ reportId: report.id, path: chosen.path, withHistory });
      setPhase({ step: 'done', ...written });
    } catch (err) {
      setPhase({ step: 'error', message: errorMessage(err) });
    }
  };

  return (
    <Dialog title="导出报告包" onCancel={() => (phase.step === 'writing' ? undefined : onClose())}>
      <div className="form package-export">
        <p>
          把「{report.unitName} {report.year}年度」的报告存为一个报告包文件（.nianbao），带到另一台电脑，在那里用「导入报告包」继续编辑。
          <br />
          <span className="muted small">包含：各节正文和标题、单位信息、审校中忽略的项目和导出格式设置。</span>
        </p>
        <label className="checkbox-row">
          <input type="checkbox" checked={withHistory} onChange={(e) => setWithHistory(e.target.checked)} disabled={phase.step === 'writing'} />
          同时带上保存过的版本{versionCount !== null && `（${versionCount} 个）`}
        </label>
        {phase.step === 'done' && (
          <div className="package-done" role="status">
            <p className="ok-text">
              已导出报告包（{formatFileSize(phase.bytes)}）：<span className="mono">{phase.path}</span>
            </p>
            {phase.skipped > 0 && <p className="form-error">有 {phase.skipped} 个版本已损坏，没有放进报告包。</p>}
            <button
              type="button"
              onClick={() => void copyText(phase.path).then((ok) => toast(ok ? { kind: 'info', text: '已复制文件位置。' } : { kind: 'error', text: '无法复制，请选中后按 Ctrl+C。' }))}
            >
              复制文件位置
            </button>
          </div>
        )}
        {phase.step === 'error' && (
          <p className="form-error" role="alert">
            报告包没有导出：{phase.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={phase.step === 'writing'}>
            {phase.step === 'done' ? '完成' : '取消'}
          </button>
          {phase.step !== 'done' && (
            <button type="button" className="primary" disabled={phase.step === 'writing'} onClick={() => void run()}>
              {phase.step === 'writing' ? '正在导出…' : '选择位置并导出…'}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
