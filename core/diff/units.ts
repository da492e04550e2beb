/**
 * The unit a field's name carries (convention 4: `coal_t`, `capex_cny`, `fixed_opex_cny_per_year`),
 * so a diff can say "12,000 → 10,000 t". Names are read from the end: the longest run of unit
 * words, with `per` read as "/". Names that end in a unit word but are not quantities of it
 * (years, ids) are listed as exceptions.
 */

const UNIT_WORDS: Readonly<Record<string, string>> = {
  t: 't',
  tco2: 'tCO2',
  tce: 'tce',
  mwh: 'MWh',
  kwh: 'kWh',
  gj: 'GJ',
  kw: 'kW',
  m2: 'm²',
  m: 'm',
  ha: 'ha',
  cny: 'CNY',
  '10k': '10⁴',
  nm3: 'Nm³',
  kg: 'kg',
  km: 'km',
  '100km': '100 km',
  deg: '°',
  year: 'year',
  years: 'years',
  hours: 'h',
  h2: 'H₂',
};

/** Names whose last word is a unit word but which are not measured in it. */
const EXCEPTIONS: Readonly<Record<string, string | null>> = {
  start_year: null,
  base_year: null,
  horizon_year: null,
  peak_by_year: null,
  year: null,
  fuel_per_100km: 'per 100 km',
  km_per_vehicle_year: 'km/vehicle/year',
  output_value_10k_cny: '10⁴ CNY',
  value_added_10k_cny: '10⁴ CNY',
  // A measure's unit costs are per unit of its size (kW, kWh, t/a, vehicle: core/costs).
  capex_cny_per_unit: 'CNY/unit of size',
  fixed_opex_cny_per_unit_year: 'CNY/unit of size/year',
};

/** The unit of a field (its last dotted segment), or null if its name carries none. */
export function unitOfField(field: string): string | null {
  const name = field.slice(field.lastIndexOf('.') + 1);
  if (Object.hasOwn(EXCEPTIONS, name)) return EXCEPTIONS[name] ?? null;
  const words = name.split('_');
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1]!;
    if (w === 'per' || Object.hasOwn(UNIT_WORDS, w)) start--;
    else break;
  }
  // A leading "per" has nothing to divide ("fuel_per_100km"); drop it.
  while (start < words.length && words[start] === 'per') start++;
  if (start >= words.length || start === 0) {
    // The whole name is unit words ("tco2") or none of it is.
    return start === 0 && words.length > 0 ? render(words) : null;
  }
  return render(words.slice(start));
}

function render(words: readonly string[]): string {
  let out = '';
  let afterPer = true;
  for (const w of words) {
    if (w === 'per') {
      out += '/';
      afterPer = true;
      continue;
    }
    out += (afterPer ? '' : ' ') + UNIT_WORDS[w]!;
    afterPer = false;
  }
  return out;
}
