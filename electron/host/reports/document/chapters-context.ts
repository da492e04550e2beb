import { CARRIERS } from '../../../../core/model/carriers.ts';
import type { ChapterBuilder } from './context.ts';
import { d } from './strings.ts';
import { amount, headed, quantity } from './units.ts';
import { carrierName, regionName, sectorName } from '../i18n.ts';
import { carrierUnit, formatNumber } from '../format.ts';
import { emissionsChart, energyChart } from '../charts.ts';
import { summaryYears, yearOf } from './facts.ts';
import type { Cell } from './model.ts';
import { citedSource } from '../../../../core/text/cited-sources.ts';
import { cityText, provinceText } from '../../../../core/text/places.ts';

/** 编制依据: the user's text, then the accounting boundary and the documents the factors come from. */
export function basisChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  b.narrative('basis', true);
  b.para(
    d(lang, 'basisMethod', { count: m.plan.consumers.length, base: m.plan.park.base_year, horizon: m.plan.park.horizon_year }),
  );
  b.para(d(lang, 'basisGenerated'));
  const sources = new Set<string>();
  for (const r of m.results) for (const f of r.factors_used) if (f.source.trim() !== '') sources.add(f.source.trim());
  b.bullets([...new Set([...sources].map((s) => citedSource(s, lang)))].sort());
}

/** 园区概况: the user's background, then location, grid, enterprises and their output. */
export function overviewChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  const park = m.plan.park;
  b.narrative('overview', true);
  const output = m.plan.consumers.reduce((s, c) => s + c.output_value_10k_cny, 0);
  const va = m.plan.consumers.reduce((s, c) => s + c.value_added_10k_cny, 0);
  // Output and value added are entered in 10^4 CNY; `wan_cny` expects CNY.
  b.para(
    d(lang, 'overviewGenerated', {
      park: b.name(park),
      city: cityText(park.city, lang),
      province: provinceText(park.province, lang),
      grid: regionName(park.grid_region, lang),
      base: park.base_year,
      count: m.plan.consumers.length,
      output: quantity('wan_cny', output * 1e4, lang),
      va: quantity('wan_cny', va * 1e4, lang),
    }),
  );
  b.addTable(
    d(lang, 'enterprisesTable', { year: park.base_year }),
    [
      { header: d(lang, 'enterprise'), weight: 3 },
      { header: d(lang, 'sector'), weight: 1.5 },
      { header: headed(d(lang, 'output'), 'wan_cny', lang), weight: 1.4, align: 'right' },
      { header: headed(d(lang, 'valueAdded'), 'wan_cny', lang), weight: 1.4, align: 'right' },
    ],
    [
      ...m.plan.consumers.map((c) => [
        b.name(c),
        sectorName(c.sector, lang),
        amount('wan_cny', c.output_value_10k_cny * 1e4),
        amount('wan_cny', c.value_added_10k_cny * 1e4),
      ]),
      [
        { text: d(lang, 'total'), tone: 'total' as const },
        { text: '', tone: 'total' as const },
        { text: amount('wan_cny', output * 1e4), tone: 'total' as const },
        { text: amount('wan_cny', va * 1e4), tone: 'total' as const },
      ],
    ],
    d(lang, 'sourcePlan'),
  );
}

