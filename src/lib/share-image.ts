/**
 * The share card for an article (1200×630), as SVG text; the build turns it
 * into PNG. Titles are editor text, so every string is XML-escaped here.
 */

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Spaces a line may break at: not the no-break ones French puts before « : » and inside « ». */
const BREAKING_SPACE = /[^\S\u00A0\u202F]+/;

/** Greedy word wrap by character count: good enough for a sans-serif headline. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKING_SPACE).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

export interface ShareCard {
  siteName: string;
  title: string;
  footer: string;
}

export function shareImageSvg(card: ShareCard): string {
  const lines = wrapWords(card.title, 30, 4);
  const tspans = lines.map((l, i) => `<tspan x="80" dy="${i === 0 ? 0 : 76}">${escapeXml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fbfaf7"/>
<rect width="1200" height="14" fill="#b3261e"/>
<text x="80" y="110" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="34" font-weight="700" fill="#b3261e">${escapeXml(card.siteName)}</text>
<text x="80" y="230" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="62" font-weight="700" fill="#1a1a1a">${tspans}</text>
<text x="80" y="570" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="28" fill="#555555">${escapeXml(card.footer)}</text>
</svg>`;
}
