// The frame at this window size: three columns from 1280 px (at 100% zoom) up; below that the side
// panel is a drawer over the editor, opened and closed from the top bar and remembered on this PC.
import { useCallback, useState } from 'react';
import { readPcSetting, writePcSetting } from '../components/pcSetting';
import { useLayoutWidth } from '../components/Zoom';

/** The narrowest window (in 100%-zoom pixels) that shows outline, editor and side panel side by side. */
export const WIDE_LAYOUT_PX = 1280;
const KEY = 'nianbao.sideDrawer';

export interface WorkspaceLayout {
  wide: boolean;
  /** Whether the side panel is on screen (always, in the wide layout). */
  sideVisible: boolean;
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
}

export function useWorkspaceLayout(): WorkspaceLayout {
  const wide = useLayoutWidth() >= WIDE_LAYOUT_PX;
  const [drawerOpen, setOpen] = useState(() => readPcSetting(KEY) === 'open');
  const setDrawerOpen = useCallback((open: boolean) => {
    setOpen(open);
    writePcSetting(KEY, open ? 'open' : 'closed');
  }, []);
  return { wide, sideVisible: wide || drawerOpen, drawerOpen, setDrawerOpen };
}
