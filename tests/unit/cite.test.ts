/** Citations as printed under a record: what is not known says so in the page's language. */
import { describe, expect, it } from 'vitest';
import { citeSource, quoteMarks } from '../../src/lib/cite.ts';
import { incidentSchema } from '../../src/lib/schema.ts';
import { rawIncident } from './helpers.ts';

describe('citations', () => {
  it('a registry report without outlet, headline, date or address says each is not stated', () => {
    // report-000 in data/sources.json: a copy whose outlet, headline and date are unknown (it has no public URL).
    const s = incidentSchema.parse(rawIncident({ sources: ['report-000', 'report-003'] })).sources[0]!;
    expect(citeSource(s, 'fr')).toEqual({ outlet: 'média non précisé', author: null, title: null, titleMissing: 'titre non précisé', date: 'date non précisée', url: null });
    expect(citeSource(s, 'nl')).toMatchObject({ outlet: 'medium niet vermeld', date: 'datum niet vermeld' });
  });

  it('a headline without a recorded language is marked with none', () => {
    const s = incidentSchema.parse(rawIncident({ sources: [{ outlet: 'Bruzz', title: 'Schietpartij in Anderlecht', url: 'https://www.bruzz.be/1' }] })).sources[0]!;
    expect(citeSource(s, 'en')).toMatchObject({ outlet: 'Bruzz', title: { text: 'Schietpartij in Anderlecht', lang: null }, url: 'https://www.bruzz.be/1' });
  });

  it('quotes headlines with each language’s marks', () => {
    expect(quoteMarks('en')).toEqual(['\u201c', '\u201d']);
    expect(quoteMarks('nl')).toEqual(['\u2018', '\u2019']);
    // French guillemets with a narrow no-break space inside each.
    expect(quoteMarks('fr')).toEqual(['\u00ab\u202f', '\u202f\u00bb']);
  });
});
