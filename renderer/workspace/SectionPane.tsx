// The centre of the workspace while a section is open: its header (title, state, structure
// actions), the 待核对 bar when it applies, the editor and the footer with the section's 字数.
import type { ReactNode, RefObject } from 'react';
import type { Section } from '../../shared/types';
import { countChars } from '../../shared/gongwen/zishu';
import type { EditorMark } from './editorMarks';
import { SectionEditor, type SectionEditorHandle } from './SectionEditor';
import { SectionHeader } from './SectionHeader';
import type { useSectionActions } from './useSectionActions';

interface Props {
  /** The open section with its rendered number (「一、」「（二）」…). */
  entry: { node: Section; prefix: string };
  actions: ReturnType<typeof useSectionActions>;
  reviewBar: ReactNode;
  editor: RefObject<SectionEditorHandle | null>;
  /** Bumps when the text was replaced from outside; the editor reloads it. */
  editorRevision: number;
  /** The text to show: a queued save's, else the stored one. */
  text: string;
  fontSize: number;
  marks: EditorMark[];
  onChange: (text: string) => void;
  onBlur: () => void;
}

export function SectionPane({ entry, actions, reviewBar, editor, editorRevision, text, fontSize, marks, onChange, onBlur }: Props) {
  const section = entry.node;
  return (
    <>
      <SectionHeader
        section={section}
        prefix={entry.prefix}
        onRename={(title) => actions.rename(section, title)}
        onStatus={(status) => actions.setStatus(section, status)}
        onNotApplicable={(reason) => actions.setNotApplicable(section, reason)}
        onAddSibling={() => actions.addSibling(section)}
        onAddChild={() => actions.addChild(section)}
        onMove={(direction) => actions.move(section, direction)}
        onDelete={() => actions.remove(section)}
      />
      {reviewBar}
      <SectionEditor
        ref={editor}
        sectionId={section.id}
        revision={editorRevision}
        text={text}
        fontSize={fontSize}
        placeholderText="在此输入本节正文。每段一行；小标题如「1.」「（1）」直接写在段首。"
        marks={marks}
        onChange={onChange}
        onBlur={onBlur}
      />
      <div className="editor-footer muted">
        本节 {countChars(section.body)} 字 · 字号 {fontSize}（Ctrl + / Ctrl - 调整）
      </div>
    </>
  );
}
