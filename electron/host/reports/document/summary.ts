import type { ReportModel } from '../report-model.ts';
import type { Cell } from './model.ts';
import { ChapterBuilder } from './context.ts';
import { d } from './strings.ts';
import { amount, decline, headed, unitText, type QuantityUnit } from './units.ts';
import { summaryYears, yearOf } from './facts.ts';
import { indicatorName } from '../i18n.ts';
import type { Indicators, YearResult } from '../../../../core/engine/index.ts';
import { formatIndicator } from '../format.ts';

interface KeyRow {
  label: string;
  unit: QuantityUnit;
  value: (y: YearResult) => number | null;
  /** Adds a "decline from the base year" row under this one. */
  decline?: boolean;
}

const KEY_ROWS = (lang: ReportModel['lang']): KeyRow[] => [
  { label: d(lang, 'energyEq'), unit: 'wan_tce', value: (y) => y.energy.tce_equivalent },
  { label: d(lang, 'netEmissions'), unit: 'wan_tco2', value: (y) => y.emissions.net_tco2 },
  {
    label: d(lang, 'energyIntensity'),
    unit: 'tce_per_wan_cny',
    value: (y) => y.indicators.tce_per_10k_cny_va_equivalent,
    decline: true,
  },
  { label: d(lang, 'carbonIntensity'), unit: 'tco2_per_wan_cny', value: (y) => y.indicators.tco2_per_10k_cny_va, decline: true },
  { label: d(lang, 'nonFossil'), unit: 'percent', value: (y) => y.indicators.non_fossil_share_coal_method },
  { label: d(lang, 'greenPower'), unit: 'percent', value: (y) => y.indicators.renewable_electricity_share },
];

/**
 * The executive summary, one page: the recommended scenario and why, its key figures in the
 * base year and the milestone years, its targets, the scenarios side by side, and the authors'
 * conclusions.
 */
export function buildSummary(m: ReportModel): ChapterBuilder {
  const b = new ChapterBuilder(m, 0, false);
  const { lang } = m;
  const rec = m.recommended.result;
  const why = d(
    lang,
    m.recommended.reason === 'user' ? 'whyUser' : m.recommended.reason === 'all_targets_cheapest' ? 'whyAll' : 'whyMost',
  );
  b.para(
    d(lang, 'sumIntro', {
      base: m.plan.park.base_year,
      horizon: m.plan.park.horizon_year,
      count: m.results.length,
      name: b.scenarioName(rec),
      why,
    }),
  );

  const years = summaryYears(rec);
  const base = rec.years[0]!;
  const rows: Cell[][] = [];
  for (const k of KEY_ROWS(lang)) {
    rows.push([k.label, unitText(k.unit, lang), ...years.map((y) => amount(k.unit, k.value(yearOf(rec, y))))]);
    if (k.decline)
      rows.push([
        { text: d(lang, 'declineVsBase'), tone: 'muted' },
        '%',
        '',
        ...years.slice(1).map((y) => amount('percent', decline(k.value(base), k.value(yearOf(rec, y))))),
      ]);
  }
  b.addTable(
    d(lang, 'keyFigures'),
    [
      { header: d(lang, 'indicatorCol'), weight: 3 },
      { header: d(lang, 'unitCol'), weight: 1.1 },
      ...years.map((y, i) => ({
        header: d(lang, i === 0 ? 'baseYearCol' : 'yearCol', { year: y }),
        weight: 1.1,
        align: 'right' as const,
      })),
    ],
    rows,
    d(lang, 'sourceEngine'),
    true,
  );

  if (m.plan.targets.length === 0) b.para(d(lang, 'noTargets'));
  else {
    const names = new Map(m.plan.targets.map((t) => [t.id, b.name(t)]));
    b.addTable(
      d(lang, 'targetsMet'),
      [
        { header: d(lang, 'target'), weight: 3 },
        { header: d(lang, 'indicator'), weight: 3 },
        { header: d(lang, 'result'), weight: 1 },
        { header: d(lang, 'worstMargin'), weight: 2.2, align: 'right' },
      ],
      rec.targets.map((x) => {
        const key = x.indicator as keyof Indicators;
        return [
          names.get(x.id) ?? x.name,
          indicatorName(key, lang),
          x.pass
            ? { text: d(lang, 'met'), tone: 'pass' as const }
            : {
                text:
                  lang === 'zh'
                    ? `${d(lang, 'missed')}（${d(lang, 'firstMiss', { year: x.first_failing_year ?? '' })}）`
                    : `${d(lang, 'missed')} (${d(lang, 'firstMiss', { year: x.first_failing_year ?? '' })})`,
                tone: 'fail' as const,
              },
          formatIndicator(key, x.worst_margin, lang),
        ];
      }),
      d(lang, 'sourceEngine'),
      true,
    );
  }

  b.addTable(
    d(lang, 'scenarioComparison'),
    [
      { header: d(lang, 'scenario'), weight: 3 },
      { header: d(lang, 'targetsMetCount'), weight: 1, align: 'right' },
      { header: headed(d(lang, 'npvCost'), 'wan_cny', lang), weight: 1.6, align: 'right' },
      { header: headed(d(lang, 'cumNet'), 'wan_tco2', lang), weight: 1.6, align: 'right' },
      { header: d(lang, 'peakYear'), weight: 1.2, align: 'right' },
    ],
    m.results.map((r) => {
      const mark = r.scenario_id === rec.scenario_id ? d(lang, 'recommendedMark') : '';
      return [
        { text: `${b.scenarioName(r)}${mark}`, bold: mark !== '' },
        `${r.targets.filter((x) => x.pass).length}/${r.targets.length}`,
        amount('wan_cny', r.summary.npv_total_cost_cny),
        amount('wan_tco2', r.summary.cumulative_net_emissions_tco2),
        String(r.summary.peak_year_net_emissions),
      ];
    }),
    d(lang, 'sourceEngine'),
    true,
  );
  b.heading(d(lang, 'conclusions'), 3);
  b.narrative('conclusions', true);
  return b;
}
