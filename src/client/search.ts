/**
 * Search over the Pagefind index built from the static pages, as the reader
 * types. Excerpts are rebuilt from text nodes and <mark> elements only, so
 * text from a page can highlight the words found but never becomes markup.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindHit { data(): Promise<PagefindResult> }
interface Pagefind {
  options(o: { ranking: { pageLength: number } }): Promise<void>;
  search(q: string): Promise<{ results: PagefindHit[] }>;
}

/**
 * The page about a place (a hotspot, a commune) is long because it lists its
 * incidents; Pagefind's default length penalty (0.75) ranked it below every
 * short record that merely names the place.
 */
const RANKING = { pageLength: 0.3 };

/** Results shown at once, and added by each press of "more". */
const PAGE = 20;
/** Long enough to skip the searches of a word half typed, short enough to feel immediate. */
const TYPING_PAUSE_MS = 200;

/** The excerpt as text, with Pagefind's <mark> around the words found. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((n) => {
    if (n.nodeName !== 'MARK') return document.createTextNode(n.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = n.textContent;
    return mark;
  });
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLOListElement>('ol[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const more = root.querySelector<HTMLButtonElement>('button[data-more]')!;
  const bundle = root.dataset['bundle']!;
  const noneTemplate = status.dataset['none'] ?? '';
  const countTemplate = status.dataset['count'] ?? '{n}';
  let pagefind: Promise<Pagefind> | undefined;
  let hits: PagefindHit[] = [];
  /** Only the latest query may write: an earlier, slower search finishing late is dropped. */
  let latest = 0;

  const show = async (from: number, run: number): Promise<HTMLAnchorElement | undefined> => {
    const results = await Promise.all(hits.slice(from, from + PAGE).map((r) => r.data()));
    if (run !== latest) return undefined;
    const links = results.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.append(...excerptNodes(r.excerpt));
      li.append(a, p);
      list.append(li);
      return a;
    });
    more.hidden = list.children.length >= hits.length;
    return links[0];
  };

  const run = async (q: string) => {
    const run = ++latest;
    if (!q.trim()) {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (p) => {
      await p.options({ ranking: RANKING });
      return p;
    });
    const search = await (await pagefind).search(q);
    if (run !== latest) return;
    hits = search.results;
    list.replaceChildren();
    status.textContent = hits.length ? countTemplate.replace('{n}', String(hits.length)) : noneTemplate;
    await show(0, run);
  };

  const search = (q: string) => {
    history.replaceState(null, '', q.trim() ? `${location.pathname}?q=${encodeURIComponent(q)}` : location.pathname);
    void run(q);
  };

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  root.querySelector<HTMLElement>('[data-noscript]')?.setAttribute('hidden', '');
  form.hidden = false;
  void run(input.value);

  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => search(input.value), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(pause);
    search(input.value);
  });
  let adding = false;
  more.addEventListener('click', async () => {
    // A second press while the first is still loading would add the same results twice.
    if (adding) return;
    adding = true;
    // The reader carries on from the first new result rather than the top of the page.
    (await show(list.children.length, latest))?.focus();
    adding = false;
  });
}
