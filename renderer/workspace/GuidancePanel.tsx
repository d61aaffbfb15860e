// 写作指引 for the selected section: what to write, the county's key points (ticks are saved),
// sample paragraphs from real reports with 「插入」 and 「复制」, the usual figures, and the
// section's length against the range seen in real reports.
import type { ReactNode } from 'react';
import type { TemplateSection } from '../../shared/templates/schema';
import type { Section } from '../../shared/types';
import { useToast } from '../components/Toasts';
import { copyText } from '../clipboard';

interface Props {
  /** The ticked 要点 are read from it. */
  section: Pick<Section, 'checkedPoints'>;
  /** The section's 字数 (counted once for the footer and this panel). */
  chars: number;
  templateSection: TemplateSection | null;
  onTogglePoint: (pointId: string, checked: boolean) => void;
  onInsert: (text: string) => void;
  /** Extra content for this section (e.g. last year's plans beside part one). */
  extra?: ReactNode;
}

export function GuidancePanel({ section, chars, templateSection: t, onTogglePoint, onInsert, extra }: Props) {
  const toast = useToast();
  if (!t) {
    return (
      <div className="guidance">
        <p className="muted">这是本单位自己添加的标题，模板中没有对应的写作指引。可参考上级标题的指引填写。</p>
        {extra}
      </div>
    );
  }
  const range = t.typicalChars;
  const lengthState = chars === 0 ? 'empty' : chars < range.min ? 'short' : chars > range.max ? 'long' : 'ok';
  return (
    <div className="guidance">
      <section>
        <h3>写什么</h3>
        <p>{t.guidance}</p>
        {t.basis && <p className="muted small">依据：{t.basis}</p>}
      </section>
      <section className={`length length-${lengthState}`} data-testid="length">
        本节 {chars} 字；同类报告一般 {range.min}–{range.max} 字
        {lengthState === 'short' && '，内容可能偏少'}
        {lengthState === 'long' && '，可适当精简'}
      </section>
      {extra}
      {t.keyPoints.length > 0 && (
        <section>
          <h3>要点核对</h3>
          <ul className="checklist">
            {t.keyPoints.map((p) => (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={section.checkedPoints.includes(p.id)}
                    onChange={(e) => onTogglePoint(p.id, e.target.checked)}
                  />
                  {p.text}
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      {t.figures.length > 0 && (
        <section>
          <h3>常引用的数据</h3>
          <ul className="figures">
            {t.figures.map((f) => (
              <li key={f.label}>
                {f.label}（{f.unit}）
              </li>
            ))}
          </ul>
        </section>
      )}
      {t.samples.length > 0 && (
        <section>
          <h3>范例段落</h3>
          {t.samples.map((s, i) => (
            <figure key={i} className="sample">
              <blockquote>{s.text}</blockquote>
              <figcaption className="muted small">
                摘自：{s.source.unit}{s.source.year}年报告
              </figcaption>
              <div className="sample-actions">
                <button type="button" onClick={() => onInsert(s.text)}>
                  插入
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void copyText(s.text).then((ok) =>
                      toast(ok ? { kind: 'info', text: '已复制范例段落。' } : { kind: 'error', text: '复制失败，请手动选中文字复制。' }),
                    )
                  }
                >
                  复制
                </button>
              </div>
            </figure>
          ))}
        </section>
      )}
    </div>
  );
}
