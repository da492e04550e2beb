import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanNames } from '../../i18n/use-local-name.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { resolveScenario } from '../../../../core/engine/resolve.ts';
import { EChart } from '../../charts/EChart.tsx';
import { macOption } from '../../charts/mac-options.ts';
import { measureWedgesOption } from '../../charts/emissions-options.ts';
import { formatNumber } from '../../charts/format.ts';
import { seriesColor } from '../../charts/palette.ts';
import { macAxisRange, shapeMacCurve } from '../../results/mac.ts';
import { shapeMeasureWedges } from '../../results/emissions.ts';
import { useLiveResults } from '../../results/use-live-results.ts';
import { ChartCard, EmptyChart, useChartContext } from './ChartCard.tsx';

/** Measures that differ from the parent (own or overridden here) and every measure's start year. */
function measuresVsParent(plan: Plan, scenarioId: string): { ids: string[]; startYears: Map<string, number> } {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  const ids = new Set<string>([
    ...(scenario?.measures.map((m) => m.id) ?? []),
    ...(scenario?.measure_overrides.map((o) => o.measure_id) ?? []),
  ]);
  const startYears = new Map<string, number>();
  try {
    for (const r of resolveScenario(plan, scenarioId).measures) startYears.set(r.measure.id, r.measure.start_year);
  } catch {
    // An unresolvable chain has no results either; the host reports the error.
  }
  return { ids: [...ids], startYears };
}

/**
 * The MAC curve costs one extra engine run per measure, so it is asked for only while this
 * tab is mounted (visible); the parent runs without MAC for the by-measure wedges.
 */
