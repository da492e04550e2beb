import type { ChapterBuilder } from './context.ts';
import { d } from './strings.ts';
import { amount, headed, unitText, type QuantityUnit } from './units.ts';
import { indicatorName, kindName } from '../i18n.ts';
import { formatIndicator, formatNumber } from '../format.ts';
import { emissionsChart, macChart, macRanking, targetChart } from '../charts.ts';
import { macText } from '../cost-library.ts';
import { indicatorDefinition, indicatorKey, type Indicators, type ScenarioResult } from '../../../../core/engine/index.ts';
import { milestoneYears } from '../report-model.ts';
import type { Cell } from './model.ts';

/** How a target indicator is drawn: its scale and axis unit (emissions and energy in 10^4). */
function chartUnit(key: keyof Indicators): { scale: number; unit: QuantityUnit | 't' } {
  switch (key) {
    case 'gross_emissions_tco2':
    case 'net_emissions_tco2':
      return { scale: 1e-4, unit: 'wan_tco2' };
    case 'total_tce_equivalent':
    case 'total_tce_coal_method':
      return { scale: 1e-4, unit: 'wan_tce' };
    case 'coal_t':
      return { scale: 1, unit: 't' };
    case 'tco2_per_10k_cny_va':
      return { scale: 1, unit: 'tco2_per_wan_cny' };
    case 'tce_per_10k_cny_va_equivalent':
    case 'tce_per_10k_cny_va_coal_method':
      return { scale: 1, unit: 'tce_per_wan_cny' };
    case 'co2_per_tce_equivalent':
    case 'co2_per_tce_coal_method':
      return { scale: 1, unit: 'tco2_per_tce' };
    default:
      return { scale: 100, unit: 'percent' };
  }
}

/** 目标与指标体系: definitions, every scenario against every target, a chart per target. */
export function targetsChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  b.narrative('targets', false);
  if (m.plan.targets.length === 0) {
    b.para(d(lang, 'noTargets'));
    return;
  }
  const names = new Map(m.plan.targets.map((t) => [t.id, b.name(t)]));
  const defLabel = d(lang, 'tableLabel', { c: b.number, i: 1 });
  const cardLabel = d(lang, 'tableLabel', { c: b.number, i: 2 });
  b.para(d(lang, 'targetsGenerated', { count: m.plan.targets.length, label: defLabel, label2: cardLabel }));
  b.addTable(
    d(lang, 'definitions'),
    [
      { header: d(lang, 'target'), weight: 1.8 },
      { header: d(lang, 'numerator'), weight: 2.6 },
      { header: d(lang, 'denominator'), weight: 1.8 },
      { header: d(lang, 'method'), weight: 2 },
    ],
    m.plan.targets.map((x) => {
      const method = x.kind === 'limit' ? x.energy_method : 'equivalent';
      const def = indicatorDefinition(x.indicator, method, lang);
      return [
        `${b.name(x)}\n${indicatorName(indicatorKey(x.indicator, method), lang)}`,
        def.numerator,
        def.denominator ?? d(lang, 'notRatio'),
        def.method,
      ];
    }),
    d(lang, 'sourceUser'),
  );
  const rows: Cell[][] = [];
  for (const r of m.results)
    for (const x of r.targets) {
      const key = x.indicator as keyof Indicators;
      rows.push([
        b.scenarioName(r),
        names.get(x.id) ?? x.name,
        x.pass
          ? { text: d(lang, 'met'), tone: 'pass' }
          : { text: `${d(lang, 'missed')}\n${d(lang, 'firstMiss', { year: x.first_failing_year ?? '' })}`, tone: 'fail' },
        formatIndicator(key, x.worst_margin, lang),
      ]);
    }
  b.addTable(
    d(lang, 'scorecard'),
    [
      { header: d(lang, 'scenario'), weight: 2.4 },
      { header: d(lang, 'target'), weight: 2.6 },
      { header: d(lang, 'result'), weight: 1.6 },
      { header: d(lang, 'worstMargin'), weight: 1.8, align: 'right' },
    ],
    rows,
    d(lang, 'sourceEngine'),
  );
  for (const t of m.plan.targets) {
    const summary = m.results[0]?.targets.find((x) => x.id === t.id);
    if (!summary) continue;
    const key = summary.indicator as keyof Indicators;
    const cu = chartUnit(key);
    const axis = cu.unit === 't' ? 't' : unitText(cu.unit, lang);
    b.addFigure(
      d(lang, 'targetFig', { target: b.name(t) }),
      targetChart(m.results, t.id, cu.scale, axis, { scenario: (r) => b.scenarioName(r), limit: d(lang, 'limitSeries') }),
      170,
      d(lang, 'sourceEngine'),
    );
  }
}

