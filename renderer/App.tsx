// Top level: the library or one report's workspace, plus what start-up (or a restored backup) had
// to tell the user and the app-level 「数据与备份」 dialog.
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { AppStatus, RestoredBackupInfo } from '../shared/types';
import { api, errorMessage, onMediaRefusal } from './api';
import { ReadOnlyBanner, ReadOnlyContext } from './components/ReadOnly';
import { RecoveryBanner } from './components/RecoveryBanner';
import { RestoredBanner } from './components/RestoredBanner';
import { ToastProvider } from './components/Toasts';
import { ZoomProvider } from './components/Zoom';
import { lazyComponent, whenIdle } from './lazyComponent';
import { LibraryScreen } from './library/LibraryScreen';

// The editor (CodeMirror) and the workspace come in their own chunk: the library does not need them.
const workspace = lazyComponent(() => import('./workspace/WorkspaceScreen').then((m) => m.WorkspaceScreen));
const WorkspaceScreen = workspace.Component;
// 「数据与备份」 too: it is opened from the library, the workspace and the start-up banners.
const dataDialog = lazyComponent(() => import('./components/DataBackupDialog').then((m) => m.DataBackupDialog));
const DataBackupDialog = dataDialog.Component;

const MEDIA_RECHECK_MS = 3000;

type Range = { from: number; to: number };
type Route = { screen: 'library' } | { screen: 'workspace'; reportId: number; sectionId?: number; range?: Range };

export function App() {
  // null until the report open at the last quit (if any) is known.
  const [route, setRoute] = useState<Route | null>(null);
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [bannerClosed, setBannerClosed] = useState(false);
  const [dataOpen, setDataOpen] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoredBackupInfo | null>(null);
  /** Bumps after a restore: the library reads everything again from the restored file. */
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    api.appStatus({}).then(setStatus, (err: unknown) => setFatal(errorMessage(err)));
    api.getLastOpened({}).then(
      ({ last }) => setRoute(last ? { screen: 'workspace', reportId: last.reportId, ...(last.sectionId ? { sectionId: last.sectionId } : {}) } : { screen: 'library' }),
      () => setRoute({ screen: 'library' }),
    );
  }, []);
  // Once the library is on screen, the workspace's code is fetched while the user looks at it.
  const onLibrary = route?.screen === 'library';
  useEffect(() => (onLibrary ? whenIdle(workspace.prefetch) : undefined), [onLibrary]);
  useEffect(() => whenIdle(dataDialog.prefetch), []);
  const toLibrary = useCallback(() => {
    setRoute({ screen: 'library' });
    api.setLastOpened({ reportId: null, sectionId: null }).catch(() => undefined);
  }, []);
  // After a backup the last-backup time shown in the library changes.
  const refreshStatus = useCallback(() => {
    // Asked again and again while the medium is refused: the screens re-render only on a change.
    api.appStatus({}).then((next) => setStatus((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next)), () => undefined);
  }, []);
  // A write refused by the data's medium while running (a stick's write protection, a full disk)
  // turns the app read-only at once; the medium is then looked at again now and then, and once it
  // can be written editing comes back and the save queue sends what waited.
  useEffect(() => onMediaRefusal(refreshStatus), [refreshStatus]);
  const failedWhileRunning = status?.readOnly?.since === 'running';
  useEffect(() => {
    if (!failedWhileRunning) return;
    const timer = setInterval(refreshStatus, MEDIA_RECHECK_MS);
    return () => clearInterval(timer);
  }, [failedWhileRunning, refreshStatus]);

  if (fatal) {
    return (
      <div className="fatal" role="alert">
        <h1>年报助手</h1>
        <p>{fatal}</p>
      </div>
    );
  }

  return (
    <ZoomProvider>
      <ToastProvider>
        <ReadOnlyContext.Provider value={status?.readOnly ?? null}>
          {status?.readOnly && <ReadOnlyBanner state={status.readOnly} dataDir={status.dataDir} onRetry={refreshStatus} />}
          {restored && <RestoredBanner result={restored} onShowData={() => setDataOpen(true)} onClose={() => setRestored(null)} />}
          {status?.recovery && !bannerClosed && !restored && (
            <RecoveryBanner recovery={status.recovery} onShowData={() => setDataOpen(true)} onClose={() => setBannerClosed(true)} />
          )}
          {route === null || status === null ? null : route.screen === 'library' ? (
            <LibraryScreen
              key={generation}
              onOpen={(reportId, sectionId, range) => setRoute({ screen: 'workspace', reportId, sectionId, range })}
              onShowData={() => setDataOpen(true)}
              onDataChanged={refreshStatus}
              status={status}
            />
          ) : (
            <Suspense fallback={<p className="muted pad">正在打开报告…</p>}>
              <WorkspaceScreen
                key={route.reportId}
                reportId={route.reportId}
                initialSectionId={route.sectionId}
                initialRange={route.range}
                onBack={toLibrary}
                onOpenReport={(reportId) => setRoute({ screen: 'workspace', reportId })}
              />
            </Suspense>
          )}
          {dataOpen && (
            <Suspense fallback={null}>
              <DataBackupDialog
                status={status}
                onClose={() => setDataOpen(false)}
                onBackedUp={refreshStatus}
                onRestored={(result) => {
                  setDataOpen(false);
                  setRestored(result);
                  setGeneration((g) => g + 1);
                  refreshStatus();
                  toLibrary();
                }}
              />
            </Suspense>
          )}
        </ReadOnlyContext.Provider>
      </ToastProvider>
    </ZoomProvider>
  );
}
