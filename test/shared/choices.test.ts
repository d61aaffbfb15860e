import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { choices } from '../../shared/choices';

describe('choices', () => {
  it('lists the values in the order of the label table, and names each', () => {
    const c = choices({ outside: '外侧', centre: '居中', none: '不加' });
    expect(c.values).toEqual(['outside', 'centre', 'none']);
    expect(c.values.map((v) => c.label[v])).toEqual(['外侧', '居中', '不加']);
  });

  it('gives z.enum exactly those values', () => {
    const schema = z.enum(choices({ a: '甲', b: '乙' }).values);
    expect(schema.parse('b')).toBe('b');
    expect(schema.safeParse('c').success).toBe(false);
  });
});
