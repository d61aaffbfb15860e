// The 审校 result of the report, computed off the typing path: in a worker (the page only sends the
// text and takes the findings), else — where no worker can start — on the main thread when it is
// idle. Only the newest text is checked: while a run is busy, later texts wait and the last one
// goes next. The result says which report text it belongs to, so marks are placed only on that
// very text (the editor maps the marks it has through edits meanwhile), and a fix is always made
// against a result of the current text (`fresh`).
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkStoredReport, type CheckRules, type StoredReportChecks } from '../../../shared/checks';
import type { CoverageList } from '../../../shared/structure/coverage';
import type { Report } from '../../../shared/types';
import { whenIdle } from '../../lazyComponent';
import { checkReader, type CheckAnswer } from './checkAnswer';
import { SETTLE_MS } from '../useSettled';
import type { FromChecksWorker, ToChecksWorker } from './checksWorker';

export interface CheckedReport {
  /** The report text the result was computed from. */
  report: Report;
  result: StoredReportChecks;
  /** 「本报告写到了哪些方面」 of that text (null without areas for the year). */
  coverage: CoverageList | null;
}

interface Runner {
  setRules(rules: CheckRules): void;
  /** Checks this report; `done` gets the answer, or null when the run failed. */
  check(report: Report, done: (answer: CheckAnswer | null) => void): void;
  close(): void;
}

function workerRunner(): Runner | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./checksWorker.ts', import.meta.url), { type: 'module', name: '审校' });
  } catch {
    return null;
  }
  let next = 0;
  let failed = false;
  const waiting = new Map<number, (answer: CheckAnswer | null) => void>();
  worker.addEventListener('message', (e: MessageEvent<FromChecksWorker>) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.('result' in e.data ? { result: e.data.result, coverage: e.data.coverage } : null);
  });
  // A worker that cannot load its script fails every run: the caller falls back to the page.
  worker.addEventListener('error', () => {
    failed = true;
    for (const done of waiting.values()) done(null);
    waiting.clear();
  });
  const send = (m: ToChecksWorker) => worker.postMessage(m);
  return {
    setRules: (rules) => send({ kind: 'rules', rules }),
    check(report, done) {
      if (failed) {
        queueMicrotask(() => done(null));
        return;
      }
      const id = ++next;
      waiting.set(id, done);
      send({ kind: 'check', id, report });
    },
    close: () => worker.terminate(),
  };
}

function idleRunner(): Runner {
  let rules: CheckRules | null = null;
  let cancel: (() => void) | null = null;
  const read = checkReader();
  return {
    setRules: (r) => void (rules = r),
    check(report, done) {
      cancel = whenIdle(() => {
        cancel = null;
        try {
          done(rules ? read(report, rules) : null);
        } catch {
          done(null);
        }
      });
    },
    close: () => cancel?.(),
  };
}

export function useCheckResult(report: Report | null, rules: CheckRules | null): { checked: CheckedReport | null; fresh: (report: Report) => StoredReportChecks | null } {
  const [checked, setChecked] = useState<CheckedReport | null>(null);
  const runner = useRef<Runner | null>(null);
  const state = useRef({ busy: false, queued: null as Report | null, fellBack: false });

  useEffect(() => {
    if (!rules) return;
    const r = workerRunner() ?? idleRunner();
    r.setRules(rules);
    runner.current = r;
    state.current = { busy: false, queued: null, fellBack: false };
    return () => {
      r.close();
      if (runner.current === r) runner.current = null;
    };
  }, [rules]);

  const run = useCallback(
    (target: Report) => {
      const r = runner.current;
      const s = state.current;
      if (!r || !rules) return;
      if (s.busy) {
        s.queued = target;
        return;
      }
      s.busy = true;
      r.check(target, (answer) => {
        if (runner.current !== r) return;
        if (answer === null && !s.fellBack) {
          // The worker failed (its script could not load): the same run on the page, when idle.
          s.fellBack = true;
          r.close();
          runner.current = idleRunner();
          runner.current.setRules(rules);
          s.busy = false;
          run(s.queued ?? target);
          s.queued = null;
          return;
        }
        s.busy = false;
        if (answer) setChecked({ report: target, ...answer });
        const queued = s.queued;
        s.queued = null;
        if (queued) run(queued);
      });
    },
    [rules],
  );

  // The first text of a report is checked at once; later ones once typing pauses, so a fast typist
  // does not keep the worker (and a single-core PC) busy with texts nobody looks at.
  const first = checked === null;
  useEffect(() => {
    if (!report || !rules) return;
    if (first) {
      run(report);
      return;
    }
    const timer = setTimeout(() => run(report), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [report, rules, run, first]);

  const fresh = useCallback(
    (current: Report) => {
      if (!rules) return null;
      if (checked?.report === current) return checked.result;
      return checkStoredReport(current, rules);
    },
    [checked, rules],
  );
  return { checked: checked && report && checked.report.id === report.id ? checked : null, fresh };
}
