// The desktop hooks as Electron is asked for them (the binary cannot run here): the save dialog's
// file type follows what is saved (.docx, PDF, .nianbao), the folder chooser for 「备份到U盘…」,
// the open dialog for 「从文件恢复…」 (cancelled → null), 「打开备份文件夹」 through the file
// manager, opening a file with its program, and printing the preview through the window — print's
// callback outcomes, and printToPDF with the page's CSS size.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, FakeWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { createPlatformHooks } = await import('../../../electron/shell/platformHooks');
const { dialog, shell } = electronModule;

describe('platform hooks', () => {
  let win: FakeWindow;
  beforeEach(() => {
    resetFakeElectron();
    dialog.showSaveDialog.mockReset();
    dialog.showOpenDialog.mockReset();
    win = new FakeWindow();
  });
  const hooks = () => createPlatformHooks(() => win as never);

  it('asks for the right kind of file, folder or backup, modal to the window', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/u/报告.nianbao' });
    expect(await hooks().chooseSavePath({ defaultPath: '/u/报告.nianbao', kind: 'package' })).toBe('/u/报告.nianbao');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ title: '导出报告包', filters: [{ name: '年报助手报告包', extensions: ['nianbao'] }] }));

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/U盘'] });
    expect(await hooks().chooseFolder({ title: '选择位置' })).toBe('/media/U盘');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await hooks().chooseOpenFile({ title: '选择备份', kind: 'backup' })).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ properties: ['openFile'], filters: expect.arrayContaining([{ name: '年报助手备份', extensions: ['db'] }]) }));

    hooks().openFolder('/data/backups');
    expect(shell.openPath).toHaveBeenCalledWith('/data/backups');
  });

  it('opens the save dialog for a .docx or a PDF, modal to the window', async () => {
    const save = dialog.showSaveDialog;
    save.mockResolvedValueOnce({ canceled: false, filePath: '/d/报告.pdf' }).mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await hooks().chooseSavePath({ defaultPath: '/d/报告.pdf', kind: 'pdf' })).toBe('/d/报告.pdf');
    expect(save.mock.calls[0]?.[0]).toBe(win);
    expect(save.mock.calls[0]?.[1]).toMatchObject({ title: '导出 PDF', defaultPath: '/d/报告.pdf', filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] });
    expect(await hooks().chooseSavePath({ defaultPath: '/d/报告.docx', kind: 'docx' })).toBeNull();
    expect(save.mock.calls[1]?.[1]).toMatchObject({ title: '导出 Word 文档', filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
  });

  it('opens a file with its program, and says why when the system cannot', async () => {
    await hooks().openFile('/d/报告.docx');
    expect(shell.openPath).toHaveBeenCalledWith('/d/报告.docx');
    shell.openPath.mockResolvedValueOnce('No application is associated with the file');
    await expect(hooks().openFile('/d/报告.docx')).rejects.toThrow('No application is associated with the file');
  });

  it('prints through the system dialog: printed, cancelled, failed', async () => {
    const answers: Array<[boolean, string]> = [[true, ''], [false, 'Print job canceled'], [false, 'Print job failed']];
    win.webContents.print.mockImplementation((_options: unknown, callback: (ok: boolean, why: string) => void) => {
      const [ok, why] = answers.shift()!;
      callback(ok, why);
    });
    expect(await hooks().print!()).toBe(true);
    expect(win.webContents.print.mock.calls[0]?.[0]).toMatchObject({ silent: false });
    expect(await hooks().print!()).toBe(false);
    await expect(hooks().print!()).rejects.toThrow('Print job failed');
  });

  it('writes the PDF from the page with its CSS page size, and refuses once the window is gone', async () => {
    const pdf = await hooks().printToPdf!();
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.4');
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true, pageSize: 'A4' });
    win.destroyed = true;
    expect(() => hooks().printToPdf!()).toThrow('窗口已关闭');
  });
});
