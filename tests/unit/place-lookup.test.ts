/** Quarters and stations as editors name them, and the hints a near miss gets; expectations written by hand from data/quarters.json and data/stations.json. */
import { describe, expect, it } from 'vitest';
import {
  findQuarter,
  findStation,
  quarterOutsideCommuneMessage,
  stationOutsideCommuneMessage,
  unknownQuarterMessage,
  unknownStationMessage,
} from '../../src/lib/place-lookup.ts';
import { quarterByCode, stationById } from '../../src/lib/reference.ts';

describe('finding a quarter or a station', () => {
  it.each([
    [11, 11],
    ['11', 11],
    ['11-cureghem-bara', 11],
    ['Cureghem Bara', 11],
    ['KUREGEM BARA', 11],
    ["gare de l'ouest", 15],
    ['Weststation', 15],
    ['Beguinage - Dixmude', 3],
  ])('resolves the quarter %s to code %s', (value, code) => {
    expect(findQuarter(value)?.code).toBe(code);
  });

  it('resolves a station by id, French or Dutch name, or STIB code', () => {
    expect(['arts-loi', 'Arts-Loi', 'Kunst-Wet', 'ARTS-LOI'].map((v) => findStation(v)?.id)).toEqual(['arts-loi', 'arts-loi', 'arts-loi', 'arts-loi']);
    expect(findStation('Paris-Nord')).toBeUndefined();
    expect(findQuarter('Montmartre')).toBeUndefined();
  });
});

describe('an unknown quarter or station', () => {
  const prefix = (v: string) => `quarter '${v}' is not one of the 145 quarters in data/quarters.json; `;

  it('lists up to five quarters whose names hold every word given', () => {
    expect(unknownQuarterMessage('Quartier')).toBe(
      `${prefix('Quartier')}did you mean Quartier Royal (6) or Quartier Maritime (18) or Quartier Nord (21) or Quartier Brabant (22) or Quartier Européen (35)?`,
    );
  });

  it('on a tie, suggests the quarter first in code order', () => {
    // "0" is one edit from the codes 1 … 9 and 10, 20 …: Grand Place, code 1, comes first.
    expect(unknownQuarterMessage('0')).toBe(`${prefix('0')}did you mean Grand Place (1)?`);
  });

  it('suggests a name exactly two edits away', () => {
    // "Stoxxel" is two letters off "Stockel", as far as a short name may be.
    expect(unknownStationMessage('Stoxxel')).toBe("station 'Stoxxel' is not one of the 70 metro and premetro stations in data/stations.json; did you mean Stockel?");
  });

  it('suggests nothing for an empty name', () => {
    expect(unknownStationMessage('')).toBe("station '' is not one of the 70 metro and premetro stations in data/stations.json; expected its French or Dutch name, or its id");
  });

  it('says what is expected when no name is close and more than five, or none, hold the word', () => {
    // Eight quarters are called "Centre": too many to list.
    expect(unknownQuarterMessage('Centre')).toBe(`${prefix('Centre')}expected a quarter code, or its French or Dutch name`);
    expect(unknownQuarterMessage('Xyzzy')).toBe(`${prefix('Xyzzy')}expected a quarter code, or its French or Dutch name`);
  });

  it('suggests a station, several stations, or says what is expected', () => {
    const head = (v: string) => `station '${v}' is not one of the 70 metro and premetro stations in data/stations.json; `;
    expect(unknownStationMessage('Clemenseau')).toBe(`${head('Clemenseau')}did you mean Clemenceau?`);
    expect(unknownStationMessage('Gare du')).toBe(`${head('Gare du')}did you mean Gare du Midi or Gare du Nord?`);
    expect(unknownStationMessage('Xyzzy')).toBe(`${head('Xyzzy')}expected its French or Dutch name, or its id`);
  });
});

describe('a place outside the stated commune', () => {
  it('names the station, where it lies, and the way out', () => {
    expect(stationOutsideCommuneMessage(stationById.get('albert')!, '21001')).toBe(
      "station Albert lies in Saint-Gilles (21013), in a quarter that does not reach Anderlecht (21001); is the commune Saint-Gilles? Otherwise name the station in 'place' and leave 'station' out",
    );
  });

  it('names every commune a quarter lies in', () => {
    expect(quarterOutsideCommuneMessage(quarterByCode.get(13)!, '21004')).toMatch(
      /^quarter Cureghem Rosée \(13\) lies in Anderlecht \(21001\) and Molenbeek-Saint-Jean \(21012\), not in Bruxelles \(21004\); .* is the commune Anderlecht\?$/,
    );
  });
  it.each([
    // No name of Etterbeek shares a word with "Duchesse"; "Chasse" is three edits away, as far as a short name may be.
    [14, '21005', "quarter Duchesse (14) lies in Molenbeek-Saint-Jean (21012), not in Etterbeek (21005); did you mean Chasse (33), in Etterbeek, or is the commune Molenbeek-Saint-Jean?"],
    [59, '21012', 'quarter Scheut (59) lies in Anderlecht (21001), not in Molenbeek-Saint-Jean (21012); did you mean Scheutbos (914), in Molenbeek-Saint-Jean, or is the commune Anderlecht?'],
    // Quartier Nord (21) and Quartier Brabant (22), in Saint-Josse, both share "quartier" and are both seven edits
    // from "Quartier Maritime": the lower code wins.
    [18, '21014', 'quarter Quartier Maritime (18) lies in Bruxelles (21004) and Molenbeek-Saint-Jean (21012), not in Saint-Josse-ten-Noode (21014); did you mean Quartier Nord (21), in Saint-Josse-ten-Noode, or is the commune Bruxelles?'],
    // A shared word of four letters or more wins over a closer spelling.
    [15, '21013', "quarter Gare de l'Ouest (15) lies in Molenbeek-Saint-Jean (21012), not in Saint-Gilles (21013); did you mean Gare du Midi (804), in Saint-Gilles, or is the commune Molenbeek-Saint-Jean?"],
    [6, '21009', 'quarter Quartier Royal (6) lies in Bruxelles (21004), not in Ixelles (21009); did you mean Quartier Européen (35), in Ixelles, or is the commune Bruxelles?'],
    [25, '21002', 'quarter Saint-Josse Centre (25) lies in Saint-Josse-ten-Noode (21014) and Bruxelles (21004), not in Auderghem (21002); did you mean Watermael Centre (104), in Auderghem, or is the commune Saint-Josse-ten-Noode?'],
    // Short words ("de", "l") do not count as shared, and nothing in Auderghem or Anderlecht is spelt close enough.
    [15, '21002', "quarter Gare de l'Ouest (15) lies in Molenbeek-Saint-Jean (21012), not in Auderghem (21002); expected a quarter of that commune (data/quarters.json lists them); or is the commune Molenbeek-Saint-Jean?"],
    [1, '21001', 'quarter Grand Place (1) lies in Bruxelles (21004), not in Anderlecht (21001); expected a quarter of that commune (data/quarters.json lists them); or is the commune Bruxelles?'],
  ])('suggests, for quarter %s outside commune %s, the quarter of that commune the editor probably meant', (code, nis, message) => {
    expect(quarterOutsideCommuneMessage(quarterByCode.get(code)!, nis)).toBe(message);
  });
});
