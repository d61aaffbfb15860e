// Shown once after start-up found the data file damaged and restored a backup: what was
// restored, from when, how many reports it holds, which newer backups were passed over (damaged or
// empty), and where the damaged file went (it is never deleted).
import { fileNameOf } from '../../shared/text/files';
import type { RecoveryInfo } from '../../shared/types';
import { formatDateTime } from '../format';
import { BackupBanner } from './BackupBanner';

interface Props {
  recovery: RecoveryInfo;
  onShowData: () => void;
  onClose: () => void;
}

export function RecoveryBanner({ recovery, onShowData, onClose }: Props) {
  return (
    <BackupBanner tone="warning" className="recovery-banner" onShowData={onShowData} onClose={onClose}>
      <strong>{recovery.cause === 'missing' ? '数据文件不见了，已自动从备份恢复。' : '数据文件已损坏，已自动从备份恢复。'}</strong>
      <span>
        恢复的是 <strong>{formatDateTime(recovery.backupCreatedAt)}</strong> 的备份（{fileNameOf(recovery.restoredFrom)}）
        ，其中有 {recovery.reports} 份报告。这次备份之后的修改没有包含在内，需要重新录入。
      </span>
      {recovery.skippedBackups > 0 && (
        <span className="muted small">更新的 {recovery.skippedBackups} 个备份已损坏、为空或不含任何报告，没有使用。</span>
      )}
      {recovery.corruptMovedTo && <span className="muted small">原来的文件没有删除，已移到：{recovery.corruptMovedTo}</span>}
    </BackupBanner>
  );
}
