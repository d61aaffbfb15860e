import { describe, expect, it } from 'vitest';
import { stripXmlIllegal } from '../../../shared/text/xmlSafe';

describe('stripXmlIllegal', () => {
  it('drops what XML 1.0 cannot hold and keeps everything else', () => {
    expect(stripXmlIllegal('法治\u0000政府\u001b[2J建设')).toBe('法治政府[2J建设');
    expect(stripXmlIllegal('a\ufffeb\uffffc\ufdd0d\ufdefe')).toBe('abcde');
    // Lone surrogates go; a pair stays, unless it names a noncharacter of its plane.
    expect(stripXmlIllegal('x\ud83d y\ude00 z')).toBe('x y z');
    expect(stripXmlIllegal('😀𠀀\ud83f\udffe\udbff\udfff')).toBe('😀𠀀');
    expect(stripXmlIllegal('\t制表\n换行\r回车\u000b\u000c')).toBe('\t制表\n换行\r回车');
  });

  it('returns clean text as it is', () => {
    const text = '2024年，全镇办理行政许可事项52件。“谁执法谁普法”';
    expect(stripXmlIllegal(text)).toBe(text);
  });
});
