// Shown once after start-up found the data file damaged and restored a backup: what was
// restored, from when, what it holds now, and where the damaged file went (it is never deleted).
import { useEffect, useState } from 'react';
import type { RecoveryInfo } from '../../shared/types';
import { api } from '../api';
import { formatDateTime } from '../format';

interface Props {
  recovery: RecoveryInfo;
  onShowData: () => void;
  onClose: () => void;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function RecoveryBanner({ recovery, onShowData, onClose }: Props) {
  const [reportCount, setReportCount] = useState<number | null>(null);
  useEffect(() => {
    api.listReports({}).then((list) => setReportCount(list.length), () => setReportCount(null));
  }, []);
  return (
    <div className="banner banner-warning recovery-banner" role="alert">
      <div className="recovery-text">
        <strong>{recovery.cause === 'missing' ? '数据文件不见了，已自动从备份恢复。' : '数据文件已损坏，已自动从备份恢复。'}</strong>
        <span>
          恢复的是 <strong>{formatDateTime(recovery.backupCreatedAt)}</strong> 的备份（{fileName(recovery.restoredFrom)}）
          {reportCount !== null && `，其中有 ${reportCount} 份报告`}。这次备份之后的修改没有包含在内，需要重新录入。
        </span>
        {recovery.corruptMovedTo && <span className="muted small">原来的文件没有删除，已移到：{recovery.corruptMovedTo}</span>}
      </div>
      <button type="button" onClick={onShowData}>
        数据与备份
      </button>
      <button type="button" onClick={onClose}>
        知道了
      </button>
    </div>
  );
}
