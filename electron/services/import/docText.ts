// Legacy .doc (and WPS .wps, the same binary format) → plain text via word-extractor.
import WordExtractor from 'word-extractor';

export async function docToText(bytes: Uint8Array): Promise<string> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return doc.getBody();
}
