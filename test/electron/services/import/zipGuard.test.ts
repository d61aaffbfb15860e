// The DTD scan on its own: every part handed to mammoth passes through it (zipGuard.ts).
import { describe, expect, it } from 'vitest';
import { hasDtd } from '../../../../electron/services/import/zipGuard';

describe('hasDtd', () => {
  const part = (xml: string, encoding: BufferEncoding = 'utf8', pad = 0) => Buffer.concat([Buffer.alloc(pad, 0x20), Buffer.from(xml, encoding)]);

  it('finds a DOCTYPE or ENTITY declaration in UTF-8 and UTF-16, at any offset', () => {
    for (const decl of ['<!DOCTYPE w:document [<!ENTITY x "y">]>', '<!ENTITY x SYSTEM "file:///etc/passwd">']) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        for (const pad of [0, 1]) expect(hasDtd(part(`<?xml version="1.0"?><!-- note -->${decl}<w:document/>`, encoding, pad))).toBe(true);
      }
    }
  });

  it('passes comments, CDATA and a 「<!」 cut off at the end of the part', () => {
    expect(hasDtd(part('<?xml version="1.0"?><!-- <!DOC --><w:document><![CDATA[x]]></w:document>'))).toBe(false);
    expect(hasDtd(part('<w:document/><!'))).toBe(false);
    expect(hasDtd(part('<w:document/><!DOCTYP'))).toBe(false);
    expect(hasDtd(part('<w:document/><!', 'utf16le'))).toBe(false);
  });
});
