import type { ChapterBuilder } from './context.ts';
import { d } from './strings.ts';
import { gridSeriesText, t, scopeName } from '../i18n.ts';
import { formatNumber } from '../format.ts';
import { costLibraryRows } from '../cost-library.ts';
import { factorName, factorUnit } from '../../../../core/text/factor-names.ts';
import { citedSource } from '../../../../core/text/cited-sources.ts';
import { reportWarningText } from '../warning-text.ts';
import { warningLocation } from '../warning-location.ts';
import type { ScenarioResult } from '../../../../core/engine/index.ts';

/** Annex: each scenario's main assumptions. */
export function assumptionsAnnex(b: ChapterBuilder): void {
  const { m, lang } = b;
  b.para(d(lang, 'assumptionsIntro'));
  b.addTable(
    d(lang, 'anAssumptions'),
    [
      { header: d(lang, 'scenario'), weight: 2 },
      { header: d(lang, 'gridScope'), weight: 1.2 },
      { header: `${d(lang, 'gridDecline')}${lang === 'zh' ? '（%/年）' : ' [%/a]'}`, weight: 1.3, align: 'right' },
      { header: `${d(lang, 'carbonPrice')}${lang === 'zh' ? '（元/tCO2）' : ' [CNY/tCO2]'}`, weight: 2.4 },
      { header: `${d(lang, 'growth')}${lang === 'zh' ? '（%/年）' : ' [%/a]'}`, weight: 2 },
    ],
    m.results.map((r) => [
      b.scenarioName(r),
      scopeName(r.settings.grid_factor_scope, lang),
      formatNumber(r.settings.grid_factor_decline_rate, 1, 100),
      r.settings.carbon_price_cny_per_t.map((p) => `${p.year}: ${formatNumber(p.value, 0)}`).join(lang === 'zh' ? '；' : '; '),
      r.settings.output_growth_path === null
        ? d(lang, 'ownGrowth')
        : r.settings.output_growth_path
            .map((p) => `${p.year}: ${formatNumber(p.value, 1, 100)}`)
            .join(lang === 'zh' ? '；' : '; '),
    ]),
    d(lang, 'sourceUser'),
  );
  // Which grid factor series each scenario was computed with, in words (the scope column names only its kind).
  b.bullets(
    m.results.map((r) => {
      const parentId = m.plan.scenarios.find((s) => s.id === r.scenario_id)?.parent_id ?? null;
      const parent = m.plan.scenarios.find((s) => s.id === parentId);
      return t(lang, 'pathwayIntro', {
        name: b.scenarioName(r),
        parent: parent === undefined ? '' : t(lang, 'childOf', { parent: b.name(parent) }),
        grid: gridSeriesText(r.grid_series.average, lang),
      });
    }),
  );
}

/**
 * The factors of every chosen scenario, each once. Scenarios share most factors; those that
 * differ (another grid scope) appear once per distinct value.
 */
export function factorsUsed(results: readonly ScenarioResult[]): ScenarioResult['factors_used'] {
  const seen = new Map<string, ScenarioResult['factors_used'][number]>();
  for (const r of results)
    for (const f of r.factors_used) {
      const key = JSON.stringify([f.key, f.value, f.unit, f.source, f.year, f.series, f.secondary, f.overridden]);
      if (!seen.has(key)) seen.set(key, f);
    }
  return [...seen.values()];
}

/** Annex: the factors used and the technology unit costs, each with its source. */
export function factorsAnnex(b: ChapterBuilder): void {
  const { m, lang } = b;
  b.para(d(lang, 'factorsIntro'));
  const yes = t(lang, 'yes');
  b.addTable(
    d(lang, 'factorTable'),
    [
      { header: t(lang, 'factorKey'), weight: 2.6 },
      { header: t(lang, 'value'), weight: 1.2, align: 'right' },
      { header: t(lang, 'unit'), weight: 1.2 },
      { header: t(lang, 'source'), weight: 3.6 },
      { header: t(lang, 'factorYear'), weight: 0.7, align: 'right' },
      { header: t(lang, 'secondary'), weight: 0.6 },
      { header: t(lang, 'overridden'), weight: 0.7 },
    ],
    factorsUsed(m.results).map((f) => [
      factorName(f.key, lang),
      String(Number(f.value.toPrecision(8))),
      factorUnit(f.unit, lang),
      citedSource(f.source, lang),
      f.year === null ? '' : String(f.year),
      f.secondary ? yes : '',
      f.overridden ? { text: yes, bold: true } : '',
    ]),
    d(lang, 'sourceRows'),
    true,
  );
  b.addTable(
    d(lang, 'costTableA'),
    [
      { header: t(lang, 'technology'), weight: 1.3 },
      { header: t(lang, 'costParameter'), weight: 1.3 },
      { header: t(lang, 'costPath'), weight: 2 },
      { header: t(lang, 'unit'), weight: 1 },
      { header: t(lang, 'source'), weight: 3.4 },
      { header: t(lang, 'currencyYear'), weight: 0.7, align: 'right' },
      { header: t(lang, 'illustrativeValue'), weight: 0.6 },
    ],
    costLibraryRows(m.plan, lang).map((r) => [
      r.technology,
      r.parameter,
      r.path,
      r.unit,
      citedSource(r.source, lang),
      r.currency_year === null ? '' : String(r.currency_year),
      r.illustrative ? yes : '',
    ]),
    d(lang, 'sourceRows'),
    true,
  );
}

/** Annex: the calculation's warnings and notes in plain words, by scenario. */
export function warningsAnnex(b: ChapterBuilder): void {
  const { m, lang } = b;
  b.para(d(lang, 'warningsIntro'));
  for (const r of m.results) {
    if (r.warnings.length === 0) {
      b.heading(b.scenarioName(r), 3);
      b.para(d(lang, 'noWarnings'));
      continue;
    }
    b.addTable(
      d(lang, 'warningsTable', { name: b.scenarioName(r) }),
      [
        { header: d(lang, 'level'), weight: 0.7 },
        { header: d(lang, 'where'), weight: 2.2 },
        { header: d(lang, 'message'), weight: 4.3 },
        { header: d(lang, 'years'), weight: 1 },
      ],
      r.warnings.map((x) => [
        x.severity === 'warning' ? { text: d(lang, 'warning'), bold: true } : d(lang, 'info'),
        warningLocation(x.path, m.plan, lang),
        reportWarningText(x, lang).text,
        x.first_year === null ? '' : x.first_year === x.last_year ? String(x.first_year) : `${x.first_year}—${x.last_year}`,
      ]),
      d(lang, 'sourceEngine'),
      true,
    );
  }
}
