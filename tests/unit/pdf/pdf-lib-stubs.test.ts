/**
 * The built app replaces @pdf-lib/standard-fonts and @pdf-lib/upng with the stand-ins in src/pdf (issue 17).
 * pdf-lib's `embedFont` tells a standard font's name from font bytes by these names, so they must
 * be exactly the package's; drawing with a standard font must fail with a plain message.
 */
import { Font as RealFont, FontNames as RealNames } from '@pdf-lib/standard-fonts';
import { describe, expect, it } from 'vitest';
import { Font, FontNames } from '../../../src/pdf/standard-fonts-stub';
import UPNG from '../../../src/pdf/png-stub';

describe('the standard-fonts stand-in', () => {
  it('has exactly the package\'s font names', () => {
    expect({ ...FontNames }).toEqual({ ...RealNames });
  });

  it('refuses to load a standard font, where the package would', () => {
    expect(() => RealFont.load(RealNames.Helvetica)).not.toThrow();
    expect(() => Font.load()).toThrow(/Noto Sans/);
  });
});

describe('the PNG decoder stand-in', () => {
  it('refuses to decode a picture, with a plain message', () => {
    expect(() => UPNG.decode()).toThrow(/text only/);
    expect(() => UPNG.toRGBA8()).toThrow(/text only/);
  });
});
