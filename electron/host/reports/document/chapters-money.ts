import type { ChapterBuilder } from './context.ts';
import { d } from './strings.ts';
import { amount, headed, quantity } from './units.ts';
import { carrierUnit, formatNumber } from '../format.ts';
import { abatementYears, planningPeriods, projectRows, sumYears, type PlanningPeriod, type ProjectRow } from './facts.ts';
import type { Cell } from './model.ts';
import type { ScenarioResult } from '../../../../core/engine/index.ts';
import type { Lang } from '../i18n.ts';

const FYP_NAMES: Record<number, string> = { 14: '十四五', 15: '十五五', 16: '十六五' };
const ORDINALS: Record<number, string> = { 14: '14th', 15: '15th', 16: '16th' };

/** "“十四五”时期（2021—2025年）" / "14th Five-Year Plan (2021-2025)"; a later span by its years. */
export function periodName(p: PlanningPeriod, lang: Lang): string {
  if (p.fyp === null) return d(lang, 'yearsRange', { from: p.from, to: p.to });
  return d(lang, 'fyp', { name: FYP_NAMES[p.fyp]!, ord: ORDINALS[p.fyp]!, from: p.from, to: p.to });
}

/** A measure's size with its unit, in the report's units ("2,000 kW", "30%", "1,200 万kWh/年"). */
export function scaleText(row: ProjectRow, lang: Lang): string {
  const { size } = row.size;
  const m = row.measure;
  switch (row.size.unit) {
    case 'kw':
      return `${formatNumber(size, 0)} kW`;
    case 'kwh':
      return `${formatNumber(row.size.power_kw, 0)} kW / ${formatNumber(size, 0)} kWh`;
    case 't_per_year':
      return `${formatNumber(size, 0)} ${lang === 'zh' ? 'tCO2/年' : 'tCO2/a'}`;
    case 'vehicle':
      return lang === 'zh' ? `${formatNumber(size, 0)} 辆` : `${formatNumber(size, 0)} vehicles`;
    case 'gj_per_year':
      return `${formatNumber(size, 0)} ${lang === 'zh' ? 'GJ/年' : 'GJ/a'}`;
    case 'ha':
      return lang === 'zh' ? `${formatNumber(size, 1)} 公顷` : `${formatNumber(size, 1)} ha`;
    case 'share':
      return `${formatNumber(size, 1, 100)}%`;
    case 'mwh_per_year':
      return `${amount('wan_kwh', size)} ${lang === 'zh' ? '万kWh/年' : '10k kWh/a'}`;
    case 'carrier_unit_per_year': {
      const unit = m.kind === 'fuel_switch' ? carrierUnit(m.params.from_carrier, lang) : '';
      return `${formatNumber(size, 0)} ${unit}${lang === 'zh' ? '/年' : '/a'}`;
    }
  }
}

