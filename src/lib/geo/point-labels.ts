/**
 * Names written beside points of a map (metro stations), placed so that no
 * two names overlap and no name leaves the map. A name goes to the side of its
 * point that faces the map's middle if it is free, else to the other side,
 * above or below; widths are estimated from the text, since the map is drawn at
 * build time without font metrics.
 */
import { overlaps, type Box, type LabelSpot } from './map-layout.ts';

export interface PointToName {
  x: number;
  y: number;
  text: string;
  /** Radius kept clear around the point: a ring of incidents drawn on the station. */
  clear?: number;
}

/** Half the side of the square a station is drawn as, plus a little air. */
const MARK = 4;
/** Gap between a point and its name. */
const GAP = 10;

/**
 * The largest size, in the map's own units, that a name takes at any screen
 * width: the stylesheet never lets map text render under 12 CSS px, and a map
 * is never drawn narrower than `narrowestPx` (a 320 px phone, less the margins).
 */
export function largestNameSize(mapWidth: number, cssFontUnits: number, narrowestPx = 288): number {
  return Math.max(cssFontUnits, (12 * mapWidth) / narrowestPx);
}

export function placePointLabels(points: readonly PointToName[], frame: { width: number; height: number }, fontPx: number): LabelSpot[] {
  // Stryker disable next-line ArrayDeclaration: a string in the list never overlaps a box (its characters compare as NaN), so it changes nothing
  const placed: Box[] = [];
  const marks: Box[] = points.map((p) => [p.x - MARK, p.y - MARK, p.x + MARK, p.y + MARK]);
  const h = fontPx;
  return points.map(({ x, y, text, clear = 0 }) => {
    const w = text.length * fontPx * 0.6;
    const gap = Math.max(GAP, clear + MARK);
    const right = { x: x + gap, y: y + h / 3, anchor: 'start' as const, box: [x + gap, y - (2 * h) / 3, x + gap + w, y + h / 3] as Box };
    const left = { x: x - gap, y: y + h / 3, anchor: 'end' as const, box: [x - gap - w, y - (2 * h) / 3, x - gap, y + h / 3] as Box };
    const above = { x, y: y - gap, anchor: 'middle' as const, box: [x - w / 2, y - gap - h, x + w / 2, y - gap] as Box };
    const below = { x, y: y + gap + h, anchor: 'middle' as const, box: [x - w / 2, y + gap, x + w / 2, y + gap + h] as Box };
    const sides = x < frame.width * 0.7 ? [right, left] : [left, right];
    const candidates = [...sides, above, below].filter(({ box }) => box[0] >= 0 && box[1] >= 0 && box[2] <= frame.width && box[3] <= frame.height);
    const free = (b: Box) => !placed.some((p) => overlaps(p, b)) && !marks.some((m) => overlaps(m, b));
    const pick = candidates.find((c) => free(c.box)) ?? candidates.find((c) => !placed.some((p) => overlaps(p, c.box))) ?? candidates[0] ?? sides[0]!;
    placed.push(pick.box);
    return { x: Math.round(pick.x * 10) / 10, y: Math.round(pick.y * 10) / 10, anchor: pick.anchor };
  });
}
