import type ExcelJS from 'exceljs';
import { CARRIERS } from '../../../../core/model/carriers.ts';
import type { Indicators, ScenarioResult, YearResult } from '../../../../core/engine/index.ts';
import type { ReportModel } from '../report-model.ts';
import { factorsUsed } from '../document/annexes.ts';
import { carrierName, indicatorName, kindName, t, type Lang } from '../i18n.ts';
import { carrierUnit, headed, indicatorFormat, unit } from '../format.ts';
import { addTableSheet, type SheetColumn } from './sheet.ts';
import { reportWarningText } from '../warning-text.ts';
import { costLibraryRows, macText } from '../cost-library.ts';

const INT = '#,##0';
const PCT = '0.0%';
/** 10^4 CNY with two decimals (100 CNY), so small costs do not round to zero. */
const MONEY = '#,##0.00';

interface YearColumn extends SheetColumn {
  get: (y: YearResult) => number | null;
}

const HYDROGEN_SHEET_COLUMNS: readonly [keyof YearResult['energy']['hydrogen'], string, string][] = [
  ['produced_t', 'Hydrogen produced', '产氢'],
  ['bought_t', 'Hydrogen bought', '外购氢'],
  ['used_substitution_t', 'Hydrogen for fuel substitution', '燃料替代用氢'],
  ['used_vehicles_t', 'Hydrogen for vehicles', '车辆用氢'],
  ['used_enterprises_t', 'Hydrogen for enterprises', '企业用氢'],
  ['sold_t', 'Hydrogen sold', '外售氢'],
  ['flared_t', 'Hydrogen flared', '放空氢'],
  ['losses_t', 'Hydrogen losses', '氢气损耗'],
];

/**
 * The columns of a scenario's yearly sheet. Values are the engine's numbers unchanged (shares
 * stay fractions, shown as percentages by the cell format) so the sheet equals `parkzero run
 * --format json` cell for cell.
 */
function yearColumns(lang: Lang, indicatorKeys: readonly (keyof Indicators)[]): YearColumn[] {
  // Gross and net emissions are also indicators; the emissions columns already carry them, and
  // a header twice in a sheet breaks lookups and pivots.
  const columns = allYearColumns(lang, indicatorKeys);
  return columns.filter((c, i) => columns.findIndex((d) => d.header === c.header) === i);
}

