// The desktop hooks of export for tests: a save dialog that answers with the paths it is told to
// (a good one in the test's temp dir by default, or a folder that refuses writes), a file manager
// and a file opener that record what they were asked, and a printer: in e2e tests the browser's
// own PDF engine (Playwright's page.pdf — Chromium's printToPDF, as Electron's), counted prints.
import { accessSync, chmodSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PlatformHooks, SaveKind } from '../../../../electron/services/export/platform';

export class PlatformStub implements PlatformHooks {
  /** Answers of the next save dialogs, in order; when none is queued the default answer is used. */
  readonly answers: Array<string | null> = [];
  readonly dialogs: Array<{ defaultPath: string; kind?: SaveKind }> = [];
  readonly shown: string[] = [];
  /** Files opened in their program (「打开文件」). */
  readonly openedFiles: string[] = [];
  /** Prints asked for; the answer of print() (true: printed, false: the user cancelled). */
  prints = 0;
  printAnswer = true;
  /** Makes the PDF of the page on screen (set once the test's page exists); absent: no printer here. */
  pdf: (() => Promise<Uint8Array>) | null = null;

  constructor(
    readonly folder: string,
    /** What the dialog answers when nothing is queued: the default path it was opened with. */
    private readonly fallback: 'default' | 'cancel' = 'default',
  ) {}

  chooseSavePath(opts: { defaultPath: string; kind?: SaveKind }): Promise<string | null> {
    this.dialogs.push(opts);
    const answer = this.answers.length > 0 ? this.answers.shift()! : this.fallback === 'cancel' ? null : opts.defaultPath;
    return Promise.resolve(answer);
  }

  showInFolder(target: string): void {
    this.shown.push(target);
  }

  /** Answers of the next folder / open-file dialogs (null: cancelled); the test folder when none. */
  readonly folderAnswers: Array<string | null> = [];
  readonly fileAnswers: Array<string | null> = [];
  /** Folders opened in the file manager (「打开备份文件夹」). */
  readonly opened: string[] = [];

  openFolder(target: string): void {
    this.opened.push(target);
  }

  chooseFolder(): Promise<string | null> {
    return Promise.resolve(this.folderAnswers.length > 0 ? this.folderAnswers.shift()! : this.folder);
  }

  chooseOpenFile(): Promise<string | null> {
    return Promise.resolve(this.fileAnswers.length > 0 ? this.fileAnswers.shift()! : null);
  }

  openFile(target: string): Promise<void> {
    this.openedFiles.push(target);
    return Promise.resolve();
  }

  print(): Promise<boolean> {
    this.prints++;
    return Promise.resolve(this.printAnswer);
  }

  printToPdf(): Promise<Uint8Array> {
    if (!this.pdf) return Promise.reject(new Error('no page to print'));
    return this.pdf();
  }

  defaultFolder(): string {
    return this.folder;
  }
}

/**
 * A folder this process cannot create files in. chmod 0555 is enough for a normal user; root
 * ignores it, so then /sys (read-only to everyone) stands in. Null when neither refuses writes.
 */
export function readOnlyFolder(parent: string): string | null {
  const dir = path.join(parent, '只读文件夹');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '已有文件.txt'), 'x');
  chmodSync(dir, 0o555);
  if (refusesWrites(dir)) return dir;
  return refusesWrites('/sys') ? '/sys' : null;
}

function refusesWrites(dir: string): boolean {
  const probe = path.join(dir, `.probe-${process.pid}`);
  try {
    accessSync(dir, constants.W_OK);
    writeFileSync(probe, '');
    rmSync(probe);
    return false;
  } catch {
    return true;
  }
}
