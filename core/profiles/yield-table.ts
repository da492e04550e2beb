import { annualGhi } from './climate.ts';
import { CITY_CLIMATES } from './climate-cities.ts';
import type { CityClimate } from './climate-cities.ts';
import { pvFromWeather } from './pv.ts';
import { synthesizeWeather } from './weather.ts';

/**
 * The modelled PV yields of every tabled city, for documentation (core/profiles/README.md) and
 * for the plausibility test. Reference orientation: south, tilt = latitude - 5 deg rounded
 * (near the annual optimum in most of China; lower in the cloudy Sichuan basin, where a
 * flatter plane gains diffuse light, hence the horizontal column).
 */

/**
 * Plausibility ranges, kWh/kWp/a, for a south-facing plane near the optimal tilt with ~14%
 * system losses. They are our reading of published resource data, not measurements:
 * Global Solar Atlas 2 PVOUT (World Bank/Solargis, optimum tilt, its losses are lower, about
 * 8-9%, so its values were scaled down ~5%), China's solar resource classes (GB/T 31155-2014)
 * and the utilisation hours reported for provincial fleets by the NEA/CPIA (which include
 * curtailment and outages, so they sit below these). Each range is wide (about +-12%) because
 * the inputs are approximate and because years differ by 5-10%.
 */
export const YIELD_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  chengdu: [850, 1100],
  chongqing: [750, 1000],
  suining: [850, 1100],
  lhasa: [1600, 2000],
  zhangye: [1500, 1850],
  jiuquan: [1500, 1850],
  beijing: [1250, 1450],
  shenzhen: [1050, 1300],
  shanghai: [1000, 1250],
  kunming: [1250, 1550],
  harbin: [1200, 1450],
  lanzhou: [1250, 1500],
  xining: [1450, 1750],
};

export interface YieldRow {
  city: CityClimate;
  ghi_kwh_per_m2: number;
  tilt_deg: number;
  poa_kwh_per_m2: number;
  yield_kwh_per_kwp: number;
  yield_flat_kwh_per_kwp: number;
  performance_ratio: number;
  range: readonly [number, number] | null;
}

export function referenceTilt(c: CityClimate): number {
  return Math.max(0, Math.round(c.lat_deg - 5));
}

export function yieldTable(): YieldRow[] {
  return CITY_CLIMATES.map((c) => {
    const w = synthesizeWeather(c);
    const tilt = referenceTilt(c);
    const p = pvFromWeather(w, { tilt_deg: tilt, azimuth_deg: 0 });
    const flat = pvFromWeather(w, { tilt_deg: 0, azimuth_deg: 0 });
    return {
      city: c,
      ghi_kwh_per_m2: annualGhi(c).annual_kwh_per_m2,
      tilt_deg: tilt,
      poa_kwh_per_m2: p.poa_kwh_per_m2,
      yield_kwh_per_kwp: p.specific_yield_kwh_per_kwp,
      yield_flat_kwh_per_kwp: flat.specific_yield_kwh_per_kwp,
      performance_ratio: p.performance_ratio,
      range: YIELD_RANGES[c.key] ?? null,
    };
  });
}

/** The yields table as markdown (rounded), exactly as core/profiles/README.md holds it. */
export function yieldTableMarkdown(rows: readonly YieldRow[] = yieldTable()): string {
  const lines = [
    '| city | 城市 | lat | GHI kWh/m2/a | tilt | POA kWh/m2/a | yield kWh/kWp/a | horizontal kWh/kWp/a | PR | plausible range |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.city.en} | ${r.city.zh} | ${r.city.lat_deg.toFixed(1)} | ${r.ghi_kwh_per_m2.toFixed(0)} | ${r.tilt_deg} | ${r.poa_kwh_per_m2.toFixed(0)} | ${r.yield_kwh_per_kwp.toFixed(0)} | ${r.yield_flat_kwh_per_kwp.toFixed(0)} | ${r.performance_ratio.toFixed(2)} | ${r.range ? `${r.range[0]}-${r.range[1]}` : ''} |`,
    );
  return lines.join('\n');
}
