// 「审校」: counts per severity, the safe fixes that can be applied in one click, and the findings
// grouped by place in document order. A finding opens its place; 「修正」, 「全部修正此类」 and
// 「忽略」 act on it; ignored findings can be shown again and restored.
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  FIX_KIND_LABEL,
  FIX_KINDS,
  groupFindings,
  SEVERITIES,
  SEVERITY_LABEL,
  type Finding,
  type FindingGroup,
  type Severity,
} from '../../../shared/checks';
import { numberOutline } from '../../../shared/gongwen/sectionOrder';
import { useReadOnly } from '../../components/ReadOnly';
import type { OutlineSection } from '../useOutlineShape';
import { fixEditCount, type Checks } from './useChecks';

interface Props {
  checks: Checks;
  /** For the groups' headings (useOutlineShape: the same array while only text changes). */
  sections: readonly OutlineSection[];
}

const GROUP_LABEL: Record<string, string> = { report: '全文', head: '标题与开头', tail: '结尾与落款' };

// Memoised: while the user types, neither the result nor the outline it is drawn against changes.
export const ChecksPanel = memo(function ChecksPanel({ checks, sections }: Props) {
  // A long list may lag a frame behind a new result.
  const result = useDeferredValue(checks.result);
  const [only, setOnly] = useState<Severity | null>(null);
  const [showIgnored, setShowIgnored] = useState(false);
  const readOnly = useReadOnly();
  const outline = useMemo(() => numberOutline(sections), [sections]);
  const labels = useMemo(() => new Map(outline.map(({ node, prefix }) => [node.id, `${prefix}${node.title}`])), [outline]);
  const order = useMemo(() => outline.map(({ node }) => node.id), [outline]);
  // The items act on a finding as the newest result has it (its place moves with edits before it)
  // while they redraw only when what they show changes: a new result leaves most of them alone.
  const byId = useRef(new Map<string, Finding>());
  useLayoutEffect(() => {
    byId.current = new Map([...(result?.open ?? []), ...(result?.ignored ?? [])].map((f) => [f.id, f]));
  }, [result]);
  const { open, fix, fixAll, setIgnored } = checks;
  const actions = useMemo<ItemActions>(() => {
    const now = (f: Finding) => byId.current.get(f.id) ?? f;
    return { open: (f) => open(now(f)), fix: (f) => fix(now(f)), fixAll, setIgnored: (f, ignored) => setIgnored(now(f), ignored) };
  }, [open, fix, fixAll, setIgnored]);

  if (!result) return <p className="muted">正在审校…</p>;
  const shown = only ? result.open.filter((f) => f.severity === only) : result.open;
  const groups = groupFindings(shown, order);
  const fixable = FIX_KINDS.map((kind) => ({ kind, count: result.open.filter((f) => f.fix?.kind === kind).reduce((n, f) => n + fixEditCount(f), 0) })).filter(
    (k) => k.count > 0,
  );
  const groupLabel = (g: FindingGroup) => (g.target.kind === 'section' ? (labels.get(g.target.sectionId) ?? '（已删除的章节）') : GROUP_LABEL[g.key]!);

  return (
    <div className="checks">
      {checks.rules?.problems.map((p) => (
        <p key={p.file + p.message} className="checks-problem" role="alert">
          {p.message}
        </p>
      ))}
      <div className="checks-counts" role="group" aria-label="按类别筛选">
        {SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            className={`count count-${s}${only === s ? ' active' : ''}`}
            aria-pressed={only === s}
            data-severity={s}
            onClick={() => setOnly(only === s ? null : s)}
            title={only === s ? '显示全部' : `只看${SEVERITY_LABEL[s]}`}
          >
            {SEVERITY_LABEL[s]} <strong>{result.counts[s]}</strong>
          </button>
        ))}
      </div>
      {fixable.length > 0 && (
        <div className="checks-bulk">
          <span className="muted small">可一键修正（修正前自动保存一个版本）：</span>
          {fixable.map(({ kind, count }) => (
            <button key={kind} type="button" disabled={checks.busy || readOnly} onClick={() => checks.fixAll(kind)}>
              {FIX_KIND_LABEL[kind]}（{count} 处）
            </button>
          ))}
        </div>
      )}
      {result.open.length === 0 ? (
        <p className="ok-text">没有发现问题。</p>
      ) : (
        groups.map((g) => (
          <section key={g.key} className="checks-group" aria-label={groupLabel(g)}>
            <h3>
              {g.target.kind === 'report' ? (
                groupLabel(g)
              ) : (
                <button type="button" className="link" onClick={() => checks.open(g.findings[0]!)}>
                  {groupLabel(g)}
                </button>
              )}
            </h3>
            {chunks(g.findings).map((part) => (
              <ul key={part[0]!.id} className="finding-chunk" style={{ ['--findings' as string]: part.length }}>
                {part.map((f) => (
                  <FindingItem key={f.id} f={f} actions={actions} busy={checks.busy} />
                ))}
              </ul>
            ))}
          </section>
        ))
      )}
      {result.ignored.length > 0 && (
        <div className="checks-ignored">
          <button type="button" className="link" aria-expanded={showIgnored} onClick={() => setShowIgnored(!showIgnored)}>
            {showIgnored ? '收起已忽略的问题' : `显示已忽略的问题（${result.ignored.length}）`}
          </button>
          {showIgnored && (
            <ul aria-label="已忽略的问题">
              {result.ignored.map((f) => (
                <FindingItem key={f.id} f={f} actions={actions} busy={checks.busy} ignored />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
});

interface ItemActions {
  open: (f: Finding) => void;
  fix: (f: Finding) => void;
  fixAll: Checks['fixAll'];
  setIgnored: (f: Finding, ignored: boolean) => void;
}

/** Findings drawn in runs of this many, each run laid out only once scrolled near (see the CSS):
 *  the browser follows one box per run, not one per finding, in every frame. */
const CHUNK = 24;

function chunks(list: readonly Finding[]): Finding[][] {
  const out: Finding[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Whether an item would draw the same: everything it shows, not where in the text it points. */
const sameView = (a: Finding, b: Finding) =>
  a === b ||
  (a.id === b.id &&
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.excerpt === b.excerpt &&
    a.field === b.field &&
    a.paragraph === b.paragraph &&
    !a.fix === !b.fix &&
    a.fix?.kind === b.fix?.kind);

interface ItemProps {
  f: Finding;
  actions: ItemActions;
  busy: boolean;
  ignored?: boolean;
}

const FindingItem = memo(function FindingItem({ f, actions, busy, ignored = false }: ItemProps) {
  const where = f.paragraph !== null && f.field === 'body' ? `第${f.paragraph + 1}段 · ` : '';
  // 修正 changes the text and 忽略/恢复 are stored with the report: none can be saved read-only.
  const readOnly = useReadOnly();
  return (
    <li className={`finding finding-${f.severity}${ignored ? ' finding-ignored' : ''}`} data-rule={f.rule}>
      <button type="button" className="finding-open" onClick={() => actions.open(f)} title="打开并标出此处">
        <span className={`sev sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
        <span className="finding-message">
          {where}
          {f.message}
        </span>
        {f.excerpt && <span className="finding-excerpt">{f.excerpt}</span>}
      </button>
      <div className="finding-actions">
        {ignored ? (
          <button type="button" disabled={readOnly} onClick={() => actions.setIgnored(f, false)}>
            恢复
          </button>
        ) : (
          <>
            {f.fix && (
              <button type="button" disabled={busy || readOnly} onClick={() => actions.fix(f)}>
                修正
              </button>
            )}
            {f.fix?.kind && (
              <button type="button" disabled={busy || readOnly} onClick={() => actions.fixAll(f.fix!.kind!)} title={FIX_KIND_LABEL[f.fix.kind]}>
                全部修正此类
              </button>
            )}
            <button type="button" disabled={readOnly} onClick={() => actions.setIgnored(f, true)} title="不再提示此处（可在下方「显示已忽略的问题」中恢复）">
              忽略
            </button>
          </>
        )}
      </div>
    </li>
  );
},
(a, b) => a.actions === b.actions && a.busy === b.busy && a.ignored === b.ignored && sameView(a.f, b.f));
