/**
 * polygon-clipping, typed. Its package declares named exports but Node loads
 * its CommonJS build, whose functions sit on the default export.
 */
import * as clipping from 'polygon-clipping';
import type { MultiPoly } from './planar.ts';

type Clip = typeof clipping;
const pc: Clip = (clipping as unknown as { default?: Clip }).default ?? clipping;

export const intersection = (a: MultiPoly, ...b: MultiPoly[]): MultiPoly => pc.intersection(a, ...b) as MultiPoly;
export const union = (a: MultiPoly, ...b: MultiPoly[]): MultiPoly => pc.union(a, ...b) as MultiPoly;
export const difference = (a: MultiPoly, ...b: MultiPoly[]): MultiPoly => pc.difference(a, ...b) as MultiPoly;
