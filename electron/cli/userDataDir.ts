// The folder Electron's app.getPath('userData') gives for this app, computed without Electron so
// the CLI opens the same database as the app.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = '年报助手';

export function defaultUserDataDir(env: Record<string, string | undefined>, platform = process.platform): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_DIR_NAME);
}
