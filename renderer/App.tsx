// Top level: the library or one report's workspace, plus what start-up had to tell the user.
import { useEffect, useState } from 'react';
import type { AppStatus } from '../shared/types';
import { api, errorMessage } from './api';
import { ToastProvider } from './components/Toasts';
import { LibraryScreen } from './library/LibraryScreen';
import { WorkspaceScreen } from './workspace/WorkspaceScreen';
import { formatDateTime } from './format';

type Route = { screen: 'library' } | { screen: 'workspace'; reportId: number };

function RecoveryBanner({ status, onClose }: { status: AppStatus; onClose: () => void }) {
  const r = status.recovery;
  if (!r) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <strong>数据文件已损坏，已自动从备份恢复。</strong>
      <span>
        恢复的是 {formatDateTime(r.backupCreatedAt)} 的备份，之后的修改可能需要重新录入。损坏的文件已移到：{r.corruptMovedTo}
      </span>
      <button type="button" onClick={onClose}>
        知道了
      </button>
    </div>
  );
}

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [bannerClosed, setBannerClosed] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);

  useEffect(() => {
    api.appStatus({}).then(setStatus, (err: unknown) => setFatal(errorMessage(err)));
  }, []);

  if (fatal) {
    return (
      <div className="fatal" role="alert">
        <h1>年报助手</h1>
        <p>{fatal}</p>
      </div>
    );
  }

  return (
    <ToastProvider>
      {status && !bannerClosed && <RecoveryBanner status={status} onClose={() => setBannerClosed(true)} />}
      {route.screen === 'library' ? (
        <LibraryScreen onOpen={(reportId) => setRoute({ screen: 'workspace', reportId })} status={status} />
      ) : (
        <WorkspaceScreen key={route.reportId} reportId={route.reportId} onBack={() => setRoute({ screen: 'library' })} />
      )}
    </ToastProvider>
  );
}
