// The desktop hooks as Electron is asked for them: the save dialog's file type follows what is
// saved (.docx, .nianbao), the folder chooser for 「备份到U盘…」, the open dialog for 「从文件恢复…」
// (cancelled → null), and 「打开备份文件夹」 through the file manager.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, FakeWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { createPlatformHooks } = await import('../../../electron/shell/platformHooks');
const { dialog, shell } = electronModule;

describe('platform hooks', () => {
  beforeEach(() => {
    resetFakeElectron();
    dialog.showSaveDialog.mockReset();
    dialog.showOpenDialog.mockReset();
  });

  it('asks for the right kind of file, folder or backup, modal to the window', async () => {
    const win = new FakeWindow();
    const hooks = createPlatformHooks(() => win as never);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/u/报告.nianbao' });
    expect(await hooks.chooseSavePath({ defaultPath: '/u/报告.nianbao', kind: 'package' })).toBe('/u/报告.nianbao');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ title: '导出报告包', filters: [{ name: '年报助手报告包', extensions: ['nianbao'] }] }));

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/U盘'] });
    expect(await hooks.chooseFolder({ title: '选择位置' })).toBe('/media/U盘');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await hooks.chooseOpenFile({ title: '选择备份', kind: 'backup' })).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ properties: ['openFile'], filters: expect.arrayContaining([{ name: '年报助手备份', extensions: ['db'] }]) }));

    hooks.openFolder('/data/backups');
    expect(shell.openPath).toHaveBeenCalledWith('/data/backups');
  });
});
