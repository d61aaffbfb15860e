// App-wide zoom (Ctrl + / Ctrl - / Ctrl 0, and the 「− 100% +」 control): every size in the UI is
// in rem or em, so scaling the root font scales all text and the layout with it, while 1px lines
// stay crisp. The editor's own 字号 multiplies on top (var(--ui-zoom)). Remembered on this PC.
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { readPcSetting, writePcSetting } from './pcSetting';
import { useShortcuts } from './useShortcuts';

const KEY = 'nianbao.uiZoom';
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
/** The root font size at 100%, as in styles.css. */
const BASE_FONT_PX = 15;

function readStored(): number {
  const n = Number(readPcSetting(KEY));
  return (ZOOM_STEPS as readonly number[]).includes(n) ? n : 1;
}

function step(zoom: number, direction: 1 | -1): number {
  const i = ZOOM_STEPS.findIndex((z) => z >= zoom);
  const at = i < 0 ? ZOOM_STEPS.length - 1 : i;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + direction))]!;
}

interface ZoomState {
  zoom: number;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
}

const ZoomContext = createContext<ZoomState>({ zoom: 1, zoomIn: () => undefined, zoomOut: () => undefined, reset: () => undefined });

export function useZoom(): ZoomState {
  return useContext(ZoomContext);
}

export function ZoomProvider({ children }: { children: ReactNode }) {
  const [zoom, setZoom] = useState(readStored);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${BASE_FONT_PX * zoom}px`;
    root.style.setProperty('--ui-zoom', String(zoom));
  }, [zoom]);
  const change = useCallback((next: number) => {
    setZoom(next);
    writePcSetting(KEY, String(next));
  }, []);
  const value = useMemo<ZoomState>(
    () => ({ zoom, zoomIn: () => change(step(zoom, 1)), zoomOut: () => change(step(zoom, -1)), reset: () => change(1) }),
    [zoom, change],
  );
  useShortcuts([
    { key: ['=', '+'], inModal: true, run: value.zoomIn },
    { key: ['-', '_'], inModal: true, run: value.zoomOut },
    { key: '0', inModal: true, run: value.reset },
  ]);
  return <ZoomContext.Provider value={value}>{children}</ZoomContext.Provider>;
}

export function ZoomControl() {
  const { zoom, zoomIn, zoomOut, reset } = useZoom();
  return (
    <span className="zoom-control" role="group" aria-label="界面缩放">
      <button type="button" onClick={zoomOut} disabled={zoom <= ZOOM_STEPS[0]} aria-label="缩小界面" title="缩小界面（Ctrl -）">
        −
      </button>
      <button type="button" className="zoom-value" onClick={reset} aria-label="界面缩放比例" title="界面缩放比例，点击恢复 100%（Ctrl 0）">
        {Math.round(zoom * 100)}%
      </button>
      <button type="button" onClick={zoomIn} disabled={zoom >= ZOOM_STEPS.at(-1)!} aria-label="放大界面" title="放大界面（Ctrl +）">
        +
      </button>
    </span>
  );
}

/** The window's width in the units the CSS is written in at 100% (a wide window zoomed to 150%
 *  lays out like a narrower one). */
export function useLayoutWidth(): number {
  const { zoom } = useZoom();
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width / zoom;
}
