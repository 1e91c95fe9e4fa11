/**
 * Progressive enhancement for the incident database: the full table is in
 * the HTML; this only hides rows, sorts them, says what is shown and keeps
 * the URL query in step. It never writes editor-provided text as HTML (only
 * textContent and hidden).
 */
import { filterFromQuery, matches, queryFromFilter, FILTER_KEYS, type Filter, type RowFacets } from '../lib/incident-facets.ts';
import { sortRows, tableCaption } from '../lib/incident-table.ts';

function facetsOf(row: HTMLElement): RowFacets {
  const d = row.dataset;
  return { year: d['year'] ?? '', commune: d['commune'] ?? '', type: d['type'] ?? '', victims: (d['victims'] ?? 'unknown') as RowFacets['victims'] };
}

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.db-filter');
  const table = root.querySelector<HTMLTableElement>('table.incident-db');
  const tbody = table?.tBodies[0];
  const caption = table?.caption;
  const status = root.querySelector<HTMLElement>('[data-status]');
  const reset = root.querySelector<HTMLButtonElement>('button[data-reset]');
  if (!form || !table || !tbody || !caption || !status || !reset) return;
  let rows = [...tbody.rows];
  const lang = document.documentElement.lang;
  const count = new Intl.NumberFormat(lang);
  const collator = new Intl.Collator(lang);
  const words = { all: caption.dataset['all'] ?? '', shown: caption.dataset['shown'] ?? '', named: { commune: caption.dataset['commune'] ?? '{v}' } };
  const hint = caption.dataset['hint'] ?? '{caption}';
  const label = (key: string, value: string) => {
    const select = form.elements.namedItem(key);
    return (select instanceof HTMLSelectElement ? [...select.options].find((o) => o.value === value)?.text : undefined) ?? value;
  };

  const apply = (filter: Filter) => {
    let shown = 0;
    for (const row of rows) {
      const ok = matches(facetsOf(row), filter);
      row.hidden = !ok;
      if (ok) shown++;
    }
    const n = count.format(shown);
    const total = count.format(rows.length);
    status.textContent = shown ? (status.dataset['template'] ?? '{n}').replace('{n}', n).replace('{total}', total) : (status.dataset['none'] ?? '');
    reset.hidden = !FILTER_KEYS.some((k) => filter[k]);
    caption.textContent = hint.replace('{caption}', () => tableCaption(filter, n, total, words, label));
  };

  const current = (): Filter => {
    const data = new FormData(form);
    return filterFromQuery(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])).toString());
  };

  const update = () => {
    const f = current();
    history.replaceState(null, '', `${location.pathname}${queryFromFilter(f)}`);
    apply(f);
  };

  const initial = filterFromQuery(location.search);
  for (const key of FILTER_KEYS) {
    const select = form.elements.namedItem(key);
    if (select instanceof HTMLSelectElement && initial[key] && [...select.options].some((o) => o.value === initial[key])) select.value = initial[key]!;
  }

  // Headings become buttons only now, so that without the script none looks clickable.
  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const key = th.dataset['sort']!;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['sort'] = key;
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows = sortRows(rows, (r) => r.dataset[key] ?? '', { numeric: th.dataset['numeric'] === 'true', ascending, compareText: collator.compare });
      tbody.append(...rows);
    });
  }
  form.hidden = false;
  apply(current());

  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  reset.addEventListener('click', () => {
    form.reset();
    update();
    // The button hides itself: the reader goes on from the first filter.
    form.querySelector('select')?.focus();
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-incident-db]')) init(root);
