// The 审校 checks in a worker of their own: the page sends the rules once and then each new text of
// the report, and typing never waits for a run (on a slow PC one takes a good part of a second).
import type { CheckRules } from '../../../shared/checks';
import type { Report } from '../../../shared/types';
import { checkReader, type CheckAnswer } from './checkAnswer';

export type ToChecksWorker = { kind: 'rules'; rules: CheckRules } | { kind: 'check'; id: number; report: Report };
export type FromChecksWorker = ({ id: number } & CheckAnswer) | { id: number; error: string };

let rules: CheckRules | null = null;
const check = checkReader();

addEventListener('message', (e: MessageEvent<ToChecksWorker>) => {
  const m = e.data;
  if (m.kind === 'rules') {
    rules = m.rules;
    return;
  }
  let answer: FromChecksWorker;
  try {
    if (!rules) throw new Error('审校规则尚未载入');
    answer = { id: m.id, ...check(m.report, rules) };
  } catch (err) {
    answer = { id: m.id, error: err instanceof Error ? err.message : String(err) };
  }
  postMessage(answer);
});
