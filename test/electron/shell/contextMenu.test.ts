// Right-click → 粘贴 must work: officials paste from WPS that way. Editable fields get the Chinese
// edit menu with Electron's edit roles, enabled as the page reports; selected text gets 复制.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent, FakeWindow, recorded, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { contextMenuTemplate, installContextMenu } = await import('../../../electron/shell/contextMenu');

const flags = (on: boolean) => ({
  canUndo: on, canRedo: on, canCut: on, canCopy: on, canPaste: on, canDelete: on, canSelectAll: on, canEditRichly: false,
});

describe('context menu', () => {
  beforeEach(resetFakeElectron);

  it('offers 撤销/重做/剪切/复制/粘贴/全选 in editable fields, with the roles that do them', () => {
    const menu = contextMenuTemplate({ isEditable: true, selectionText: '', editFlags: { ...flags(true), canUndo: false } })!;
    const items = menu.filter((i) => i.type !== 'separator').map((i) => [i.label, i.role, i.enabled]);
    expect(items).toEqual([
      ['撤销', 'undo', false],
      ['重做', 'redo', true],
      ['剪切', 'cut', true],
      ['复制', 'copy', true],
      ['粘贴', 'paste', true],
      ['全选', 'selectAll', true],
    ]);
    // No spelling suggestions or 「添加到字典」: spell checking is off.
    expect(JSON.stringify(menu)).not.toMatch(/spell|dictionary|拼写/i);
  });

  it('offers only 复制 for selected text outside fields, and nothing on a bare click', () => {
    expect(contextMenuTemplate({ isEditable: false, selectionText: '盘龙彝族乡', editFlags: flags(true) })).toEqual([
      { role: 'copy', label: '复制', enabled: true },
    ]);
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags(false) })).toBeNull();
  });

  it('pops the menu up over the window on the page’s context-menu event', () => {
    const win = new FakeWindow();
    installContextMenu(win as never);
    win.webContents.emit('context-menu', fakeEvent(), { isEditable: true, selectionText: '', editFlags: flags(true) });
    win.webContents.emit('context-menu', fakeEvent(), { isEditable: false, selectionText: '', editFlags: flags(false) });
    expect(recorded.popups).toHaveLength(1);
    expect(recorded.popups[0]![1]).toEqual({ window: win });
  });
});