function allYearColumns(lang: Lang, indicatorKeys: readonly (keyof Indicators)[]): YearColumn[] {
  const tco2 = unit('tco2', lang);
  const tce = unit('tce', lang);
  // Money in one unit across the workbook, as in the PDF: 10^4 CNY (万元).
  const money = unit('cny_10k', lang);
  return [
    { header: t(lang, 'year'), get: (y) => y.year },
    { header: headed(t(lang, 'outputValue'), unit('cny_10k', lang)), numFmt: INT, get: (y) => y.activity.output_value_10k_cny },
    { header: headed(t(lang, 'valueAdded'), unit('cny_10k', lang)), numFmt: INT, get: (y) => y.activity.value_added_10k_cny },
    ...CARRIERS.map((c) => ({
      header: headed(carrierName(c.id, lang), carrierUnit(c.id, lang)),
      numFmt: INT,
      get: (y: YearResult) => y.energy.by_carrier[c.energyKey],
    })),
    { header: headed(t(lang, 'tceEquivalent'), tce), numFmt: INT, get: (y) => y.energy.tce_equivalent },
    { header: headed(t(lang, 'tceCoalMethod'), tce), numFmt: INT, get: (y) => y.energy.tce_coal_method },
    { header: headed('PV', 'MWh'), numFmt: INT, get: (y) => y.energy.electricity.pv_mwh },
    { header: headed(lang === 'en' ? 'Wind' : '风电', 'MWh'), numFmt: INT, get: (y) => y.energy.electricity.wind_mwh },
    {
      header: headed(lang === 'en' ? 'Grid import' : '电网购电', 'MWh'),
      numFmt: INT,
      get: (y) => y.energy.electricity.grid_import_mwh,
    },
    {
      header: headed(lang === 'en' ? 'Green power' : '绿电', 'MWh'),
      numFmt: INT,
      get: (y) => y.energy.electricity.green_power_mwh,
    },
    {
      header: headed(lang === 'en' ? 'Exported' : '上网电量', 'MWh'),
      numFmt: INT,
      get: (y) => y.energy.electricity.exported_mwh,
    },
    // The hydrogen balance (produced + bought = used + sold + flared + losses), t.
    ...HYDROGEN_SHEET_COLUMNS.map(([key, en, zh]) => ({
      header: headed(lang === 'en' ? en : zh, lang === 'en' ? 't' : '吨'),
      numFmt: '#,##0.0',
      get: (y: YearResult) => y.energy.hydrogen[key],
    })),
    { header: headed(t(lang, 'scope1'), tco2), numFmt: INT, get: (y) => y.emissions.scope1_tco2 },
    { header: headed(t(lang, 'processEmissions'), tco2), numFmt: INT, get: (y) => y.emissions.process_tco2 },
    { header: headed(t(lang, 'scope2'), tco2), numFmt: INT, get: (y) => y.emissions.scope2_tco2 },
    { header: headed(t(lang, 'gross'), tco2), numFmt: INT, get: (y) => y.emissions.gross_tco2 },
    { header: headed('CCUS', tco2), numFmt: INT, get: (y) => y.emissions.ccus_tco2 },
    { header: headed(lang === 'en' ? 'Sinks' : '碳汇', tco2), numFmt: INT, get: (y) => y.emissions.sinks_tco2 },
    { header: headed(lang === 'en' ? 'Offsets' : '抵消', tco2), numFmt: INT, get: (y) => y.emissions.offsets_tco2 },
    { header: headed(t(lang, 'net'), tco2), numFmt: INT, get: (y) => y.emissions.net_tco2 },
    ...indicatorKeys.map((k) => {
      const f = indicatorFormat(k);
      return {
        header: headed(indicatorName(k, lang), f.unit === 'percent' ? '%' : unit(f.unit, lang)),
        numFmt: f.unit === 'percent' ? PCT : f.digits === 0 ? INT : '#,##0.000',
        get: (y: YearResult) => y.indicators[k],
      };
    }),
    { header: headed(t(lang, 'capex'), money), numFmt: MONEY, get: (y) => y.costs.capex_cny / 1e4 },
    { header: headed(t(lang, 'opex'), money), numFmt: MONEY, get: (y) => y.costs.fixed_opex_cny / 1e4 },
    { header: headed(lang === 'en' ? 'Fuel cost' : '燃料费用', money), numFmt: MONEY, get: (y) => y.costs.fuel_cny / 1e4 },
    {
      header: headed(lang === 'en' ? 'Electricity cost' : '电费', money),
      numFmt: MONEY,
      get: (y) => y.costs.electricity_cny / 1e4,
    },
    { header: headed(lang === 'en' ? 'Carbon cost' : '碳成本', money), numFmt: MONEY, get: (y) => y.costs.carbon_cny / 1e4 },
    { header: headed(t(lang, 'offsetsCost'), money), numFmt: MONEY, get: (y) => y.costs.offsets_cny / 1e4 },
    {
      header: headed(lang === 'en' ? 'Hydrogen sales' : '氢气销售收入', money),
      numFmt: MONEY,
      get: (y) => y.costs.hydrogen_sales_cny / 1e4,
    },
    // The columns above add up to the total; the residual value is apart (credited in the NPV).
    { header: headed(t(lang, 'totalCost'), money), numFmt: MONEY, get: (y) => y.costs.total_cny / 1e4 },
    { header: headed(t(lang, 'residualValue'), money), numFmt: MONEY, get: (y) => y.costs.residual_value_cny / 1e4 },
  ];
}

/** One sheet per scenario: a row per year. Sheet names are "S1 name", "S2 name", ... */
export function addScenarioSheets(wb: ExcelJS.Workbook, m: ReportModel): void {
  for (const [i, r] of m.results.entries()) {
    const keys = Object.keys(r.years[0]?.indicators ?? {}) as (keyof Indicators)[];
    const columns = yearColumns(m.lang, keys);
    const ws = addTableSheet(
      wb,
      `S${i + 1} ${r.scenario_name}`,
      columns,
      r.years.map((y) => columns.map((c) => c.get(y))),
    );
    // The year column stays in view while scrolling across some sixty indicators.
    ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  }
  addLongSheet(wb, m);
}

/** "Net emissions [tCO2]" -> ["Net emissions", "tCO2"]; a header without a unit keeps "". */
function splitHeader(header: string): [string, string] {
  const match = /^(.*) \[([^\]]*)\]$/.exec(header);
  return match === null ? [header, ''] : [match[1]!, match[2]!];
}

