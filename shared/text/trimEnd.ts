// Trimming marks off the end of a text, from the end. A /[…]+$/ pattern looks like the same thing
// but is retried from every such character of a run inside the text — quadratic on a line of
// 200,000 commas or spaces with one other character after them.

const BLANK = /\s/;

/** `text` without the trailing characters in `marks` (and blanks, with `blanks`). */
export function trimEndOf(text: string, marks: string, blanks = false): string {
  let end = text.length;
  while (end > 0 && (marks.includes(text[end - 1]!) || (blanks && BLANK.test(text[end - 1]!)))) end--;
  return end === text.length ? text : text.slice(0, end);
}