/** 路径与重点任务: the authors' tasks, the measures by type, each scenario's pathway, the MAC curves. */
export function tasksChapter(b: ChapterBuilder): void {
  const { m, lang } = b;
  const rec = m.recommended.result;
  b.narrative('tasks', true);
  const measures = m.measures.get(rec.scenario_id) ?? [];
  const byKind = new Map<string, number>();
  for (const { measure } of measures)
    byKind.set(kindName(measure.kind, lang), (byKind.get(kindName(measure.kind, lang)) ?? 0) + 1);
  const kinds = [...byKind]
    .map(([k, n]) => (lang === 'zh' ? `${k}${/[A-Za-z]$/.test(k) ? ' ' : ''}${n}项` : `${k} ${n}`))
    .join(lang === 'zh' ? '、' : ', ');
  b.para(d(lang, 'tasksGenerated', { name: b.scenarioName(rec), count: measures.length, kinds: kinds === '' ? '-' : kinds }));
  for (const r of m.results) {
    b.heading(b.scenarioName(r));
    b.addFigure(d(lang, 'pathwayFig', { name: b.scenarioName(r) }), emissionsChart(r, lang), 180, d(lang, 'sourceEngine'));
    milestoneTable(b, r);
  }
  b.note(d(lang, 'totalCostNote'));
  for (const r of m.results) macBlock(b, r);
}

function milestoneTable(b: ChapterBuilder, r: ScenarioResult): void {
  const { lang } = b;
  const wanted = new Set(milestoneYears(r));
  b.addTable(
    d(lang, 'milestoneTable', { name: b.scenarioName(r) }),
    [
      { header: d(lang, 'year'), weight: 0.7 },
      { header: headed(d(lang, 'netEmissions'), 'wan_tco2', lang), weight: 1.3, align: 'right' },
      { header: headed(d(lang, 'energyEq'), 'wan_tce', lang), weight: 1.4, align: 'right' },
      { header: headed(d(lang, 'carbonIntensity'), 'tco2_per_wan_cny', lang), weight: 1.4, align: 'right' },
      { header: headed(d(lang, 'nonFossil'), 'percent', lang), weight: 1.5, align: 'right' },
      { header: headed(d(lang, 'totalCost'), 'wan_cny', lang), weight: 1.3, align: 'right' },
    ],
    r.years
      .filter((y) => wanted.has(y.year))
      .map((y) => [
        String(y.year),
        amount('wan_tco2', y.emissions.net_tco2),
        amount('wan_tce', y.energy.tce_equivalent),
        amount('tco2_per_wan_cny', y.indicators.tco2_per_10k_cny_va),
        amount('percent', y.indicators.non_fossil_share_coal_method),
        amount('wan_cny', y.costs.total_cny),
      ]),
    d(lang, 'sourceEngine'),
    true,
  );
}

function macBlock(b: ChapterBuilder, r: ScenarioResult): void {
  const { lang } = b;
  if (r.mac.length === 0) return;
  const rank = macRanking(r);
  b.heading(d(lang, 'macFig', { name: b.scenarioName(r) }), 3);
  if (rank.size > 0) {
    b.note(d(lang, 'macIntro'));
    b.addFigure(d(lang, 'macFig', { name: b.scenarioName(r) }), macChart(r, lang), 230, d(lang, 'sourceEngine'));
  }
  const measures = new Map((b.m.measures.get(r.scenario_id) ?? []).map((x) => [x.measure.id, x.measure]));
  const rows = [...r.mac].sort((a, c) => (rank.get(a.measure_id) ?? 1e9) - (rank.get(c.measure_id) ?? 1e9));
  b.addTable(
    d(lang, 'macTable', { name: b.scenarioName(r) }),
    [
      { header: '#', weight: 0.4, align: 'right' },
      { header: d(lang, 'measure'), weight: 3 },
      { header: d(lang, 'kind'), weight: 1.3 },
      { header: headed(d(lang, 'mac'), 'cny_per_tco2', lang), weight: 1.5, align: 'right' },
      { header: headed(d(lang, 'avgAbatement'), 'tco2_per_year', lang), weight: 1.3, align: 'right' },
      { header: headed(d(lang, 'cumAbatement'), 'wan_tco2', lang), weight: 1.3, align: 'right' },
      { header: headed(d(lang, 'npvCost'), 'wan_cny', lang), weight: 1.3, align: 'right' },
    ],
    rows.map((x) => {
      const measure = measures.get(x.measure_id);
      return [
        rank.has(x.measure_id) ? String(rank.get(x.measure_id)) : '',
        measure ? b.name(measure) : x.name,
        kindName(x.kind, lang),
        macText(x, lang) ?? formatNumber(x.mac_cny_per_tco2!, 0),
        formatNumber(x.average_annual_abatement_tco2, 0),
        amount('wan_tco2', x.cumulative_abatement_tco2),
        amount('wan_cny', x.npv_cost_cny),
      ];
    }),
    d(lang, 'sourceEngine'),
  );
}

/** 保障措施: the authors' text only; the model has no facts to add. */
export function safeguardsChapter(b: ChapterBuilder): void {
  b.narrative('safeguards', true);
}