export function MacPanel({ plan, scenarioId }: { plan: Plan; scenarioId: string }) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const { locale } = ctx;
  const parentId = plan.scenarios.find((s) => s.id === scenarioId)?.parent_id ?? null;
  const withMac = useLiveResults([scenarioId], { mac: true });
  const parentLive = useLiveResults(parentId === null ? [] : [parentId], { mac: false });
  const names = usePlanNames(plan, scenarioId);
  // The engine names measures by their primary name: shown in the screen's language instead.
  const macResult = withMac.results?.[0] ?? null;
  const result = useMemo(
    () =>
      macResult === null
        ? null
        : { ...macResult, mac: macResult.mac.map((e) => ({ ...e, name: names.measure(e.measure_id, e.name) })) },
    [macResult, names],
  );
  const parent = parentLive.results?.[0] ?? null;

  const curve = useMemo(() => (result === null ? null : shapeMacCurve(result.mac)), [result]);
  const macOpt = useMemo(() => (curve === null ? null : macOption(curve, ctx)), [curve, ctx]);
  const vsParent = useMemo(() => measuresVsParent(plan, scenarioId), [plan, scenarioId]);
  const wedges = useMemo(
    () => (result === null || parent === null ? null : shapeMeasureWedges(result, parent, vsParent.ids, vsParent.startYears)),
    [result, parent, vsParent],
  );
  const wedgeOpt = useMemo(() => {
    if (wedges === null) return null;
    // Same colour per measure as on the curve and in the table.
    const rank = new Map(curve?.bars.map((b, i) => [b.measureId, i]) ?? []);
    return measureWedgesOption(wedges, ctx, (id, i) => seriesColor(rank.get(id) ?? (curve?.bars.length ?? 0) + i));
  }, [wedges, ctx, curve]);
  const unitAb = t('results.unit.tco2PerYear');
  const cut = useMemo(() => {
    if (curve === null) return [];
    const range = macAxisRange(curve.bars);
    return curve.bars.flatMap((b, i) => (range.clipped.has(b.measureId) ? [{ index: i + 1, bar: b }] : []));
  }, [curve]);

  return (
    <>
      <ChartCard title={t('results.mac.title')} note={t('results.mac.note')} testId="mac-card">
        {curve === null || macOpt === null ? (
          <p className="results-status results-status--busy" role="status">
            {t('results.mac.computing')}
          </p>
        ) : curve.bars.length === 0 && curve.off.length === 0 ? (
          <EmptyChart message={t('results.mac.none')} />
        ) : (
          <>
            {curve.bars.length > 0 && (
              <EChart
                option={macOpt}
                revision={withMac.revision}
                label={t('results.mac.title')}
                height={380}
                testId="chart-mac"
                summary={{ bars: curve.bars.length }}
              />
            )}
            {cut.length > 0 && (
              <p className="chart-card__note" data-testid="mac-cut">
                {t('results.mac.cut', {
                  list: cut
                    .map(
                      (c) => `${c.index}. ${c.bar.name} (${formatNumber(c.bar.mac, locale, 0)} ${t('results.unit.cnyPerTco2')})`,
                    )
                    .join('; '),
                })}
              </p>
            )}
            <div className="table-wrap table-wrap--auto">
              <table className="data-table" data-testid="mac-table">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('results.mac.col.index')}
                    </th>
                    <th scope="col">{t('results.mac.col.measure')}</th>
                    <th scope="col">{t('results.mac.col.kind')}</th>
                    <th scope="col" className="num">
                      {t('results.mac.col.mac')}
                      <span className="sub">{t('results.unit.cnyPerTco2')}</span>
                    </th>
                    <th scope="col" className="num">
                      {t('results.mac.col.average')}
                      <span className="sub">{unitAb}</span>
                    </th>
                    <th scope="col" className="num">
                      {t('results.mac.col.cumulative')}
                      <span className="sub">{t('results.unit.tco2')}</span>
                    </th>
                    <th scope="col" className="num">
                      {t('results.mac.col.npvCost')}
                      <span className="sub">{t('results.unit.cny10k')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {curve.bars.map((b, i) => (
                    <tr key={b.measureId}>
                      <td className="num">{i + 1}</td>
                      <th scope="row" className="wrap">
                        <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                        {b.name}
                      </th>
                      <td>{t(`measureKind.${b.kind}`)}</td>
                      <td className="num">{formatNumber(b.mac, locale, 0)}</td>
                      <td className="num">{formatNumber(b.x1 - b.x0, locale, 0)}</td>
                      <td className="num">{formatNumber(b.entry.cumulative_abatement_tco2, locale, 0)}</td>
                      <td className="num">{formatNumber(b.entry.npv_cost_cny / 1e4, locale, 0)}</td>
                    </tr>
                  ))}
                  {curve.off.length > 0 && (
                    <tr>
                      <th scope="rowgroup" colSpan={7} className="wrap muted">
                        {t('results.mac.off')}
                      </th>
                    </tr>
                  )}
                  {curve.off.map((e) => (
                    <tr key={e.measure_id}>
                      <td className="num">–</td>
                      <th scope="row" className="wrap">
                        {e.name}
                        <span className="sub" data-testid={`mac-status-${e.measure_id}`}>
                          {t(
                            `results.mac.status.${e.status !== 'abates' ? e.status : e.average_annual_abatement_tco2 < 0 ? 'raises' : 'none'}`,
                            {
                              t: formatNumber(Math.abs(e.average_annual_abatement_tco2), locale, 0),
                              cost: formatNumber(e.npv_cost_cny / 1e4, locale, 0),
                            },
                          )}
                        </span>
                      </th>
                      <td>{t(`measureKind.${e.kind}`)}</td>
                      <td className="num">–</td>
                      <td className="num">{formatNumber(e.average_annual_abatement_tco2, locale, 0)}</td>
                      <td className="num">{formatNumber(e.cumulative_abatement_tco2, locale, 0)}</td>
                      <td className="num">{formatNumber(e.npv_cost_cny / 1e4, locale, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </ChartCard>

      <ChartCard
        title={t('results.mac.byMeasure')}
        note={parentId === null ? undefined : t('results.mac.byMeasureNote')}
        testId="measure-wedges-card"
      >
        {parentId === null ? (
          <p className="muted">{t('results.mac.noParent')}</p>
        ) : wedges === null || wedgeOpt === null ? (
          <p className="results-status results-status--busy" role="status">
            {t('results.mac.computing')}
          </p>
        ) : vsParent.ids.length === 0 ? (
          <p className="muted">{t('results.mac.noOwnMeasures')}</p>
        ) : (
          <EChart
            option={wedgeOpt}
            revision={withMac.revision}
            label={t('results.mac.byMeasure')}
            height={380}
            testId="chart-measure-wedges"
            summary={{ measures: wedges.measures.length }}
          />
        )}
      </ChartCard>
    </>
  );
}
