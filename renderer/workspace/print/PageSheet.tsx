// One A4 page of the preview, drawn from the shared layout: the 版心 at the unit's margins, its
// lines exactly as the layout broke them (each line its own box, so the browser never re-wraps),
// justified like Word's lines, a hanging mark past the margin, and the page number by the unit's
// style. Sizes are in points, the unit the layout computes in. Printing and PDF use these same
// boxes; print.css turns the sheet into the printed page.
import type { CSSProperties } from 'react';
import type { BlockLayout, DocumentLayout, LayoutPage } from '../../../shared/export/layout/layout';
import type { Line } from '../../../shared/export/layout/lineBreak';
import { LINE_PITCH } from '../../../shared/export/layout/page';
import { pageNumberText, type PageNumberStyle } from '../../../shared/export/pageNumbers';
import { pt } from './printStyles';

export type FontFamilies = Record<string, string>;


export interface LinePlace {
  block: number;
  sectionId: number | null;
  place: BlockLayout['place'];
}

function lineStyle(block: BlockLayout, first: boolean, last: boolean): CSSProperties {
  const left = block.left + (first ? block.firstLine : 0);
  const justify = block.align === 'justify' && !last;
  const align = block.align === 'justify' ? 'left' : block.align;
  return {
    paddingLeft: pt(left),
    paddingRight: pt(block.right),
    fontSize: `${block.size}pt`,
    letterSpacing: pt(block.spacing),
    textAlign: justify ? 'justify' : align,
    textAlignLast: justify ? 'justify' : align,
  };
}

function LineView({ block, line, first, last, families }: { block: BlockLayout; line: Line; first: boolean; last: boolean; families: FontFamilies }) {
  const segments = line.segments;
  const hang = line.hangs ? (segments[segments.length - 1]?.text.slice(-1) ?? '') : '';
  return (
    <div className="pv-line" style={lineStyle(block, first, last)}>
      {segments.map((s, i) => {
        const run = block.runs[s.run];
        const text = hang && i === segments.length - 1 ? Array.from(s.text).slice(0, -1).join('') : s.text;
        return (
          <span
            key={i}
            style={{
              fontFamily: families[s.script === 'latin' ? 'latin' : (run?.font ?? 'body')],
              fontWeight: run?.bold ? 700 : 400,
              marginLeft: s.gapBefore ? `${s.gapBefore}pt` : undefined,
            }}
          >
            {text}
            {hang && i === segments.length - 1 && <span className="pv-hang">{hang}</span>}
          </span>
        );
      })}
    </div>
  );
}

interface Props {
  layout: DocumentLayout;
  page: LayoutPage;
  families: FontFamilies;
  pageNumbers: PageNumberStyle;
  onOpen: (where: LinePlace) => void;
}

export function PageSheet({ layout, page, families, pageNumbers, onOpen }: Props) {
  const { geometry } = layout;
  const odd = page.number % 2 === 1;
  const numberText = pageNumberText(pageNumbers, page.number);
  return (
    <div
      className="pv-sheet"
      data-page={page.number}
      style={{ width: pt(geometry.width), height: pt(geometry.height), padding: `${pt(geometry.margin.top)} ${pt(geometry.margin.right)} 0 ${pt(geometry.margin.left)}` }}
    >
      <div className="pv-body" style={{ width: pt(geometry.textWidth), height: pt(geometry.textHeight) }}>
        {page.lines.map(({ block: b, line: l }, slot) => {
          const block = layout.blocks[b];
          const line = block?.lines[l];
          if (!block || !line) return null;
          return (
            <div
              key={`${b}-${l}`}
              className="pv-line-box"
              // Placed by slot, not stacked: browsers round a line's height to whole pixels, and
              // 22 rounded lines would not fit the 版心.
              style={{ top: pt(slot * LINE_PITCH), height: pt(LINE_PITCH), lineHeight: pt(LINE_PITCH) }}
              data-block={b}
              onClick={() => onOpen({ block: b, sectionId: block.sectionId, place: block.place })}
            >
              <LineView block={block} line={line} first={l === 0} last={l === block.lines.length - 1} families={families} />
            </div>
          );
        })}
      </div>
      {numberText && (
        <div
          className={`pv-number pv-number-${pageNumbers === 'outside' ? (odd ? 'right' : 'left') : 'centre'}`}
          style={{ left: pt(geometry.margin.left), width: pt(geometry.textWidth), top: pt(geometry.margin.top + geometry.textHeight) }}
        >
          {numberText}
        </div>
      )}
    </div>
  );
}
