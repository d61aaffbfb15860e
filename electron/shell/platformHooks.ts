// Thin shell: what export needs from the desktop — the save dialog (modal to the main window), the
// file manager, the user's Documents folder.
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { PlatformHooks, SaveKind } from '../services/export/platform';

const SAVE_DIALOG: Record<SaveKind, Pick<SaveDialogOptions, 'title' | 'buttonLabel' | 'filters'>> = {
  docx: { title: '导出 Word 文档', buttonLabel: '导出', filters: [{ name: 'Word 文档', extensions: ['docx'] }] },
  package: { title: '导出报告包', buttonLabel: '导出', filters: [{ name: '年报助手报告包', extensions: ['nianbao'] }] },
};

export function createPlatformHooks(getWindow: () => BrowserWindow | null): PlatformHooks {
  return {
    async chooseSavePath({ defaultPath, kind = 'docx' }) {
      const options: SaveDialogOptions = {
        ...SAVE_DIALOG[kind],
        defaultPath,
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