/** 重点项目清单: every measure of the recommended scenario, its abatement, its investment by period. */
export function projectsChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  const rec = m.recommended.result;
  const rows = projectRows(m);
  const years = rec.years.map((y) => y.year);
  const periods = planningPeriods(years[0]!, years.at(-1)!);
  b.narrative('projects', false);
  const capexAll = rows.reduce((s, r) => s + r.capexByYear.reduce((a, c) => a + c, 0), 0);
  b.para(
    d(lang, 'projectsGenerated', {
      name: b.scenarioName(rec),
      count: rows.length,
      capex: quantity(
        'wan_cny',
        rows.reduce((s, r) => s + r.capex, 0),
        lang,
      ),
      capexAll: quantity('wan_cny', capexAll, lang),
    }),
  );
  const tot = (text: string): Cell => ({ text, tone: 'total' });
  b.addTable(
    d(lang, 'projectTable'),
    [
      { header: d(lang, 'no'), weight: 0.6, align: 'right' },
      { header: d(lang, 'projectName'), weight: 2.4 },
      { header: d(lang, 'carriedBy'), weight: 1.8 },
      { header: d(lang, 'scale'), weight: 1.5 },
      { header: headed(d(lang, 'investment'), 'wan_cny', lang), weight: 1.1, align: 'right' },
      { header: headed(d(lang, 'om'), 'wan_cny_per_year', lang), weight: 1.1, align: 'right' },
      { header: d(lang, 'period'), weight: 1.1 },
      { header: d(lang, 'responsible'), weight: 1.3 },
    ],
    [
      ...rows.map((r, i) => [
        String(i + 1),
        b.name(r.measure),
        r.consumerNames.length === 0 ? d(lang, 'parkWide') : r.consumerNames.join(lang === 'zh' ? '、' : ', '),
        scaleText(r, lang),
        amount('wan_cny', r.capex),
        amount('wan_cny', r.fixedOpex),
        r.finish === r.start ? String(r.start) : `${r.start}—${r.finish}`,
        r.measure.responsible_party ?? '',
      ]),
      [
        tot(''),
        tot(d(lang, 'total')),
        tot(''),
        tot(''),
        tot(
          amount(
            'wan_cny',
            rows.reduce((s, r) => s + r.capex, 0),
          ),
        ),
        tot(
          amount(
            'wan_cny',
            rows.reduce((s, r) => s + r.fixedOpex, 0),
          ),
        ),
        tot(''),
        tot(''),
      ],
    ],
    d(lang, 'sourceEngine'),
  );

  const ay = abatementYears(rec);
  const idx = (y: number) => years.indexOf(y);
  b.addTable(
    d(lang, 'abatementTable'),
    [
      { header: d(lang, 'no'), weight: 0.6, align: 'right' },
      { header: d(lang, 'projectName'), weight: 2.6 },
      ...ay.map((y) => ({
        header: headed(d(lang, 'abatementIn', { year: y }), 'tco2', lang),
        weight: 1.1,
        align: 'right' as const,
      })),
      { header: headed(d(lang, 'cumAbatement'), 'wan_tco2', lang), weight: 1.2, align: 'right' },
    ],
    [
      ...rows.map((r, i) => [
        String(i + 1),
        b.name(r.measure),
        ...ay.map((y) => amount('tco2', r.abatement[idx(y)]!)),
        amount(
          'wan_tco2',
          r.abatement.reduce((s, a) => s + a, 0),
        ),
      ]),
    ],
    d(lang, 'sourceEngine'),
  );

  b.addTable(
    d(lang, 'periodTable'),
    [
      { header: d(lang, 'no'), weight: 0.6, align: 'right' },
      { header: d(lang, 'projectName'), weight: 2.4 },
      ...periods.map((p) => ({
        header: lang === 'zh' ? `${periodName(p, lang)}（万元）` : `${periodName(p, lang)} [10k CNY]`,
        weight: 1.2,
        align: 'right' as const,
      })),
      { header: headed(d(lang, 'total'), 'wan_cny', lang), weight: 1.1, align: 'right' },
    ],
    [
      ...rows.map((r, i) => [
        String(i + 1),
        b.name(r.measure),
        ...periods.map((p) => amount('wan_cny', sumYears(rec, r.capexByYear, p.from, p.to))),
        amount(
          'wan_cny',
          r.capexByYear.reduce((a, c) => a + c, 0),
        ),
      ]),
      [
        tot(''),
        tot(d(lang, 'total')),
        ...periods.map((p) =>
          tot(
            amount(
              'wan_cny',
              rows.reduce((s, r) => s + sumYears(rec, r.capexByYear, p.from, p.to), 0),
            ),
          ),
        ),
        tot(amount('wan_cny', capexAll)),
      ],
    ],
    d(lang, 'sourceEngine'),
  );
  b.note(d(lang, 'periodNote'));
}

const costOf = (r: ScenarioResult, f: (c: ScenarioResult['years'][number]['costs']) => number) => r.years.map((y) => f(y.costs));

/** 投资估算与资金筹措: investment and cost by period; how it is financed is the authors' text. */
export function investmentChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  const rec = m.recommended.result;
  const years = rec.years.map((y) => y.year);
  const periods = planningPeriods(years[0]!, years.at(-1)!);
  const lines: [string, number[]][] = [
    [d(lang, 'capex'), costOf(rec, (c) => c.capex_cny)],
    [d(lang, 'fixedOm'), costOf(rec, (c) => c.fixed_opex_cny)],
    [d(lang, 'energyCost'), costOf(rec, (c) => c.fuel_cny + c.electricity_cny)],
    [d(lang, 'carbonCost'), costOf(rec, (c) => c.carbon_cny + c.offsets_cny)],
    [d(lang, 'otherIncome'), costOf(rec, (c) => -c.hydrogen_sales_cny)],
    [d(lang, 'totalCost'), costOf(rec, (c) => c.total_cny)],
  ];
  const capexTotal = lines[0]![1].reduce((a, c) => a + c, 0);
  b.para(
    d(lang, 'investmentGenerated', {
      capex: quantity('wan_cny', capexTotal, lang),
      periods: periods
        .map((p) => `${periodName(p, lang)} ${quantity('wan_cny', sumYears(rec, lines[0]![1], p.from, p.to), lang)}`)
        .join(lang === 'zh' ? '，' : ', '),
      om: quantity(
        'wan_cny',
        lines[1]![1].reduce((a, c) => a + c, 0),
        lang,
      ),
      npv: quantity('wan_cny', rec.summary.npv_total_cost_cny, lang),
      rate: `${formatNumber(m.plan.park.discount_rate, 1, 100)}%`,
    }),
  );
  b.narrative('investment', true);
  b.addTable(
    d(lang, 'costTable'),
    [
      { header: headed(d(lang, 'costItem'), 'wan_cny', lang), weight: 1.8 },
      ...periods.map((p) => ({ header: periodName(p, lang), weight: 1.3, align: 'right' as const })),
      { header: d(lang, 'total'), weight: 1.1, align: 'right' },
    ],
    lines.map(([label, values], i) => {
      const cells: Cell[] = [
        label,
        ...periods.map((p) => amount('wan_cny', sumYears(rec, values, p.from, p.to))),
        amount(
          'wan_cny',
          values.reduce((a, c) => a + c, 0),
        ),
      ];
      return i === lines.length - 1
        ? cells.map((c) => ({ text: typeof c === 'string' ? c : c.text, tone: 'total' as const }))
        : cells;
    }),
    d(lang, 'sourceEngine'),
  );
  b.note(d(lang, 'totalCostNote'));
  b.addTable(
    d(lang, 'scenarioCapexTable'),
    [
      { header: d(lang, 'scenario'), weight: 2.6 },
      { header: headed(d(lang, 'cumCapex'), 'wan_cny', lang), weight: 1.3, align: 'right' },
      { header: headed(d(lang, 'npvCost'), 'wan_cny', lang), weight: 1.3, align: 'right' },
    ],
    m.results.map((r) => [
      b.scenarioName(r),
      amount(
        'wan_cny',
        r.years.reduce((s, y) => s + y.costs.capex_cny, 0),
      ),
      amount('wan_cny', r.summary.npv_total_cost_cny),
    ]),
    d(lang, 'sourceEngine'),
  );
}