/**
 * The scenario sheets as one tidy long table (scenario, year, indicator, value, unit), one row per
 * value, for pivot tables and charts: the same numbers and units as the scenario sheets.
 */
function addLongSheet(wb: ExcelJS.Workbook, m: ReportModel): void {
  const { lang } = m;
  const rows: (string | number | null)[][] = [];
  for (const r of m.results) {
    const keys = Object.keys(r.years[0]?.indicators ?? {}) as (keyof Indicators)[];
    const columns = yearColumns(lang, keys).slice(1); // the year is a column of its own here
    for (const y of r.years)
      for (const c of columns) {
        const [indicator, unitText] = splitHeader(c.header);
        rows.push([r.scenario_name, y.year, indicator, c.get(y), unitText]);
      }
  }
  addTableSheet(
    wb,
    t(lang, 'sheetLong'),
    [
      { header: t(lang, 'scenario') },
      { header: t(lang, 'year') },
      { header: t(lang, 'indicator') },
      { header: t(lang, 'value'), numFmt: '#,##0.####' },
      { header: t(lang, 'unit') },
    ],
    rows,
  );
}

/** One row per scenario: the figures a reader compares first, money in 10^4 CNY. */
function addScenarioSummarySheet(wb: ExcelJS.Workbook, m: ReportModel): void {
  const { lang } = m;
  const names = new Map(m.plan.targets.map((x) => [x.id, x.name]));
  const sep = lang === 'zh' ? '；' : '; ';
  addTableSheet(
    wb,
    t(lang, 'sheetScenarioSummary'),
    [
      { header: t(lang, 'scenario') },
      { header: headed(t(lang, 'npvTotalCost'), unit('cny_10k', lang)), numFmt: MONEY },
      { header: headed(t(lang, 'cumulativeNetEmissions'), unit('tco2', lang)), numFmt: INT },
      { header: t(lang, 'peakYearNet') },
      { header: t(lang, 'targetsMetCount') },
      { header: t(lang, 'targetsMissed') },
    ],
    m.results.map((r) => [
      r.scenario_name,
      r.summary.npv_total_cost_cny / 1e4,
      r.summary.cumulative_net_emissions_tco2,
      r.summary.peak_year_net_emissions,
      `${r.targets.filter((x) => x.pass).length} / ${r.targets.length}`,
      r.targets
        .filter((x) => !x.pass)
        .map((x) => names.get(x.id) ?? x.name)
        .join(sep),
    ]),
  );
}

/** Target summary, the year-by-year scorecard, the MAC table, factors and warnings. */
/** The technology cost library as the plan sees it (shipped values with its overrides), with sources. */
function addCostLibrarySheet(wb: ExcelJS.Workbook, m: ReportModel): void {
  const { lang } = m;
  const yesNo = (v: boolean) => (v ? t(lang, 'yes') : t(lang, 'no'));
  addTableSheet(
    wb,
    t(lang, 'costLibraryHeading'),
    [
      { header: t(lang, 'technology') },
      { header: t(lang, 'costParameter') },
      { header: t(lang, 'costPath') },
      { header: t(lang, 'unit') },
      { header: t(lang, 'source') },
      { header: t(lang, 'factorYear') },
      { header: t(lang, 'currencyYear') },
      { header: t(lang, 'secondary') },
      { header: t(lang, 'illustrativeValue') },
      { header: t(lang, 'overridden') },
    ],
    costLibraryRows(m.plan, lang).map((r) => [
      r.technology,
      r.parameter,
      r.path,
      r.unit,
      r.source,
      r.year,
      r.currency_year,
      yesNo(r.secondary),
      yesNo(r.illustrative),
      yesNo(r.overridden),
    ]),
  );
}

