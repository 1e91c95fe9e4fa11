/**
 * What the search index reads of a built page. The HTML is minified, so a
 * label and its value (<dt>Date precision</dt><dd>to the day</dd>), two table
 * cells or a note shown on its own line (<span class="why">) touch with no
 * space between them; Pagefind only separates the elements it knows to be
 * blocks, so it indexed "precisionto" and showed it in excerpts. The pages
 * themselves stay as they are: only the copy given to the indexer changes.
 */

/**
 * Parts of every page that are not what the page is about: site chrome, and
 * lists and tables repeated on many pages (the region's maps with their
 * legends and hotspot lists, chart data tables, lists of other articles,
 * drawings' labels). Indexed, they made every page match every place name they list.
 */
export const SEARCH_EXCLUDE = [
  'header',
  'footer',
  'nav',
  'svg',
  '.choropleth',
  '.chart-table',
  '.chart-source',
  '.map-legend',
  '.map-hotspots',
  '.article-list',
] as const;

/** Elements a reader sees apart from the text before them. */
const SEPARATE = /([^\s>])(<(?:dt|dd|th|td|li|caption|tr|br)\b|<[a-z][\w-]*\s[^>]*\bclass="(?:[^"]*\s)?why[\s"])/g;

/**
 * Puts a space after each closing tag that runs straight into another tag,
 * and before each element shown on its own (a cell, a definition, a note).
 * Spaces inside a tag's attributes are never touched: attribute values in
 * built pages escape "<" and ">".
 */
export function separateForIndex(html: string): string {
  return html.replace(/(<\/[a-zA-Z][\w-]*>)(?=<)/g, '$1 ').replace(SEPARATE, '$1 $2');
}
