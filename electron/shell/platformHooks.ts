// Thin shell: what export, packages and backups need from the desktop — the save, open and folder
// dialogs (modal to the main window), the file manager, the program that opens a file, the user's
// Documents folder, and the window's printer for the print preview on screen (print, printToPDF
// with the page's CSS @page size and margins).
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { OpenKind, PlatformHooks, SaveKind } from '../services/export/platform';

const SAVE_DIALOG: Record<SaveKind, Pick<SaveDialogOptions, 'title' | 'buttonLabel' | 'filters'>> = {
  docx: { title: '导出 Word 文档', buttonLabel: '导出', filters: [{ name: 'Word 文档', extensions: ['docx'] }] },
  pdf: { title: '导出 PDF', buttonLabel: '导出', filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] },
  package: { title: '导出报告包', buttonLabel: '导出', filters: [{ name: '年报助手报告包', extensions: ['nianbao'] }] },
};

const OPEN_FILTERS: Record<OpenKind, OpenDialogOptions['filters']> = {
  backup: [
    { name: '年报助手备份', extensions: ['db'] },
    { name: '所有文件', extensions: ['*'] },
  ],
};

export function createPlatformHooks(getWindow: () => BrowserWindow | null): PlatformHooks {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const win = getWindow();
    const result = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const live = (): BrowserWindow => {
    const win = getWindow();
    if (!win || win.isDestroyed()) throw new Error('窗口已关闭');
    return win;
  };
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
    async openFile(path) {
      // shell.openPath resolves with an error message, or '' when the file was opened.
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
    },
    defaultFolder: () => app.getPath('documents'),
    openFolder: (path) => {
      void shell.openPath(path).then((error) => {
        if (error) console.error('[shell] could not open folder:', error);
      });
    },
    chooseFolder: ({ title }) => open({ title, buttonLabel: '保存到这里', properties: ['openDirectory', 'createDirectory'] }),
    chooseOpenFile: ({ title, kind }) => open({ title, buttonLabel: '恢复', filters: OPEN_FILTERS[kind], properties: ['openFile'] }),
    print: () =>
      new Promise<boolean>((resolve, reject) => {
        // The system dialog; the page's @page rules give A4 and the margins.
        live().webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(false);
          else reject(new Error(failureReason));
        });
      }),
    printToPdf: () => live().webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, pageSize: 'A4' }),
  };
}
