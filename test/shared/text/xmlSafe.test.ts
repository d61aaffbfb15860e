import { describe } from 'vitest';
import { stripXmlIllegal } from '../../../shared/text/xmlSafe';
import { itMaps } from '../../helpers/cases';

describe('stripXmlIllegal', () => {
  itMaps('drops what XML 1.0 cannot hold and keeps everything else', stripXmlIllegal, [
    ['法治\u0000政府\u001b[2J建设', '法治政府[2J建设'],
    ['a\ufffeb\uffffc\ufdd0d\ufdefe', 'abcde'],
    // Lone surrogates go; a pair stays, unless it names a noncharacter of its plane.
    ['x\ud83d y\ude00 z', 'x y z'],
    ['😀𠀀\ud83f\udffe\udbff\udfff', '😀𠀀'],
    ['\t制表\n换行\r回车\u000b\u000c', '\t制表\n换行\r回车'],
  ]);

  itMaps('returns clean text as it is', stripXmlIllegal, [
    ['2024年，全镇办理行政许可事项52件。“谁执法谁普法”', '2024年，全镇办理行政许可事项52件。“谁执法谁普法”'],
  ]);
});
