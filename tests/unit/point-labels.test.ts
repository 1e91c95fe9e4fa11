/**
 * Station names on a zoomed map: every expected spot below is worked out by
 * hand from the rule (a name is 0.6 × font size wide per character, sits 10
 * units from its point, or 4 past a ring drawn on it, and its box must stay
 * inside the frame and clear of other names and of the stations' squares).
 */
import { describe, expect, it } from 'vitest';
import { largestNameSize, placePointLabels } from '../../src/lib/geo/point-labels.ts';

const FRAME = { width: 500, height: 400 };

describe('station names on a map', () => {
  it('writes a name on the side of its point that faces the middle of the map', () => {
    expect(placePointLabels([{ x: 100, y: 100, text: 'Abc' }], FRAME, 10)).toEqual([{ x: 110, y: 103.3, anchor: 'start' }]);
    // 400 is past 70 % of 500: the name goes to the left.
    expect(placePointLabels([{ x: 400, y: 100, text: 'Abc' }], FRAME, 10)).toEqual([{ x: 390, y: 103.3, anchor: 'end' }]);
  });

  it('moves a name that would cover another name, as two close stations do (Clemenceau and Lemonnier)', () => {
    // Clemenceau (10 letters, 120 units at size 20) takes the right of its point: [160, 86.7]–[280, 106.7].
    // Lemonnier's left side [157, 98.7]–[265, 118.7] would cover it, its right side leaves the 343-unit frame,
    // above [221, 82]–[329, 102] covers it too, so it goes below: [221, 122]–[329, 142].
    const spots = placePointLabels([{ x: 150, y: 100, text: 'Clemenceau' }, { x: 275, y: 112, text: 'Lemonnier' }], { width: 343, height: 257 }, 20);
    expect(spots).toEqual([
      { x: 160, y: 106.7, anchor: 'start' },
      { x: 275, y: 142, anchor: 'middle' },
    ]);
  });

  it('keeps a name off another station’s square', () => {
    // The right of (100, 100) would run over the square of the station at (115, 100): [111, 96]–[119, 104].
    const spots = placePointLabels([{ x: 100, y: 100, text: 'Abc' }, { x: 115, y: 100, text: 'Defgh' }], FRAME, 10);
    expect(spots[0]).toEqual({ x: 90, y: 103.3, anchor: 'end' });
    expect(spots[1]).toEqual({ x: 125, y: 103.3, anchor: 'start' });
  });

  it('writes a name past the ring of incidents drawn on its station', () => {
    // A ring of radius 12 keeps the name 16 units away instead of 10.
    expect(placePointLabels([{ x: 100, y: 100, text: 'Abc', clear: 12 }], FRAME, 10)).toEqual([{ x: 116, y: 103.3, anchor: 'start' }]);
    expect(placePointLabels([{ x: 100, y: 100, text: 'Abc', clear: 3 }], FRAME, 10)).toEqual([{ x: 110, y: 103.3, anchor: 'start' }]);
  });

  it('keeps every name inside the frame', () => {
    // At y = 2 both sides and the space above leave the frame: only below fits.
    expect(placePointLabels([{ x: 100, y: 2, text: 'Abc' }], FRAME, 10)).toEqual([{ x: 100, y: 22, anchor: 'middle' }]);
  });

  it('sizes names for the narrowest screen, where the 12 px floor is largest in map units', () => {
    // 12 px on a 560-unit map drawn 288 px wide is 12 × 560 / 288 = 23.3 units.
    expect(largestNameSize(560, 18)).toBeCloseTo(23.33, 2);
    expect(largestNameSize(200, 18)).toBe(18);
  });
});

