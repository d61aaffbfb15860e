// Top level: the library or one report's workspace, plus what start-up had to tell the user and
// the app-level 「数据与备份」 dialog.
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../shared/types';
import { api, errorMessage } from './api';
import { DataBackupDialog } from './components/DataBackupDialog';
import { RecoveryBanner } from './components/RecoveryBanner';
import { ToastProvider } from './components/Toasts';
import { LibraryScreen } from './library/LibraryScreen';
import { WorkspaceScreen } from './workspace/WorkspaceScreen';

type Range = { from: number; to: number };
type Route = { screen: 'library' } | { screen: 'workspace'; reportId: number; sectionId?: number; range?: Range };

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [bannerClosed, setBannerClosed] = useState(false);
  const [dataOpen, setDataOpen] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);

  useEffect(() => {
    api.appStatus({}).then(setStatus, (err: unknown) => setFatal(errorMessage(err)));
  }, []);
  // After a backup the last-backup time shown in the library changes.
  const refreshStatus = useCallback(() => {
    api.appStatus({}).then(setStatus, () => undefined);
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
      {status?.recovery && !bannerClosed && (
        <RecoveryBanner recovery={status.recovery} onShowData={() => setDataOpen(true)} onClose={() => setBannerClosed(true)} />
      )}
      {route.screen === 'library' ? (
        <LibraryScreen
          onOpen={(reportId, sectionId, range) => setRoute({ screen: 'workspace', reportId, sectionId, range })}
          onShowData={() => setDataOpen(true)}
          onDataChanged={refreshStatus}
          status={status}
        />
      ) : (
        <WorkspaceScreen
          key={route.reportId}
          reportId={route.reportId}
          initialSectionId={route.sectionId}
          initialRange={route.range}
          onBack={() => setRoute({ screen: 'library' })}
          onOpenReport={(reportId) => setRoute({ screen: 'workspace', reportId })}
        />
      )}
      {dataOpen && <DataBackupDialog status={status} onClose={() => setDataOpen(false)} onBackedUp={refreshStatus} />}
    </ToastProvider>
  );
}
