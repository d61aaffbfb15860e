// Text that must be matched literally inside a regular expression built from data (word lists,
// units, terms): every character with a meaning in a pattern is escaped.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
