// Report functions grow linearly when a pathological text is spread over many sections of 100
// characters (hundreds of sections, findings and headings): see complexity.test.ts for the method.
import { describe } from 'vitest';
import { SECTION_CASES, itGrowsLinearly } from './complexity/subjects';

describe('report functions grow linearly over many sections', () => {
  itGrowsLinearly(SECTION_CASES);
});
