import { describe, expect, it } from 'vitest';
import { normalise } from '../golden/render.ts';

describe('golden normaliser', () => {
  it('cuts only long decimals, never a number written with thousands separators', () => {
    expect(normalise('<p>per 100.000 inwoners; 120.883 residents; 1.234.567</p>')).toBe('<p>per 100.000 inwoners; 120.883 residents; 1.234.567</p>\n');
    expect(normalise('<path d="M12.3456789,4.12345L7.5,8.25"></path>')).toBe('<path d="M12.34,4.12L7.5,8.25">\n</path>\n');
  });
});
