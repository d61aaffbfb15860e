// What the file will be, before it is written: the outline as numbered in the file, the length
// and page estimate, the fonts this PC lacks, and what is still open. All of it informs; none of
// it blocks the export.
import type { ExportPreview } from '../../../shared/export/preview';
import { formatCount } from '../../format';
import { TaggedSectionRow } from '../TaggedSectionRow';
import type { OpenItems } from './openItems';

const MAX_LISTED = 5;

function FontNotice({ preview }: { preview: ExportPreview }) {
  const { fonts } = preview;
  if (!fonts.checked) {
    return (
      <p className="export-note" data-testid="export-fonts">
        无法检查本机字体。若本机缺少导出所用的字体，Word/WPS 打开时会用相近字体代替。
      </p>
    );
  }
  if (fonts.missing.length === 0) {
    return (
      <p className="export-note export-ok" data-testid="export-fonts">
        本机已安装导出所用的全部字体。
      </p>
    );
  }
  return (
    <p className="export-note export-warn" role="status" data-testid="export-fonts">
      本机缺少以下字体，Word/WPS 打开时会用相近字体代替：{fonts.missing.join('、')}
      <span className="muted small">（文件中写的仍是这些字体名，在装有这些字体的电脑上按原样显示。）</span>
    </p>
  );
}

interface Row {
  key: string;
  tag: string;
  text: string;
  sectionId: number | null;
}

function RowList({ title, rows, onOpenSection }: { title: string; rows: Row[]; onOpenSection: (id: number) => void }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h4>
        {title}（{rows.length}）
      </h4>
      <ul>
        {rows.slice(0, MAX_LISTED).map((row) => (
          <TaggedSectionRow key={row.key} tag={row.tag} text={row.text} sectionId={row.sectionId} onOpen={onOpenSection} />
        ))}
      </ul>
      {rows.length > MAX_LISTED && <p className="muted small">另有 {rows.length - MAX_LISTED} 项未列出。</p>}
    </>
  );
}

const KIND_TAG = { missing: '缺少', empty: '未填写', short: '偏短', point: '要点' } as const;

function OpenItemsList({ items, onOpenSection }: { items: OpenItems; onOpenSection: (id: number) => void }) {
  const sectionRows: Row[] = (items.sections ?? []).map((s, i) => ({ key: `s${i}`, tag: KIND_TAG[s.kind], text: s.message, sectionId: s.sectionId }));
  const errorRows: Row[] = items.errors.map((f) => ({ key: f.id, tag: '错误', text: f.message, sectionId: f.sectionId }));
  if (sectionRows.length === 0 && errorRows.length === 0) {
    return (
      <div className="export-open" data-testid="export-open-items">
        <p className="export-note export-ok">{items.sections === null ? '没有审校错误。' : '必填部分都已填写，没有审校错误。'}</p>
        {items.sections === null && <p className="muted small">这份报告没有使用模板，未核对必填部分。</p>}
      </div>
    );
  }
  const counts = [
    sectionRows.length > 0 ? `${sectionRows.length} 处必填部分未完成` : '',
    errorRows.length > 0 ? `${errorRows.length} 个审校错误` : '',
  ].filter((x) => x !== '');
  return (
    <div className="export-open" data-testid="export-open-items">
      <p className="export-note export-warn">
        还有 {counts.join('、')}。仍可导出，导出后可继续修改并再次导出。
      </p>
      <RowList title="必填部分" rows={sectionRows} onOpenSection={onOpenSection} />
      <RowList title="审校错误" rows={errorRows} onOpenSection={onOpenSection} />
      {items.uncheckedPoints > 0 && <p className="muted small">另有 {items.uncheckedPoints} 个写作要点尚未勾选核对（仅作提醒）。</p>}
      {items.sections === null && <p className="muted small">这份报告没有使用模板，未核对必填部分。</p>}
    </div>
  );
}

interface Props {
  preview: ExportPreview;
  items: OpenItems;
  onOpenSection: (sectionId: number) => void;
}

export function ExportSummary({ preview, items, onOpenSection }: Props) {
  return (
    <div className="export-summary">
      <section aria-label="提纲" className="export-outline-box">
        <h3>提纲</h3>
        <ol className="export-outline" data-testid="export-outline">
          {preview.outline.map((e) => (
            <li key={e.sectionId} className={`export-level-${e.level}`}>
              <span className="export-outline-title">
                {e.prefix}
                {e.title}
              </span>
              <span className={e.chars === 0 && !e.notApplicable ? 'export-chars export-empty' : 'export-chars'}>
                {e.notApplicable ? '无此项' : e.omitted ? '未填写，不导出' : e.chars === 0 ? '未填写' : `${formatCount(e.chars)} 字`}
              </span>
            </li>
          ))}
          {preview.outline.length === 0 && <li className="muted">（报告还没有章节）</li>}
        </ol>
      </section>
      <div className="export-facts">
        <section aria-label="篇幅">
          <h3>篇幅</h3>
          <p className="export-pages" data-testid="export-pages">
            共 <strong>{preview.pageCount}</strong> 页 · 正文 {formatCount(preview.totalChars)} 字
          </p>
          <p className="muted small">A4 纸，每页 22 行、每行 28 字（GB/T 9704 公文格式）。</p>
        </section>
        <section aria-label="字体">
          <h3>字体</h3>
          <FontNotice preview={preview} />
        </section>
        <section aria-label="尚未完成">
          <h3>尚未完成</h3>
          <OpenItemsList items={items} onOpenSection={onOpenSection} />
        </section>
      </div>
    </div>
  );
}
