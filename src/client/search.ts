/**
 * Search over the Pagefind index built from the static pages. Results are
 * written with textContent only: excerpts lose Pagefind's <mark> tags rather
 * than being inserted as HTML.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLOListElement>('ol[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const bundle = root.dataset['bundle']!;
  const noneTemplate = status.dataset['none'] ?? '';
  const countTemplate = status.dataset['count'] ?? '{n}';
  let pagefind: Promise<Pagefind> | undefined;

  const textOf = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

  const run = async (q: string) => {
    list.replaceChildren();
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>;
    const search = await (await pagefind).search(q);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    status.textContent = results.length ? countTemplate.replace('{n}', String(search.results.length)) : noneTemplate;
    for (const r of results) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.textContent = textOf(r.excerpt);
      li.append(a, p);
      list.append(li);
    }
  };

  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  root.querySelector<HTMLElement>('[data-noscript]')?.setAttribute('hidden', '');
  form.hidden = false;
  void run(q);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
}
