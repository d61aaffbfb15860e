// One list row naming a part of the report after a tag (「已覆盖」, 「缺少」…): the text opens its
// section when it has one, else stays plain text.
interface Props {
  tag: string;
  text: string;
  sectionId: number | null;
  onOpen: (sectionId: number) => void;
  className?: string;
}

export function TaggedSectionRow({ tag, text, sectionId, onOpen, className }: Props) {
  return (
    <li className={className}>
      <span className="tag">{tag}</span>{' '}
      {sectionId === null ? (
        text
      ) : (
        <button type="button" className="link" onClick={() => onOpen(sectionId)}>
          {text}
        </button>
      )}
    </li>
  );
}
