// Shown after 「恢复到此备份」: which backup is in use now, from when, what it holds, and where the
// data as it was just before went (a backup, so going back is one more restore).
import { fileNameOf } from '../../shared/text/files';
import type { RestoredBackupInfo } from '../../shared/types';
import { formatDateTime } from '../format';
import { BackupBanner } from './BackupBanner';

export function RestoredBanner({ result, onShowData, onClose }: { result: RestoredBackupInfo; onShowData: () => void; onClose: () => void }) {
  return (
    <BackupBanner tone="ok" className="restored-banner" onShowData={onShowData} onClose={onClose}>
      <strong>
        已恢复到 {formatDateTime(result.restored.createdAt, { seconds: true })} 的备份，其中有 {result.reports} 份报告。
      </strong>
      <span className="muted small">
        恢复的文件：{fileNameOf(result.restored.file)}。恢复前的数据已另存为备份 {fileNameOf(result.safety.file)}（{formatDateTime(result.safety.createdAt, { seconds: true })}），需要时可在「数据与备份」中再恢复回来。
      </span>
    </BackupBanner>
  );
}
