import { describe, expect, it } from 'vitest';
import {
  findCityClimate,
  HOURS_PER_YEAR,
  parseEpw,
  parseHourlyCsv,
  pvFromWeather,
  synthesizeWeather,
  toShape,
  erbsDiffuseFraction,
} from '../../../core/profiles/index.ts';
import { dayGeometry, hourAngle, zenithCos } from '../../../core/profiles/solar.ts';
import { MONTH_START_DAY, monthOfDay } from '../../../core/profiles/calendar.ts';

const values = (n = HOURS_PER_YEAR, f: (h: number) => string = (h) => String((h % 24) + 1)) =>
  Array.from({ length: n }, (_, h) => f(h));

describe('parseHourlyCsv', () => {
  it('reads a single value column, with or without a header, CRLF, BOM and trailing newlines', () => {
    const plain = parseHourlyCsv(values().join('\n'), 'load');
    expect(plain.ok).toBe(true);
    if (plain.ok) {
      expect(plain.value.values[0]).toBe(1);
      expect(plain.value.values[23]).toBe(24);
      expect(plain.value.header).toBeNull();
    }
    const fancy = parseHourlyCsv(`\uFEFFload_kw\r\n${values().join('\r\n')}\r\n\r\n`, 'load');
    expect(fancy.ok && fancy.value.header).toEqual(['load_kw']);
  });

  it('reads hour,value from 0 or 1, semicolons and tabs, and time labels', () => {
    for (const [base, sep] of [
      [0, ','],
      [1, ';'],
      [1, '\t'],
    ] as const) {
      const r = parseHourlyCsv(['hour' + sep + 'kw', ...values().map((v, h) => `${h + base}${sep}${v}`)].join('\n'), 'pv');
      expect(r.ok, `${base} ${JSON.stringify(sep)}`).toBe(true);
    }
    const labelled = parseHourlyCsv(
      values()
        .map((v, h) => `2023-01-01T${h}:00,${v}`)
        .join('\n'),
      'wind',
    );
    expect(labelled.ok).toBe(true);
    if (labelled.ok) expect(labelled.warnings[0]).toMatch(/time label/);
  });

  it('tells capacity factors from energies for PV and wind', () => {
    const cf = parseHourlyCsv(values(HOURS_PER_YEAR, (h) => String((h % 24) / 30)).join('\n'), 'pv');
    expect(cf.ok && cf.value.looks_like).toBe('capacity_factor');
    const kwh = parseHourlyCsv(values().join('\n'), 'pv');
    expect(kwh.ok && kwh.value.looks_like).toBe('energy');
  });

  it('rejects a bad value with its row number (header counted) and the reason', () => {
    const rows = values();
    rows[4519] = 'abc';
    const r = parseHourlyCsv(['value', ...rows].join('\n'), 'load');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.row).toBe(4521);
      expect(r.error.message).toBe('row 4521: value "abc" is not a number');
    }
  });

  it('rejects wrong lengths, negatives, NaN, extra columns and out-of-sequence hours', () => {
    const leap = parseHourlyCsv(values(8784).join('\n'), 'load');
    expect(!leap.ok && leap.error.message).toBe('expected 8760 rows, got 8784 (a leap year? remove 29 February)');
    const short = parseHourlyCsv(values(100).join('\n'), 'load');
    expect(!short.ok && short.error.message).toBe('expected 8760 rows, got 100');
    expect(parseHourlyCsv('', 'load').ok).toBe(false);
    const neg = values();
    neg[10] = '-3';
    const n = parseHourlyCsv(neg.join('\n'), 'wind');
    expect(!n.ok && n.error.message).toBe('row 11: value -3 is negative; wind series must be >= 0');
    const nan = values();
    nan[0] = 'NaN';
    expect(!parseHourlyCsv(nan.join('\n'), 'load').ok).toBe(true);
    const three = parseHourlyCsv(
      values()
        .map((v, h) => `${h},${v},x`)
        .join('\n'),
      'load',
    );
    expect(!three.ok && three.error.message).toBe('row 1: expected 1 or 2 columns (value, or hour and value), got 3');
    const seq = values().map((v, h) => `${h === 100 ? 7 : h},${v}`);
    const s = parseHourlyCsv(seq.join('\n'), 'load');
    expect(!s.ok && s.error.message).toBe('row 101: hour 7 is out of sequence (expected 100)');
    const gap = values();
    gap[50] = '';
    const g = parseHourlyCsv(gap.join('\n'), 'load');
    expect(!g.ok && g.error.message).toBe('row 51: empty line');
    const thousands = values();
    thousands[5] = '"1,200"';
    expect(parseHourlyCsv(thousands.join('\n'), 'load').ok).toBe(false);
  });

  it('toShape normalises to 1', () => {
    const r = parseHourlyCsv(values().join('\n'), 'load');
    if (!r.ok) throw new Error();
    expect(toShape(r.value.values).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

/** An EPW text built from synthetic Chengdu weather, split with Erbs like the PV model does. */
function makeEpw(mutate?: (rows: string[][]) => void, extraRows = 0): string {
  const c = findCityClimate('Chengdu')!;
  const w = synthesizeWeather(c);
  const lat = (c.lat_deg * Math.PI) / 180;
  const header = [
    `LOCATION,Chengdu,Sichuan,CHN,Synthetic,562940,${c.lat_deg},${c.lon_deg},8.0,${c.elevation_m}`,
    'DESIGN CONDITIONS,0',
    'TYPICAL/EXTREME PERIODS,0',
    'GROUND TEMPERATURES,0',
    'HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0',
    'COMMENTS 1,test file',
    'COMMENTS 2,',
    'DATA PERIODS,1,1,Data,Monday,1/1,12/31',
  ];
  const rows: string[][] = [];
  for (let h = 0; h < HOURS_PER_YEAR + extraRows; h++) {
    const hh = h % HOURS_PER_YEAR;
    const d = Math.floor(hh / 24);
    const m = monthOfDay(d);
    const g = dayGeometry(d + 1);
    let cz = 0;
    for (let k = 0; k < 4; k++)
      cz +=
        Math.max(
          0,
          zenithCos(lat, g.declination_rad, hourAngle((hh % 24) + (k + 0.5) / 4, c.lon_deg, 120, g.equation_of_time_min)),
        ) / 4;
    const ghi = w.ghi_w_per_m2[hh]!;
    const g0 = g.extraterrestrial_normal_w_per_m2 * cz;
    const dhi = ghi > 0 ? ghi * erbsDiffuseFraction(g0 > 0 ? Math.min(1, ghi / g0) : 1) : 0;
    const dni = cz > 0.05 ? (ghi - dhi) / cz : 0;
    const f = Array.from({ length: 35 }, () => '0');
    f[0] = '2005';
    f[1] = String(m + 1);
    f[2] = String(d - MONTH_START_DAY[m]! + 1);
    f[3] = String((hh % 24) + 1);
    f[4] = '60';
    f[5] = 'A7A7';
    f[6] = w.temp_c[hh]!.toFixed(2);
    f[13] = ghi.toFixed(3);
    f[14] = dni.toFixed(3);
    f[15] = dhi.toFixed(3);
    f[21] = w.wind_m_per_s[hh]!.toFixed(1);
    rows.push(f);
  }
  mutate?.(rows);
  return [...header, ...rows.map((r) => r.join(','))].join('\n');
}

describe('parseEpw', () => {
  it('reads location, time zone and the hourly fields; PV from it matches the same weather', () => {
    const r = parseEpw(makeEpw());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.city).toBe('Chengdu');
    expect(r.value.meridian_deg).toBe(120);
    expect(r.value.lat_deg).toBeCloseTo(30.67, 6);
    const fromEpw = pvFromWeather(r.value, { tilt_deg: 26, azimuth_deg: 0 }).specific_yield_kwh_per_kwp;
    const direct = pvFromWeather(synthesizeWeather(findCityClimate('Chengdu')!), {
      tilt_deg: 26,
      azimuth_deg: 0,
    }).specific_yield_kwh_per_kwp;
    // Same light, split the same way; only rounding and the DNI route differ.
    expect(Math.abs(fromEpw / direct - 1)).toBeLessThan(0.02);
  });

  it('rejects missing values, bad timestamps and wrong lengths with the row', () => {
    const missing = parseEpw(makeEpw((rows) => (rows[4512]![13] = '9999')));
    expect(!missing.ok && missing.error.message).toBe('row 4521: global horizontal radiation is missing (9999)');
    const text = parseEpw(makeEpw((rows) => (rows[0]![6] = 'warm')));
    expect(!text.ok && text.error.message).toBe('row 9: dry-bulb temperature "warm" is not a number');
    const order = parseEpw(makeEpw((rows) => (rows[24]![3] = '2')));
    expect(!order.ok && order.error.message).toBe('row 33: expected month 1 day 2 hour 1, got month 1 day 2 hour 2');
    const leap = parseEpw(makeEpw(undefined, 24));
    expect(!leap.ok && leap.error.message).toBe(
      'expected 8760 data rows after the 8 header lines, got 8784 (a leap year? remove 29 February)',
    );
    const short = parseEpw(makeEpw((rows) => (rows[100] = rows[100]!.slice(0, 10))));
    expect(!short.ok && short.error.message).toBe('row 109: expected at least 22 fields, got 10');
    const loc = parseEpw(makeEpw().replace(/^LOCATION/, 'PLACE'));
    expect(!loc.ok && loc.error.message).toBe('row 1: the first line must start with LOCATION, got "PLACE"');
    const lat = parseEpw(makeEpw().replace(/^(LOCATION,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/, '$1north'));
    expect(!lat.ok && lat.error.message).toBe('row 1: LOCATION latitude "north" is not a number');
    expect(parseEpw('LOCATION,x').ok).toBe(false);
  });
});
