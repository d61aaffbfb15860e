// 成文日期 in the 落款: Arabic numerals, full year, no zero padding — 「2024年12月31日」.

const DATE = /^(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?$/;

/**
 * 「2024年01月08日」, 「2024-1-8」, 「2024/01/08」 all become 「2024年1月8日」. Text that is not a
 * date of that shape (e.g. 「二〇二四年」) is returned trimmed, as the user wrote it.
 */
export function formatSignatureDate(value: string): string {
  const trimmed = value.trim().replace(/\s+/g, '');
  const match = DATE.exec(trimmed);
  if (!match) return trimmed;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return trimmed;
  return `${match[1]}年${month}月${day}日`;
}
