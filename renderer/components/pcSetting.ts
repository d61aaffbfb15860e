// Settings of this PC rather than of the data (zoom, 字号, the drawer): kept in the browser's
// storage, so a data folder carried to another PC on a USB stick does not bring them along.
// Storage that is full or switched off only means the setting is not remembered.

export function readPcSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePcSetting(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; still applied for this session.
  }
}
