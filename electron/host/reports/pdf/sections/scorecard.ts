import type { PdfWriter, Column, Cell } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import type { Indicators, ScenarioResult } from '../../../../../core/engine/index.ts';
import { indicatorDefinition, indicatorKey } from '../../../../../core/engine/index.ts';
import { indicatorName, t } from '../../i18n.ts';
import { formatIndicator, indicatorFormat, unit } from '../../format.ts';

/** Targets per table: more would make the cells too narrow for "value / limit". */
const TARGETS_PER_TABLE = 4;

/** Section 6: every target's indicator by year, green where met and red where missed. */
export function scorecardSection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'secScorecard'), 1);
  if (m.plan.targets.length === 0) {
    w.paragraph(t(lang, 'noTargets'));
    return;
  }
  definitionsTable(w, m);
  w.paragraph(t(lang, 'scorecardIntro'), { color: COLORS.muted, size: 8 });
  m.results.forEach((r, i) => {
    for (let from = 0; from < r.targets.length; from += TARGETS_PER_TABLE) {
      if (i > 0 || from > 0) w.newPage();
      w.heading(r.scenario_name, 2, 200);
      scorecardTable(w, m, r, r.targets.slice(from, from + TARGETS_PER_TABLE));
    }
  });
}

/** Each target's numerator, denominator and energy method (core/engine/indicator-definitions.ts). */
function definitionsTable(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'targetDefinitions'), 2, 80);
  w.paragraph(t(lang, 'targetDefinitionsIntro'), { color: COLORS.muted, size: 8 });
  w.table(
    [
      { header: t(lang, 'target'), weight: 1.6 },
      { header: t(lang, 'numerator'), weight: 2.6 },
      { header: t(lang, 'denominator'), weight: 1.8 },
      { header: t(lang, 'method'), weight: 2 },
    ],
    m.plan.targets.map((x) => {
      const method = x.kind === 'limit' ? x.energy_method : 'equivalent';
      const d = indicatorDefinition(x.indicator, method, lang);
      return [
        `${x.name}\n${indicatorName(indicatorKey(x.indicator, method), lang)}`,
        d.numerator,
        d.denominator ?? t(lang, 'notRatio'),
        d.method,
      ];
    }),
    { size: 7 },
  );
}

function scorecardTable(w: PdfWriter, m: ReportModel, r: ScenarioResult, targets: ScenarioResult['targets']): void {
  const { lang } = m;
  const byId = new Map(m.plan.targets.map((x) => [x.id, x]));
  const columns: Column[] = [
    { header: t(lang, 'year'), weight: 0.6 },
    ...targets.map((x) => {
      const key = x.indicator as keyof Indicators;
      const target = byId.get(x.id);
      const bound = target?.kind === 'limit' && target.bound === 'min' ? '≥' : '≤';
      const f = indicatorFormat(key);
      const u = f.unit === 'percent' ? '%' : unit(f.unit, lang);
      return {
        header: `${target?.name ?? x.name}\n${indicatorName(key, lang)} [${u}]\n${t(lang, 'limitLegend')} ${bound}`,
        weight: 2,
        align: 'right' as const,
      };
    }),
  ];
  const rows: Cell[][] = r.years.map((y) => [
    String(y.year),
    ...targets.map((x): Cell => {
      const check = y.targets.find((c) => c.id === x.id);
      if (!check) return '';
      const key = x.indicator as keyof Indicators;
      const text = `${formatIndicator(key, check.value, lang, false)} / ${formatIndicator(key, check.limit, lang, false)}`;
      return check.pass
        ? { text, fill: COLORS.passFill, color: COLORS.passInk }
        : { text, fill: COLORS.failFill, color: COLORS.failInk, bold: true };
    }),
  ]);
  // Compact rows: a 36-year pathway fits one page.
  w.table(columns, rows, { size: 6.5, zebra: false, padY: 1.5 });
}
