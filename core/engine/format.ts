import type { PlanResults, ScenarioResult } from './result-schema.ts';
import { carbonMarketLines } from '../carbon-market/format-table.ts';

/**
 * Plain-text tables for `parkzero run --format table`: one row per year, key columns with
 * units in the header, then target results, the MAC list and warnings. Fixed-width ASCII so
 * it reads in any terminal and diffs cleanly.
 */

interface Column {
  head: string;
  unit: string;
  get: (y: ScenarioResult['years'][number]) => number | null;
  digits: number;
  scale?: number;
}

const COLUMNS: readonly Column[] = [
  { head: 'coal', unit: 't', get: (y) => y.energy.by_carrier.coal_t, digits: 0 },
  { head: 'gas', unit: '10^4Nm3', get: (y) => y.energy.by_carrier.natural_gas_10k_nm3, digits: 0 },
  { head: 'power', unit: 'MWh', get: (y) => y.energy.by_carrier.electricity_mwh, digits: 0 },
  { head: 'grid', unit: 'MWh', get: (y) => y.energy.electricity.grid_import_mwh, digits: 0 },
  { head: 'energy eq', unit: 'tce', get: (y) => y.energy.tce_equivalent, digits: 0 },
  { head: 'energy coal', unit: 'tce', get: (y) => y.energy.tce_coal_method, digits: 0 },
  { head: 'scope1', unit: 'tCO2', get: (y) => y.emissions.scope1_tco2, digits: 0 },
  { head: 'scope2', unit: 'tCO2', get: (y) => y.emissions.scope2_tco2, digits: 0 },
  { head: 'net', unit: 'tCO2', get: (y) => y.emissions.net_tco2, digits: 0 },
  { head: 'CO2/tce', unit: 'eq', get: (y) => y.indicators.co2_per_tce_equivalent, digits: 3 },
  { head: 'non-fossil', unit: '% coal', get: (y) => y.indicators.non_fossil_share_coal_method, digits: 1, scale: 100 },
  { head: 'cost', unit: '10^4CNY', get: (y) => y.costs.total_cny, digits: 0, scale: 1e-4 },
  { head: 'targets', unit: 'pass', get: () => null, digits: 0 },
];

/**
 * The number format of `parkzero run` tables: fixed digits, comma thousands separators, "-" for
 * null. Exported so reports print the very same strings as the CLI.
 */
export function formatNumber(v: number | null, digits: number, scale = 1): string {
  if (v === null) return '-';
  const x = v * scale;
  const s = Math.abs(x) >= 1e15 ? x.toExponential(3) : x.toFixed(digits);
  // thousands separators on the integer part
  const [int, frac] = s.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

export function formatResultsTable(result: ScenarioResult): string {
  const rows: string[][] = [
    ['year', ...COLUMNS.map((c) => c.head)],
    ['', ...COLUMNS.map((c) => `[${c.unit}]`)],
  ];
  for (const y of result.years) {
    const passed = y.targets.filter((t) => t.pass).length;
    rows.push([
      String(y.year),
      ...COLUMNS.map((c) =>
        c.head === 'targets'
          ? y.targets.length === 0
            ? '-'
            : `${passed}/${y.targets.length}`
          : formatNumber(c.get(y), c.digits, c.scale),
      ),
    ]);
  }
  const lines: string[] = [];
  lines.push(
    `Scenario ${result.scenario_name} (${result.scenario_id})${result.parent_id === null ? '' : `, child of ${result.parent_id}`}`,
  );
  lines.push(`Grid factor: ${result.grid_series.average}; with green power: ${result.grid_series.excl_market}`);
  lines.push('');
  lines.push(table(rows));
  const s = result.summary;
  lines.push('');
  lines.push(
    `NPV of total cost: ${formatNumber(s.npv_total_cost_cny, 0, 1e-4)} 10^4 CNY` +
      (s.npv_cost_vs_parent_cny === null
        ? ''
        : `; vs parent: ${formatNumber(s.npv_cost_vs_parent_cny, 0, 1e-4)} 10^4 CNY (excl. carbon ${formatNumber(s.npv_cost_vs_parent_excl_carbon_cny, 0, 1e-4)})`),
  );
  lines.push(
    `Cumulative net emissions: ${formatNumber(s.cumulative_net_emissions_tco2, 0)} tCO2` +
      (s.cumulative_abatement_vs_parent_tco2 === null
        ? ''
        : `; abatement vs parent: ${formatNumber(s.cumulative_abatement_vs_parent_tco2, 0)} tCO2`),
  );
  if (result.targets.length > 0) {
    lines.push('');
    lines.push('Targets');
    lines.push(
      table([
        ['id', 'indicator', 'years', 'result', 'first fail', 'worst margin'],
        ...result.targets.map((t) => [
          t.id,
          t.indicator,
          String(t.years_checked),
          t.pass ? 'PASS' : 'FAIL',
          t.first_failing_year === null ? '-' : String(t.first_failing_year),
          formatNumber(t.worst_margin, 4),
        ]),
      ]),
    );
  }
  if (result.mac.length > 0) {
    lines.push('');
    lines.push('Marginal abatement cost (removal from the full scenario, excl. carbon price)');
    lines.push(
      table([
        ['measure', 'kind', 'MAC [CNY/tCO2]', 'avg abatement [tCO2/a]', 'NPV cost [10^4 CNY]'],
        ...result.mac.map((m) => [
          m.measure_id,
          m.kind,
          formatNumber(m.mac_cny_per_tco2, 0),
          formatNumber(m.average_annual_abatement_tco2, 0),
          formatNumber(m.npv_cost_cny, 0, 1e-4),
        ]),
      ]),
    );
  }
  if (result.carbon_market !== undefined) {
    lines.push('');
    lines.push(...carbonMarketLines(result.carbon_market, formatNumber, table));
  }
  if (result.warnings.length > 0) {
    lines.push('');
    lines.push('Warnings');
    for (const w of result.warnings) {
      const years =
        w.first_year === null ? '' : w.first_year === w.last_year ? ` (${w.first_year})` : ` (${w.first_year}-${w.last_year})`;
      lines.push(`  ${w.severity === 'warning' ? 'WARN' : 'info'} ${w.path}: ${w.message}${years}`);
    }
  }
  return lines.join('\n');
}

export function formatPlanResultsTable(results: PlanResults): string {
  return results.scenarios.map(formatResultsTable).join('\n\n' + '='.repeat(80) + '\n\n');
}
