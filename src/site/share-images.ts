/**
 * Share images, encoded in the background. Rasterising and compressing a card
 * takes about 20 ms of native work; awaited page by page, that work stopped
 * rendering for 1,000 images at 1,000 articles. Instead the build starts every
 * encode when it lists the image paths (before any page renders), one at a time
 * on one libuv thread, while the main thread renders pages. The image route
 * renders after the bulk of the pages (Astro orders routes with a dynamic first
 * segment by their static segments, alphabetically: /[lang]/og/ comes after
 * articles, communes and incidents), so by then its images are ready and it
 * only reads them. The order only affects speed, never the output.
 *
 * Finished images wait on disk, not in memory, so memory stays flat however
 * many articles there are; each file is removed once the build has read it.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

export interface ShareCardSvg {
  key: string;
  svg: string;
}

/** The card is opaque: RGB without alpha, and zlib level 6, encode about four times faster than RGBA at level 9 (58 KB against 46 KB). */
const encoder = (svg: string) => sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 6 });

let jobs: Map<string, Promise<string>> | undefined;
let folder: string | undefined;
let unread = 0;

/** Starts encoding every card, in order, one at a time; called once per build. */
export function encodeShareImages(cards: readonly ShareCardSvg[]): void {
  if (jobs) return;
  jobs = new Map();
  const dir = (folder = mkdtempSync(join(tmpdir(), 'share-images-')));
  unread = cards.length;
  let previous: Promise<unknown> = Promise.resolve();
  cards.forEach((card, i) => {
    const file = join(dir, `${i}.png`);
    const job = previous.then(() => encoder(card.svg).toFile(file)).then(() => file);
    // A failed card fails its own page (which awaits it); the next cards still encode.
    previous = job.catch(() => undefined);
    jobs!.set(card.key, job);
  });
}

/** The PNG of one card: waits for its encode if it is not done yet. */
export async function shareImagePng(card: ShareCardSvg): Promise<Uint8Array<ArrayBuffer>> {
  // The dev server renders one image on request: no queue to wait for.
  if (import.meta.env.DEV) return new Uint8Array(await encoder(card.svg).toBuffer());
  const job = jobs?.get(card.key);
  if (!job) throw new Error(`no share image was started for ${card.key}`);
  const file = await job;
  const png = new Uint8Array(await readFile(file));
  await rm(file);
  if (--unread === 0) await rm(folder!, { recursive: true, force: true });
  return png;
}
