// What export needs from the desktop around it: the save dialog and the file manager. The Electron
// shell implements it (window.ts), the e2e harness stubs it, the CLI has none (it takes --out).

export interface PlatformHooks {
  /** The system save dialog; null when the user cancelled. */
  chooseSavePath(opts: { defaultPath: string }): Promise<string | null>;
  /** Opens the folder holding `path` in the file manager, with the file selected. */
  showInFolder(path: string): void;
  /** Where the save dialog opens before anything was exported (the user's Documents). */
  defaultFolder(): string;
}
