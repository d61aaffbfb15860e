// The side panel's tabs for the open part: 写作指引, 完整性, 审校, 去年对照 (when there is a last
// year), 历史版本.
import { memo, type ReactNode, type RefObject } from 'react';
import type { CoverageList } from '../../shared/structure/coverage';
import type { CompletenessItem } from '../../shared/templates/completeness';
import type { TemplateSection } from '../../shared/templates/schema';
import type { Report } from '../../shared/types';
import { ChecksPanel } from './checks/ChecksPanel';
import type { Checks } from './checks/useChecks';
import { CompletenessPanel } from './CompletenessPanel';
import { GuidancePanel } from './GuidancePanel';
import { HistoryPanel } from './HistoryPanel';
import type { SectionEditorHandle } from './SectionEditor';
import { SidePanel, type SideTab } from './SidePanel';
import type { OutlineSection } from './useOutlineShape';
import type { useSectionActions } from './useSectionActions';

interface Props {
  /** The sections as the outline shows them (the 审校 groups' headings). */
  outline: readonly OutlineSection[];
  /** The open section as the outline has it (its ticked 要点 as they are now, no text: the same
   *  object while only the text changes); undefined while 「标题与开头」 or 「结尾与落款」 is open. */
  section: OutlineSection | undefined;
  /** Its text, at the pace of the side panel (历史版本 compares with it). */
  sectionBody: string;
  /** Its 字数. */
  sectionChars: number;
  templateSection: TemplateSection | null;
  missing: CompletenessItem[] | null;
  /** Which areas of the year's 纲要 the report writes about (guidance). */
  coverage: CoverageList | null;
  checks: Checks;
  onTogglePoint: ReturnType<typeof useSectionActions>['togglePoint'];
  editor: RefObject<SectionEditorHandle | null>;
  /** Extra guidance for the open section (last year's plans beside part one). */
  guidanceExtra: ReactNode;
  compareTab: SideTab | null;
  active: string;
  onActiveChange: (id: string) => void;
  onOpenSection: (id: number) => void;
  /** Bumps after saves: the history list reloads. */
  savedTick: number;
  beforeRestore: () => Promise<void>;
  onRestored: () => Promise<Report | null>;
}

// Memoised: it follows the text at the deferred pace (WorkspaceScreen), not in a keystroke's render.
export const WorkspaceSide = memo(function WorkspaceSide(p: Props) {
  const { section } = p;
  const tabs: SideTab[] = [
    {
      id: 'guide',
      label: '写作指引',
      render: () =>
        section ? (
          <GuidancePanel
            section={section}
            chars={p.sectionChars}
            templateSection={p.templateSection}
            onTogglePoint={(pointId, checked) => p.onTogglePoint(section, pointId, checked)}
            onInsert={(text) => p.editor.current?.insertParagraph(text)}
            extra={p.guidanceExtra}
          />
        ) : (
          <p className="muted">标题、主送机关、开头段落和落款会按公文格式导出；开头一般写「XXXX年，XX在XX的正确领导下……现将有关情况报告如下：」。</p>
        ),
    },
    {
      id: 'complete',
      label: '完整性',
      badge: p.missing?.filter((m) => m.kind !== 'point').length,
      render: () => <CompletenessPanel items={p.missing} coverage={p.coverage} onOpen={p.onOpenSection} />,
    },
    {
      id: 'checks',
      label: '审校',
      badge: p.checks.result ? p.checks.result.counts.error + p.checks.result.counts.warning : undefined,
      render: () => <ChecksPanel checks={p.checks} sections={p.outline} />,
    },
    ...(p.compareTab ? [p.compareTab] : []),
    {
      id: 'history',
      label: '历史版本',
      render: () =>
        section ? (
          <HistoryPanel sectionId={section.id} currentBody={p.sectionBody} refreshKey={p.savedTick} beforeRestore={p.beforeRestore} onRestored={p.onRestored} />
        ) : (
          <p className="muted">选择一个章节查看它的历史版本。</p>
        ),
    },
  ];
  return <SidePanel tabs={tabs} active={p.active} onActiveChange={p.onActiveChange} />;
});
