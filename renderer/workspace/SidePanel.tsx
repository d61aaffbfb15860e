// The right-hand panel: one tab at a time (写作指引, 完整性, 审校, 去年对照, 历史版本…). Each
// feature adds its tab in WorkspaceScreen; this component only switches between them.
import { useState, type ReactNode } from 'react';

export interface SideTab {
  id: string;
  label: string;
  /** A small count after the label, e.g. open findings. */
  badge?: number | string | undefined;
  render: () => ReactNode;
}

interface Props {
  tabs: SideTab[];
  active?: string | undefined;
  onActiveChange?: (id: string) => void;
}

export function SidePanel({ tabs, active, onActiveChange }: Props) {
  const [own, setOwn] = useState(tabs[0]?.id ?? '');
  const current = tabs.find((t) => t.id === (active ?? own)) ?? tabs[0];
  const choose = (id: string) => {
    setOwn(id);
    onActiveChange?.(id);
  };
  return (
    <aside className="side" aria-label="辅助面板">
      <div className="tabs" role="tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === current?.id}
            className={t.id === current?.id ? 'tab active' : 'tab'}
            onClick={() => choose(t.id)}
          >
            {t.label}
            {t.badge !== undefined && t.badge !== 0 && <span className="badge">{t.badge}</span>}
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel" aria-label={current?.label}>
        {current?.render()}
      </div>
    </aside>
  );
}
