// What the import left out or changed on its own: web-page debris lines (listed on request) and
// the repairs it was sure of (heading numbers, dates, half-width punctuation).
import type { ImportPreview } from '../../shared/import/preview';

const FORMAT_LABEL: Record<ImportPreview['format'], string> = {
  docx: 'Word 文档（.docx）',
  doc: 'Word 97-2003 文档（.doc）',
  txt: '文本文件',
  paste: '粘贴的文字',
};

export function RecognisedNotes({ preview }: { preview: ImportPreview }) {
  const { dropped, repairs, punctuationFixes } = preview;
  return (
    <div className="import-notes">
      <p className="muted small">
        {preview.format === 'paste' ? FORMAT_LABEL.paste : `「${preview.fileName}」 · ${FORMAT_LABEL[preview.format]}`}
        {preview.encoding ? `（${preview.encoding.toUpperCase()} 编码）` : ''} · 正文共 {preview.totalChars} 字 · 识别出 {preview.entries.length} 个标题
      </p>
      {dropped.length > 0 ? (
        <details className="import-dropped">
          <summary>已去掉 {dropped.length} 行网页杂项（发布时间、阅读次数、字体大小、版权等），点击查看</summary>
          <ul>
            {dropped.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="muted small">没有需要去掉的网页杂项。</p>
      )}
      {(repairs.length > 0 || punctuationFixes > 0) && (
        <details className="import-repairs">
          <summary>
            已自动修正：
            {[punctuationFixes > 0 ? `${punctuationFixes} 行的半角标点改为全角` : '', repairs.length > 0 ? `${repairs.length} 处标题编号或日期` : '']
              .filter(Boolean)
              .join('，')}
          </summary>
          <ul>
            {repairs.map((r, i) => (
              <li key={i}>
                {r.note}：「{r.source}」→「{r.result}」
              </li>
            ))}
            {punctuationFixes > 0 && <li>中文里的半角逗号、句号、冒号、括号等改为全角（共 {punctuationFixes} 行）。</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
