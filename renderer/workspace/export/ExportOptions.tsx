// The unit's format settings: the font of each element, 三级标题加粗, 加盖印章, the page numbers. Kept per unit, so
// next year's report exports the same way. A font name is saved when its field loses focus.
import { useState } from 'react';
import { PAGE_NUMBER_LABEL, PAGE_NUMBER_STYLES } from '../../../shared/export/pageNumbers';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { type ExportSettings, type ExportSettingsInput } from '../../../shared/export/settings';
import { DEFAULT_EXPORT_FONTS, EXPORT_FONT_KEYS, EXPORT_FONT_LABEL, type ExportFontKey } from '../../../shared/export/exportDefaults';

interface Props {
  settings: ExportSettings;
  missingFonts: readonly string[];
  disabled: boolean;
  onSave: (settings: ExportSettingsInput) => void;
}

export function ExportOptions({ settings, missingFonts, disabled, onSave }: Props) {
  // This form is the only editor of the settings while the dialog is open: it shows a change at
  // once and saves it in the background, and never takes the saved value back over what is being
  // typed (a preview arriving mid-typing would otherwise undo keystrokes).
  const [shown, setShown] = useState(settings);
  const [fonts, setFonts] = useState(settings.fonts);
  const save = (patch: Partial<ExportSettings>) => {
    const next = { ...shown, ...patch };
    setShown(next);
    if (patch.fonts) setFonts(patch.fonts);
    onSave(next);
  };
  const commitFont = (key: ExportFontKey) => {
    if (fonts[key].trim() === shown.fonts[key]) return;
    save({ fonts: { ...fonts, [key]: fonts[key].trim() } });
  };
  const changed = EXPORT_FONT_KEYS.some((k) => shown.fonts[k] !== DEFAULT_EXPORT_FONTS[k]);

  return (
    <details className="export-options">
      <summary>格式设置（本单位通用）</summary>
      <div className="export-options-body">
        <fieldset className="export-fonts" disabled={disabled}>
          <legend>字体</legend>
          {EXPORT_FONT_KEYS.map((key) => (
            <label key={key}>
              <span>{EXPORT_FONT_LABEL[key]}</span>
              <input
                value={fonts[key]}
                placeholder={DEFAULT_EXPORT_FONTS[key]}
                maxLength={64}
                onChange={(e) => setFonts({ ...fonts, [key]: e.target.value })}
                onBlur={() => commitFont(key)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
              />
              {missingFonts.includes(settings.fonts[key]) && <span className="export-font-missing">本机未安装</span>}
            </label>
          ))}
          {changed && (
            <button type="button" className="link" onClick={() => save({ fonts: { ...DEFAULT_EXPORT_FONTS } })}>
              恢复标准字体
            </button>
          )}
        </fieldset>
        <fieldset className="export-flags" disabled={disabled}>
          <legend>版式</legend>
          <label>
            <input type="checkbox" checked={shown.boldLevel3} onChange={(e) => save({ boldLevel3: e.target.checked })} />
            三级标题「1.」加粗
          </label>
          <label>
            <input type="checkbox" checked={shown.sealed} onChange={(e) => save({ sealed: e.target.checked })} />
            加盖印章（成文日期右空四字，署名居中其上，留出盖章位置）
          </label>
          <label>
            页码
            <ChoiceSelect values={PAGE_NUMBER_STYLES} label={PAGE_NUMBER_LABEL} value={shown.pageNumbers} onChange={(pageNumbers) => save({ pageNumbers })} />
          </label>
          <p className="muted small">页边距、每页 22 行 × 28 字等按 GB/T 9704 固定，无需设置。</p>
        </fieldset>
      </div>
    </details>
  );
}