/** 现状与基准情景分析: base-year inventory, the baseline's pathway and the electricity balance. */
export function baselineChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  const park = m.plan.park;
  const root = m.root;
  const first = root.years[0]!;
  const last = root.years.at(-1)!;
  b.narrative('baseline', false);
  b.para(
    d(lang, 'baselineGenerated', {
      energy: quantity('wan_tce', first.energy.tce_equivalent, lang),
      emissions: quantity('wan_tco2', first.emissions.net_tco2, lang),
      root: b.scenarioName(root),
      horizon: last.year,
      energyH: quantity('wan_tce', last.energy.tce_equivalent, lang),
      emissionsH: quantity('wan_tco2', last.emissions.net_tco2, lang),
      peak: root.summary.peak_year_net_emissions,
    }),
  );
  const used = CARRIERS.filter((c) => m.plan.consumers.some((x) => x.energy[c.energyKey] > 0));
  const rows: Cell[][] = m.baseline.rows.map((r) => [
    b.name(r.consumer),
    ...used.map((c) => formatNumber(r.consumer.energy[c.energyKey], 0)),
    amount('wan_tce', r.tce_equivalent),
    amount('wan_tco2', r.gross_tco2),
  ]);
  const sum = (f: (r: (typeof m.baseline.rows)[number]) => number) => m.baseline.rows.reduce((s, r) => s + f(r), 0);
  rows.push(
    [
      d(lang, 'total'),
      ...used.map((c) =>
        formatNumber(
          sum((r) => r.consumer.energy[c.energyKey]),
          0,
        ),
      ),
      amount(
        'wan_tce',
        sum((r) => r.tce_equivalent),
      ),
      amount(
        'wan_tco2',
        sum((r) => r.gross_tco2),
      ),
    ].map((text) => ({ text, tone: 'total' as const })),
  );
  b.addTable(
    d(lang, 'inventoryTable', { year: park.base_year }),
    [
      { header: d(lang, 'enterprise'), weight: 2.6 },
      ...used.map((c) => ({
        header:
          lang === 'zh'
            ? `${carrierName(c.id, lang)}（${carrierUnit(c.id, lang)}）`
            : `${carrierName(c.id, lang)} [${carrierUnit(c.id, lang)}]`,
        weight: 1.2,
        align: 'right' as const,
      })),
      { header: headed(d(lang, 'energyCol'), 'wan_tce', lang), weight: 1.2, align: 'right' },
      { header: headed(d(lang, 'emissionsCol'), 'wan_tco2', lang), weight: 1.2, align: 'right' },
    ],
    rows,
    d(lang, 'sourceEngine'),
    true,
  );
  b.addFigure(d(lang, 'baselineEmissionsFig'), emissionsChart(root, lang), 190, d(lang, 'sourceEngine'));
  b.addFigure(d(lang, 'baselineEnergyFig'), energyChart(root, lang), 190, d(lang, 'sourceEngine'));
  electricityBalance(b, m.root);
  if (m.recommended.result.scenario_id !== m.root.scenario_id) electricityBalance(b, m.recommended.result);
}

function electricityBalance(b: ChapterBuilder, r: ChapterBuilder['m']['root']): void {
  const { lang } = b;
  const years = summaryYears(r);
  const lines: [string, (e: ReturnType<typeof yearOf>['energy']['electricity']) => number][] = [
    [d(lang, 'demand'), (e) => e.demand_mwh],
    [d(lang, 'pv'), (e) => e.pv_mwh],
    [d(lang, 'wind'), (e) => e.wind_mwh],
    [d(lang, 'selfUse'), (e) => e.self_consumed_mwh],
    [d(lang, 'gridImport'), (e) => e.grid_import_mwh],
    [d(lang, 'greenPurchase'), (e) => e.green_power_mwh],
    [d(lang, 'exported'), (e) => e.exported_mwh],
    [d(lang, 'curtailed'), (e) => e.curtailed_mwh],
  ];
  b.addTable(
    d(lang, 'electricityTable', { name: b.scenarioName(r) }),
    [
      { header: headed(d(lang, 'indicatorCol'), 'wan_kwh', lang), weight: 2.4 },
      ...years.map((y) => ({ header: d(lang, 'yearCol', { year: y }), weight: 1, align: 'right' as const })),
    ],
    lines.map(([label, f]) => [label, ...years.map((y) => amount('wan_kwh', f(yearOf(r, y).energy.electricity)))]),
    d(lang, 'sourceEngine'),
    true,
  );
}
