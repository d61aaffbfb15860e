// Thin shell: the right-click menu. Officials paste from WPS with right-click → 粘贴, so editable
// fields get the full edit menu in Chinese; selected text elsewhere gets 复制. No spelling entries:
// spell checking is off (WEB_PREFERENCES.spellcheck) and an English dictionary would only mark
// every Chinese line.
import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions } from 'electron';

type MenuFacts = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>;

/** The menu for one right-click, or null when there is nothing to offer. */
export function contextMenuTemplate(params: MenuFacts): MenuItemConstructorOptions[] | null {
  const f = params.editFlags;
  if (params.isEditable) {
    return [
      { role: 'undo', label: '撤销', enabled: f.canUndo },
      { role: 'redo', label: '重做', enabled: f.canRedo },
      { type: 'separator' },
      { role: 'cut', label: '剪切', enabled: f.canCut },
      { role: 'copy', label: '复制', enabled: f.canCopy },
      { role: 'paste', label: '粘贴', enabled: f.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: '全选', enabled: f.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: '复制', enabled: f.canCopy }];
  return null;
}

export function installContextMenu(win: BrowserWindow): void {
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
