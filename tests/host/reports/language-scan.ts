/**
 * Language scans of a report's text (pdftotext output): a Chinese report may contain no Latin
 * word but units, chemical formulas, standard codes and the product name, and no identifier or
 * JSON path; an English report no Chinese character. Each finding is the offending token with
 * its line, so a failure says what leaked and where.
 */

/** Latin tokens a Chinese report may contain: units, formulas, standard codes, the product name. */
const ZH_ALLOWED = new Set([
  // units
  't',
  'tCO2',
  'tCO2e',
  'kWh',
  'MWh',
  'GWh',
  'kW',
  'MW',
  'GW',
  'kWp',
  'MWp',
  'GJ',
  'MJ',
  'TJ',
  'Nm',
  'm',
  'tce',
  'kgce',
  'gce',
  'h',
  'a',
  'kg',
  'km',
  'ha',
  'tC',
  'kJ',
  'MPa',
  'm2',
  'm3',
  'Nm3',
  '°C',
  // formulas and terms used untranslated in Chinese planning documents
  'CO2',
  'H2',
  'CH4',
  'N2O',
  'CCUS',
  'CCS',
  // standard and hash names
  'GB',
  'T',
  'SHA',
  'ParkZero',
  // appendix letters and the names of public data sets cited as sources
  'A',
  'B',
  'C',
  'NASA',
  'POWER',
  'EPW',
]);

export interface Finding {
  line: number;
  token: string;
}

const IDENTIFIER = /[A-Za-z0-9]+_[A-Za-z0-9_]+|[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+|[A-Za-z_]+\[\d+\]/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;
const HEX = /\b[0-9a-f]{16,64}\b/g;

/** Latin words outside the allow-list, and identifiers or JSON paths, in a Chinese report. */
export function scanChinese(text: string): Finding[] {
  const out: Finding[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(HEX, ' ');
    for (const m of line.matchAll(IDENTIFIER)) out.push({ line: i + 1, token: m[0] });
    const rest = line.replace(IDENTIFIER, ' ');
    for (const m of rest.matchAll(LATIN_WORD)) if (!ZH_ALLOWED.has(m[0])) out.push({ line: i + 1, token: m[0] });
  });
  return out;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]+/g;

/** Chinese characters and punctuation, and identifiers or JSON paths, in an English report. */
export function scanEnglish(text: string): Finding[] {
  const out: Finding[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(HEX, ' ');
    for (const m of line.matchAll(CJK)) out.push({ line: i + 1, token: m[0] });
    for (const m of line.matchAll(IDENTIFIER)) out.push({ line: i + 1, token: m[0] });
  });
  return out;
}