export function addResultSheets(wb: ExcelJS.Workbook, m: ReportModel): void {
  const { lang } = m;
  addScenarioSummarySheet(wb, m);
  addCostLibrarySheet(wb, m);
  const names = new Map(m.plan.targets.map((x) => [x.id, x.name]));
  addTableSheet(
    wb,
    t(lang, 'sheetSummary'),
    [
      { header: t(lang, 'scenario') },
      { header: t(lang, 'target') },
      { header: t(lang, 'indicator') },
      { header: t(lang, 'result') },
      { header: t(lang, 'firstFailingYear') },
      { header: t(lang, 'worstMargin'), numFmt: '#,##0.0000' },
      { header: t(lang, 'yearsChecked') },
      { header: t(lang, 'source') },
    ],
    m.results.flatMap((r) =>
      r.targets.map((x) => [
        r.scenario_name,
        names.get(x.id) ?? x.name,
        indicatorName(x.indicator as keyof Indicators, lang),
        x.pass ? t(lang, 'pass') : t(lang, 'fail'),
        x.first_failing_year,
        x.worst_margin,
        x.years_checked,
        x.source,
      ]),
    ),
  );
  addTableSheet(
    wb,
    t(lang, 'sheetScorecard'),
    [
      { header: t(lang, 'scenario') },
      { header: t(lang, 'target') },
      { header: t(lang, 'indicator') },
      { header: t(lang, 'year') },
      { header: t(lang, 'value'), numFmt: '#,##0.0000' },
      { header: t(lang, 'limit'), numFmt: '#,##0.0000' },
      { header: t(lang, 'margin'), numFmt: '#,##0.0000' },
      { header: t(lang, 'result') },
    ],
    m.results.flatMap((r) =>
      r.years.flatMap((y) =>
        y.targets.map((c) => {
          const summary = r.targets.find((x) => x.id === c.id);
          return [
            r.scenario_name,
            names.get(c.id) ?? c.id,
            summary ? indicatorName(summary.indicator as keyof Indicators, lang) : '',
            y.year,
            c.value,
            c.limit,
            c.margin,
            c.pass ? t(lang, 'pass') : t(lang, 'fail'),
          ];
        }),
      ),
    ),
  );
  addTableSheet(
    wb,
    t(lang, 'sheetMac'),
    [
      { header: t(lang, 'scenario') },
      { header: t(lang, 'id') },
      { header: t(lang, 'measure') },
      { header: t(lang, 'kind') },
      { header: headed(t(lang, 'macValue'), unit('cny_per_tco2', lang)), numFmt: INT },
      { header: headed(t(lang, 'avgAbatement'), unit('tco2_per_year', lang)), numFmt: INT },
      { header: headed(t(lang, 'cumAbatement'), unit('tco2', lang)), numFmt: INT },
      { header: headed(t(lang, 'discounted'), unit('tco2', lang)), numFmt: INT },
      { header: headed(t(lang, 'npvCost'), 'CNY'), numFmt: INT },
      { header: t(lang, 'note') },
    ],
    m.results.flatMap((r) =>
      r.mac.map((x) => [
        r.scenario_name,
        x.measure_id,
        x.name,
        kindName(x.kind, lang),
        x.mac_cny_per_tco2,
        x.average_annual_abatement_tco2,
        x.cumulative_abatement_tco2,
        x.discounted_abatement_tco2,
        x.npv_cost_cny,
        macText(x, lang) ?? '',
      ]),
    ),
  );
  addTableSheet(
    wb,
    t(lang, 'sheetFactors'),
    [
      { header: t(lang, 'factorKey') },
      { header: t(lang, 'value') },
      { header: t(lang, 'unit') },
      { header: t(lang, 'source') },
      { header: t(lang, 'factorYear') },
      { header: t(lang, 'series') },
      { header: t(lang, 'secondary') },
      { header: t(lang, 'overridden') },
      { header: t(lang, 'usedBy') },
    ],
    factorsUsed(m.results).map((f) => [
      f.key,
      f.value,
      f.unit,
      f.source,
      f.year,
      f.series,
      f.secondary ? t(lang, 'yes') : t(lang, 'no'),
      f.overridden ? t(lang, 'yes') : t(lang, 'no'),
      usedBy(m.results, f),
    ]),
  );
  addTableSheet(
    wb,
    t(lang, 'sheetWarnings'),
    [
      { header: t(lang, 'scenario') },
      { header: t(lang, 'warningLevel') },
      { header: 'code' },
      { header: t(lang, 'where') },
      { header: t(lang, 'engineMessage') },
      { header: t(lang, 'message') },
      { header: t(lang, 'years') },
    ],
    m.results.flatMap((r) =>
      r.warnings.map((w) => [
        r.scenario_name,
        w.severity,
        w.code,
        w.path,
        w.message,
        reportWarningText(w, lang).text,
        w.first_year === null ? '' : w.first_year === w.last_year ? String(w.first_year) : `${w.first_year}-${w.last_year}`,
      ]),
    ),
  );
}

function usedBy(results: readonly ScenarioResult[], f: ScenarioResult['factors_used'][number]): string {
  return results
    .filter((r) => r.factors_used.some((g) => g.key === f.key && g.value === f.value && g.source === f.source))
    .map((r) => r.scenario_id)
    .join(', ');
}