/** 效益分析: the recommended scenario against the root baseline, year by year and in total. */
export function benefitsChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  const rec = m.recommended.result;
  const root = m.root;
  b.narrative('benefits', false);
  if (rec.scenario_id === root.scenario_id) {
    b.para(d(lang, 'benefitsSame', { root: b.scenarioName(root) }));
    return;
  }
  const f = incrementalFigures(rec, root);
  b.para(
    d(lang, 'benefitsGenerated', {
      root: b.scenarioName(root),
      name: b.scenarioName(rec),
      abated: quantity('wan_tco2', f.cumulativeAbatement, lang),
      horizon: rec.years.at(-1)!.year,
      saved: quantity('wan_tce', f.energySavedHorizon, lang),
      dnpv: quantity('wan_cny', f.npvIncrement, lang),
      dnpvx: quantity('wan_cny', f.npvIncrementExclCarbon, lang),
      perTonne: f.costPerTonne === null ? d(lang, 'perTonneNone') : quantity('cny_per_tco2', f.costPerTonne, lang),
    }),
  );
  const wanted = abatementYears(rec);
  b.addTable(
    d(lang, 'benefitTable'),
    [
      { header: d(lang, 'year'), weight: 0.8 },
      { header: headed(d(lang, 'energySaved'), 'wan_tce', lang), weight: 1.2, align: 'right' },
      { header: headed(d(lang, 'abated'), 'wan_tco2', lang), weight: 1.2, align: 'right' },
      { header: headed(d(lang, 'nonFossilGain'), 'points', lang), weight: 1.5, align: 'right' },
      { header: headed(d(lang, 'costIncrement'), 'wan_cny', lang), weight: 1.3, align: 'right' },
    ],
    wanted.map((year) => {
      const a = rec.years.find((y) => y.year === year)!;
      const z = root.years.find((y) => y.year === year)!;
      const nf =
        a.indicators.non_fossil_share_coal_method === null || z.indicators.non_fossil_share_coal_method === null
          ? null
          : a.indicators.non_fossil_share_coal_method - z.indicators.non_fossil_share_coal_method;
      return [
        String(year),
        amount('wan_tce', z.energy.tce_equivalent - a.energy.tce_equivalent),
        amount('wan_tco2', z.emissions.net_tco2 - a.emissions.net_tco2),
        amount('points', nf),
        amount('wan_cny', a.costs.total_cny - z.costs.total_cny),
      ];
    }),
    d(lang, 'sourceEngine'),
  );
}

/** The increments of a scenario over the baseline, from the engine's summaries. */
export function incrementalFigures(rec: ScenarioResult, root: ScenarioResult) {
  const cumulativeAbatement = root.summary.cumulative_net_emissions_tco2 - rec.summary.cumulative_net_emissions_tco2;
  const npvIncrement = rec.summary.npv_total_cost_cny - root.summary.npv_total_cost_cny;
  const npvIncrementExclCarbon = rec.summary.npv_cost_excl_carbon_cny - root.summary.npv_cost_excl_carbon_cny;
  return {
    cumulativeAbatement,
    npvIncrement,
    npvIncrementExclCarbon,
    energySavedHorizon: root.years.at(-1)!.energy.tce_equivalent - rec.years.at(-1)!.energy.tce_equivalent,
    /** Extra net present cost (carbon price excluded) per tonne avoided, undiscounted tonnes. */
    costPerTonne: cumulativeAbatement > 0 ? npvIncrementExclCarbon / cumulativeAbatement : null,
  };
}
