// Thin shell: what export needs from the desktop — the save dialog (modal to the main window), the
// file manager, the user's Documents folder.
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { PlatformHooks } from '../services/export/platform';

export function createPlatformHooks(getWindow: () => BrowserWindow | null): PlatformHooks {
  return {
    async chooseSavePath({ defaultPath }) {
      const options: SaveDialogOptions = {
        title: '导出 Word 文档',
        defaultPath,
        buttonLabel: '导出',
        filters: [{ name: 'Word 文档', extensions: ['docx'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const win = getWindow();
      const result = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showInFolder: (path) => shell.showItemInFolder(path),
    defaultFolder: () => app.getPath('documents'),
  };
}
