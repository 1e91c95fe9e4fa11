/**
 * Progressive enhancement for the incident database: the full table is in
 * the HTML; this only hides rows, sorts them and keeps the URL query in step.
 * It never writes editor-provided text as HTML (only textContent and hidden).
 */
import { filterFromQuery, matches, queryFromFilter, FILTER_KEYS, type Filter, type RowFacets } from '../lib/incident-facets.ts';

function facetsOf(row: HTMLElement): RowFacets {
  const d = row.dataset;
  return { year: d['year'] ?? '', commune: d['commune'] ?? '', type: d['type'] ?? '', victims: (d['victims'] ?? 'unknown') as RowFacets['victims'] };
}

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.db-filter');
  const tbody = root.querySelector<HTMLTableSectionElement>('tbody');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!form || !tbody || !status) return;
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const template = status.dataset['template'] ?? '{n}';

  const apply = (filter: Filter) => {
    let shown = 0;
    for (const row of rows) {
      const ok = matches(facetsOf(row), filter);
      row.hidden = !ok;
      if (ok) shown++;
    }
    status.textContent = template.replace('{n}', String(shown)).replace('{total}', String(rows.length));
  };

  const current = (): Filter => {
    const data = new FormData(form);
    return filterFromQuery(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])).toString());
  };

  const initial = filterFromQuery(location.search);
  for (const key of FILTER_KEYS) {
    const select = form.elements.namedItem(key);
    if (select instanceof HTMLSelectElement && initial[key] && [...select.options].some((o) => o.value === initial[key])) select.value = initial[key]!;
  }
  form.hidden = false;
  apply(current());

  form.addEventListener('change', () => {
    const f = current();
    history.replaceState(null, '', `${location.pathname}${queryFromFilter(f)}`);
    apply(f);
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  for (const button of root.querySelectorAll<HTMLButtonElement>('th button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset['sort']!;
      const th = button.closest('th')!;
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of root.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (r: HTMLElement) => r.dataset[key] ?? '';
      const numeric = button.dataset['numeric'] === 'true';
      rows.sort((a, b) => {
        const c = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return ascending ? c : -c;
      });
      tbody.append(...rows);
    });
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-incident-db]')) init(root);
