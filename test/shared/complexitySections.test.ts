// Report functions grow linearly when a pathological text is spread over many sections of 100
// characters (hundreds of sections, findings and headings): see complexity.test.ts for the method.
import { describe, expect, it } from 'vitest';
import { MAX_RATIO, slowPairs } from './complexity/growth';
import { SHAPES } from './complexity/shapes';
import { SECTION_CASES } from './complexity/subjects';

describe('report functions grow linearly over many sections', () => {
  for (const { name, subject, shapes } of SECTION_CASES) {
    it(name, () => {
      const slow = slowPairs(subject, Object.fromEntries(shapes.map((s) => [s, SHAPES[s]!])));
      expect(slow, `grows faster than ×${MAX_RATIO} from n to 4n`).toEqual([]);
    }, 600_000);
  }
});
