// The frame of the banners that report what a backup restore did (automatic at start-up, or
// 「恢复到此备份」): the text, then 「数据与备份」 and 「知道了」.
import type { ReactNode } from 'react';

interface Props {
  tone: 'warning' | 'ok';
  className: string;
  onShowData: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function BackupBanner({ tone, className, onShowData, onClose, children }: Props) {
  return (
    <div className={`banner banner-${tone} ${className}`} role={tone === 'warning' ? 'alert' : 'status'}>
      <div className="recovery-text">{children}</div>
      <button type="button" onClick={onShowData}>
        数据与备份
      </button>
      <button type="button" onClick={onClose}>
        知道了
      </button>
    </div>
  );
}
