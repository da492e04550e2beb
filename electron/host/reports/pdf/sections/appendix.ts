import type { PdfWriter } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import type { ScenarioResult } from '../../../../../core/engine/index.ts';
import { scopeName, t } from '../../i18n.ts';
import { formatNumber, unit } from '../../format.ts';
import { reportWarningText } from '../../warning-text.ts';
import { warningLocation } from '../../warning-location.ts';
import { costLibraryRows } from '../../cost-library.ts';

/** Appendix A: scenario assumptions, the factors used with their sources, project overrides. */
export function appendixSection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'secAppendix'), 1);
  w.heading(t(lang, 'scenarioSettings'), 2, 60);
  w.table(
    [
      { header: t(lang, 'scenario'), weight: 2 },
      { header: t(lang, 'gridScope'), weight: 1.2 },
      { header: `${t(lang, 'gridDecline')} [%${unit('per_year', lang)}]`, weight: 1.6, align: 'right' },
      { header: `${t(lang, 'carbonPrice')} [${unit('cny_per_tco2', lang)}]`, weight: 2.4 },
      { header: `${t(lang, 'outputGrowth')} [%${unit('per_year', lang)}]`, weight: 2 },
      { header: t(lang, 'gridVintage'), weight: 1.2 },
    ],
    m.results.map((r) => [
      r.scenario_name,
      scopeName(r.settings.grid_factor_scope, lang),
      formatNumber(r.settings.grid_factor_decline_rate, 1, 100),
      r.settings.carbon_price_cny_per_t.map((p) => `${p.year}: ${formatNumber(p.value, 0)}`).join(', '),
      r.settings.output_growth_path === null
        ? t(lang, 'outputGrowthOwn')
        : r.settings.output_growth_path.map((p) => `${p.year}: ${formatNumber(p.value, 1, 100)}`).join(', '),
      r.settings.grid_factor_vintage_year === null ? t(lang, 'gridVintageLatest') : String(r.settings.grid_factor_vintage_year),
    ]),
  );

  w.heading(t(lang, 'factorsHeading'), 2, 60);
  w.paragraph(t(lang, 'appendixIntro'), { color: COLORS.muted, size: 8 });
  w.table(
    [
      { header: t(lang, 'factorKey'), weight: 2.8 },
      { header: t(lang, 'value'), weight: 1.2, align: 'right' },
      { header: t(lang, 'unit'), weight: 1.2 },
      { header: t(lang, 'source'), weight: 3.4 },
      { header: t(lang, 'factorYear'), weight: 0.6, align: 'right' },
      { header: t(lang, 'series'), weight: 1.4 },
      { header: t(lang, 'secondary'), weight: 0.6 },
      { header: t(lang, 'overridden'), weight: 0.6 },
    ],
    factorsUsed(m.results).map((f) => [
      f.key,
      // Eight significant digits read well; the workbook carries the full value.
      String(Number(f.value.toPrecision(8))),
      f.unit,
      f.source,
      f.year === null ? '' : String(f.year),
      f.series,
      f.secondary ? t(lang, 'yes') : t(lang, 'no'),
      f.overridden ? { text: t(lang, 'yes'), bold: true, fill: COLORS.warnFill } : t(lang, 'no'),
    ]),
    { size: 6.5 },
  );

  costLibraryAppendix(w, m);

  if (m.plan.factor_overrides.length > 0) {
    w.heading(t(lang, 'overridesHeading'), 2, 60);
    w.table(
      [
        { header: t(lang, 'factorKey'), weight: 2 },
        { header: t(lang, 'value'), weight: 1, align: 'right' },
        { header: t(lang, 'source'), weight: 3 },
        { header: t(lang, 'note'), weight: 3 },
      ],
      m.plan.factor_overrides.map((o) => [o.key, String(o.value), o.source, o.note]),
      { size: 7 },
    );
  }
}

/** The technology cost library with sources and flags, and the project's cost overrides. */
function costLibraryAppendix(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'costLibraryHeading'), 2, 60);
  w.paragraph(t(lang, 'costLibraryIntro'), { color: COLORS.muted, size: 8 });
  w.table(
    [
      { header: t(lang, 'technology'), weight: 1.3 },
      { header: t(lang, 'costParameter'), weight: 1.3 },
      { header: t(lang, 'costPath'), weight: 2 },
      { header: t(lang, 'unit'), weight: 1 },
      { header: t(lang, 'source'), weight: 3.4 },
      { header: t(lang, 'currencyYear'), weight: 0.6, align: 'right' },
      { header: t(lang, 'secondary'), weight: 0.6 },
      { header: t(lang, 'illustrativeValue'), weight: 0.6 },
      { header: t(lang, 'overridden'), weight: 0.6 },
    ],
    costLibraryRows(m.plan, lang).map((r) => [
      r.technology,
      r.parameter,
      r.path,
      r.unit,
      r.source,
      r.currency_year === null ? '' : String(r.currency_year),
      r.secondary ? t(lang, 'yes') : t(lang, 'no'),
      r.illustrative ? t(lang, 'yes') : t(lang, 'no'),
      r.overridden ? { text: t(lang, 'yes'), bold: true, fill: COLORS.warnFill } : t(lang, 'no'),
    ]),
    { size: 6.5 },
  );
  if (m.plan.cost_overrides.length > 0) {
    w.heading(t(lang, 'costOverridesHeading'), 2, 60);
    w.table(
      [
        { header: t(lang, 'costKey'), weight: 2 },
        { header: t(lang, 'value'), weight: 1, align: 'right' },
        { header: t(lang, 'source'), weight: 3 },
        { header: t(lang, 'note'), weight: 3 },
      ],
      m.plan.cost_overrides.map((o) => [o.key, String(o.value), o.source, o.note]),
      { size: 7 },
    );
  }
}

/**
 * The factors of every chosen scenario, each once. Scenarios share most factors; those that
 * differ (another grid scope) appear once per distinct value. Values print in full precision
 * (String), as the library states them.
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

/** Appendix B: the engine's warnings and notes for each scenario, in the report's language. */
export function warningsSection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'secWarnings'), 1);
  for (const r of m.results) {
    w.heading(r.scenario_name, 2, 50);
    if (r.warnings.length === 0) {
      w.paragraph(t(lang, 'noWarnings'));
      continue;
    }
    w.table(
      [
        { header: t(lang, 'warningLevel'), weight: 0.7 },
        { header: t(lang, 'where'), weight: 2.2 },
        { header: t(lang, 'message'), weight: 5 },
        { header: t(lang, 'years'), weight: 0.9 },
      ],
      r.warnings.map((x) => [
        x.severity === 'warning' ? { text: t(lang, 'warning'), bold: true, fill: COLORS.warnFill } : t(lang, 'info'),
        warningLocation(x.path, m.plan, lang),
        reportWarningText(x, lang).text,
        x.first_year === null ? '' : x.first_year === x.last_year ? String(x.first_year) : `${x.first_year}–${x.last_year}`,
      ]),
      { size: 6.5 },
    );
  }
}
