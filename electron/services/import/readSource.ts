// Runs in the reader process: a file's bytes (or pasted text) → the recognised report, refused
// when it is unreadable, unsafe or structured like no real report. Everything that reads or parses
// untrusted input happens here, under the reader's time and memory limits.
import { AppError } from '../../../shared/errors';
import { structureRefusal } from '../../../shared/import/limits';
import { parseReportText } from '../../../shared/import/parseText';
import { stripXmlIllegal } from '../../../shared/text/xmlSafe';
import { extractText } from './extract';
import type { ReadResult, ReadSource, ReadTimes } from './readerProtocol';

/** `times`, when given, gets where the time went (the reader process reports it with the answer). */
export async function readSource(source: ReadSource, times?: ReadTimes): Promise<ReadResult> {
  const start = performance.now();
  let text: string;
  let format: ReadResult['format'];
  let encoding: string | null = null;
  if ('text' in source) {
    if (source.text.trim() === '') throw new AppError('IMPORT_EMPTY', '没有粘贴任何文字。');
    text = source.text;
    format = 'paste';
  } else {
    const extracted = await extractText(source.fileName, source.bytes);
    text = extracted.text;
    format = extracted.format;
    encoding = extracted.encoding ?? null;
  }
  const read = performance.now();
  const parsed = parseReportText(stripXmlIllegal(text));
  const refusal = structureRefusal(parsed.sections);
  if (refusal) throw new AppError('IMPORT_TOO_LARGE', refusal);
  if (times) {
    times.readMs = read - start;
    times.recogniseMs = performance.now() - read;
  }
  return { parsed, format, encoding };
}
