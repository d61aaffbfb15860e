// What export, packages and backups need from the desktop around them: the save, open and folder
// dialogs, the file manager, the program that opens a file, and the window's printer. The
// Electron shell implements it (electron/shell/platformHooks.ts), the e2e harness stubs it
// (printing with the test browser's own PDF engine), the CLI has none (it takes --out). A browser
// (nianbao serve) has no print hooks: the page prints through the browser.

/** What is being saved or opened: the dialog's title, button and file type follow it. */
export type SaveKind = 'docx' | 'pdf' | 'package';
export type OpenKind = 'backup';

/** The formats the print preview and the export write. */
export type ExportFormat = 'docx' | 'pdf';

export interface PlatformHooks {
  /** The system save dialog; null when the user cancelled. */
  chooseSavePath(opts: { defaultPath: string; kind?: SaveKind }): Promise<string | null>;
  /** Opens the folder holding `path` in the file manager, with the file selected. */
  showInFolder(path: string): void;
  /** Opens `path` in the program the system uses for it; rejects with the system's reason. */
  openFile(path: string): Promise<void>;
  /** Where the save dialog opens before anything was exported (the user's Documents). */
  defaultFolder(): string;
  /** Opens a folder itself in the file manager (「打开备份文件夹」). */
  openFolder(path: string): void;
  /** The system folder chooser (「备份到U盘…」); null when cancelled. */
  chooseFolder(opts: { title: string }): Promise<string | null>;
  /** The system open dialog for one file; null when cancelled. */
  chooseOpenFile(opts: { title: string; kind: OpenKind }): Promise<string | null>;
  /** The system print dialog for the page on screen (the print preview); false when cancelled. */
  print?(): Promise<boolean>;
  /** The page on screen as a PDF, page size and margins from its CSS @page rules. */
  printToPdf?(): Promise<Uint8Array>;
}
