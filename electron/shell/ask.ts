// Thin shell: the app's own two-way questions, as native message boxes titled 年报助手 with the
// first button — the one recommended — focused.
import { dialog, type BrowserWindow } from 'electron';

export interface Question {
  type: 'warning' | 'error';
  message: string;
  detail: string;
  /** The recommended answer first. */
  buttons: readonly [string, string];
  /** The button that Esc (or closing the box) stands for. */
  cancelId: 0 | 1;
}

/** True when the first button is chosen. */
export async function ask(win: BrowserWindow, question: Question): Promise<boolean> {
  const { response } = await dialog.showMessageBox(win, { ...question, buttons: [...question.buttons], title: '年报助手', defaultId: 0 });
  return response === 0;
}