describe('station names on a map: edges of the rules', () => {
  it('when every side covers a station, takes the first side clear of other names', () => {
    // P (100, 100) has a station on each side; Q's name, placed first to the left of Q (150, 100),
    // covers P's right side [110, 128]; Z's name is far away. P's left side is clear of names: it goes there.
    const points = [
      { x: 20, y: 20, text: 'Ab' },
      { x: 150, y: 100, text: 'Abcd' },
      { x: 100, y: 100, text: 'Abc' },
      { x: 115, y: 100, text: 'R' },
      { x: 85, y: 100, text: 'L' },
      { x: 100, y: 85, text: 'U' },
      { x: 100, y: 115, text: 'D' },
    ];
    const [z, q, p] = placePointLabels(points, { width: 160, height: 200 }, 10);
    expect(z).toEqual({ x: 30, y: 23.3, anchor: 'start' });
    expect(q).toEqual({ x: 140, y: 103.3, anchor: 'end' });
    expect(p).toEqual({ x: 90, y: 103.3, anchor: 'end' });
  });

  it('counts a station as a square 8 units wide', () => {
    // P's right side is [110, 128] × [93.3, 103.3].
    const beside = (sx: number, sy: number) => placePointLabels([{ x: 100, y: 100, text: 'Abc' }, { x: sx, y: sy, text: 'S' }], FRAME, 10)[0];
    expect(beside(131, 100)).toEqual({ x: 90, y: 103.3, anchor: 'end' }); // square [127, 135]: covered
    expect(beside(133, 100)).toEqual({ x: 110, y: 103.3, anchor: 'start' }); // square [129, 137]: clear
    expect(beside(107, 100)).toEqual({ x: 90, y: 103.3, anchor: 'end' }); // square [103, 111]: covered
    expect(beside(115, 106)).toEqual({ x: 90, y: 103.3, anchor: 'end' }); // square [102, 110] high: covered
    expect(beside(115, 108)).toEqual({ x: 110, y: 103.3, anchor: 'start' }); // square [104, 112] high: clear
    expect(beside(115, 90)).toEqual({ x: 90, y: 103.3, anchor: 'end' }); // square [86, 94] high: covered
    expect(beside(115, 89)).toEqual({ x: 110, y: 103.3, anchor: 'start' }); // square [85, 93] high: clear
  });

  it('turns to the left from 70 % of the width on', () => {
    expect(placePointLabels([{ x: 350, y: 100, text: 'Abc' }], FRAME, 10)).toEqual([{ x: 340, y: 103.3, anchor: 'end' }]);
    expect(placePointLabels([{ x: 349, y: 100, text: 'Abc' }], FRAME, 10)).toEqual([{ x: 359, y: 103.3, anchor: 'start' }]);
  });

  it('lets a name touch each edge of the frame, and not cross it', () => {
    // Frame 40 wide: at x = 28 the left side [0, 18] just fits.
    expect(placePointLabels([{ x: 28, y: 100, text: 'Abc' }], { width: 40, height: 200 }, 10)).toEqual([{ x: 18, y: 103.3, anchor: 'end' }]);
    // At x = 20 both sides cross an edge ([-8, 10] and [30, 48]): the name goes above.
    expect(placePointLabels([{ x: 20, y: 100, text: 'Abc' }], { width: 40, height: 200 }, 10)).toEqual([{ x: 20, y: 90, anchor: 'middle' }]);
    // At x = 12 the right side [22, 40] just fits.
    expect(placePointLabels([{ x: 12, y: 100, text: 'Abc' }], { width: 40, height: 200 }, 10)).toEqual([{ x: 22, y: 103.3, anchor: 'start' }]);
    // Frame 40 × 30, point (20, 20): only above [0, 10] fits, touching the top.
    expect(placePointLabels([{ x: 20, y: 20, text: 'Abc' }], { width: 40, height: 30 }, 10)).toEqual([{ x: 20, y: 10, anchor: 'middle' }]);
    // Frame 40 × 35, point (20, 15): only below [25, 35] fits, touching the bottom.
    expect(placePointLabels([{ x: 20, y: 15, text: 'Abc' }], { width: 40, height: 35 }, 10)).toEqual([{ x: 20, y: 35, anchor: 'middle' }]);
    // One unit lower nothing fits: the name keeps its first side, however it ends.
    expect(placePointLabels([{ x: 20, y: 16, text: 'Abc' }], { width: 40, height: 35 }, 10)).toEqual([{ x: 30, y: 19.3, anchor: 'start' }]);
  });
});
