// What export needs from the desktop around it: the save dialog and the file manager. The Electron
// shell implements it (electron/shell/platformHooks.ts), the e2e harness stubs it, the CLI has none
// (it takes --out).

/** What is being saved or opened: the dialog's title, button and file type follow it. */
export type SaveKind = 'docx' | 'package';
export type OpenKind = 'backup';

export interface PlatformHooks {
  /** The system save dialog; null when the user cancelled. */
  chooseSavePath(opts: { defaultPath: string; kind?: SaveKind }): Promise<string | null>;
  /** Opens the folder holding `path` in the file manager, with the file selected. */
  showInFolder(path: string): void;
  /** Where the save dialog opens before anything was exported (the user's Documents). */
  defaultFolder(): string;
  /** Opens a folder itself in the file manager (「打开备份文件夹」). */
  openFolder(path: string): void;
  /** The system folder chooser (「备份到U盘…」); null when cancelled. */
  chooseFolder(opts: { title: string }): Promise<string | null>;
  /** The system open dialog for one file; null when cancelled. */
  chooseOpenFile(opts: { title: string; kind: OpenKind }): Promise<string | null>;
}
