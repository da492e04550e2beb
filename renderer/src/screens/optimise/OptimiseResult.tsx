import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { OptimiserRecord } from '../../../../core/model/optimiser-record.ts';
import { shortfallSentence } from '../../../../core/optimise/shortfall-text.ts';
import { EChart } from '../../charts/EChart.tsx';
import { formatNumber, formatYear } from '../../charts/format.ts';
import { useChartContext } from '../results/ChartCard.tsx';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { capacityOption, capacitySeries } from './optimise-charts.ts';
import { shownUnit } from './candidate-drafts.ts';

/**
 * What the planner answered: the verdict in plain words (never a solver status), for an
 * impossible target each year's best value, gap and limiting bounds, what to build, installed
 * capacity by year, the LP's estimate beside the engine and the base scenario, and each target
 * per milestone year as the engine checks it.
 */
export function OptimiseResult({ plan, record, revision }: { plan: Plan; record: OptimiserRecord; revision: number | null }) {
  const { t, i18n } = useTranslation();
  const ctx = useChartContext();
  const { locale } = ctx;
  const lang = i18n.language === 'zh-CN' ? 'zh' : 'en';
  const headingId = useId();
  const ln = useLocalName();
  // A candidate is named after its template measure, a target after the plan's target: in the screen's language.
  const candidateName = (id: string) => {
    const m = plan.scenarios.flatMap((x) => x.measures).find((x) => x.id === id);
    return m !== undefined ? ln(m) : (record.candidates.find((c) => c.id === id)?.name ?? id);
  };
  const targetName = (id: string) => {
    const target = plan.targets.find((x) => x.id === id);
    return target !== undefined ? ln(target) : id;
  };
  const partName = (part: string) => t(`optimise.candidates.part.${part}` as 'optimise.candidates.part.capacity');
  const years = useMemo(() => {
    const first = Math.min(...record.builds.map((b) => b.year), plan.park.horizon_year);
    return Array.from({ length: plan.park.horizon_year - first + 1 }, (_, i) => first + i);
  }, [record, plan.park.horizon_year]);
  const series = capacitySeries(record, years, (id, part) => {
    const kind = record.candidates.find((c) => c.id === id)?.kind;
    return kind === 'storage' ? `${candidateName(id)} (${partName(part)})` : candidateName(id);
  });
  const wan = (v: number | null) => (v === null ? '–' : formatNumber(v / 1e4, locale, 0));
  const tco2 = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, 0));
  const indicator = (v: number | null, share: boolean) =>
    v === null ? '–' : share ? `${formatNumber(v * 100, locale, 1)}%` : formatNumber(v, locale, Math.abs(v) >= 100 ? 0 : 3);
  const milestones = [...new Set(record.targets.map((r) => r.year))].sort((a, b) => a - b);
  const targetIds = [...new Set(record.targets.map((r) => r.target_id))];
  const isShare = (id: string) => {
    const target = plan.targets.find((x) => x.id === id);
    return target?.kind === 'limit' && /share|rate|utilisation/.test(target.indicator);
  };
  // Per target, the first year it cannot be met and its worst year: enough to say why.
  const shortfalls = targetIdsOf(record).flatMap((id) => {
    const list = record.shortfalls.filter((s) => s.target_id === id);
    const first = list[0]!;
    const worst = list.reduce((a, b) => (b.gap > a.gap ? b : a), first);
    return worst === first ? [first] : [first, worst];
  });

  return (
    <section className="card" aria-labelledby={headingId} data-testid="optimise-result" data-status={record.status}>
      <h2 id={headingId}>{t('optimise.result.title')}</h2>
      <p
        className={record.status === 'meets_all' ? 'notice notice--info' : 'notice notice--error'}
        data-testid="optimise-verdict"
      >
        {t(`optimise.result.${record.status}`)}
      </p>
      <p className="muted">{t('optimise.result.rounds', { count: record.rounds })}</p>
      {shortfalls.length > 0 && (
        <ul className="optimise-shortfalls" data-testid="optimise-shortfalls">
          {shortfalls.map((s) => (
            <li key={`${s.target_id}@${s.year}`}>
              {shortfallSentence(
                s,
                lang,
                { target: targetName, candidate: candidateName },
                plan.targets.find((x) => x.id === s.target_id)?.kind === 'peak',
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('optimise.result.builds')}</h3>
      {record.builds.length === 0 ? (
        <p>{t('optimise.result.nothing')}</p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="optimise-builds">
            <thead>
              <tr>
                <th scope="col">{t('optimise.result.year')}</th>
                <th scope="col">{t('optimise.candidates.name')}</th>
                <th scope="col" className="num">
                  {t('optimise.result.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {record.builds.map((b) => {
                const u = shownUnit(b.unit);
                return (
                  <tr key={`${b.candidate_id}-${b.part}-${b.year}`}>
                    <td>{formatYear(b.year, locale)}</td>
                    <th scope="row" className="wrap">
                      {candidateName(b.candidate_id)}
                      {b.part === 'power' || b.part === 'energy' ? ` · ${partName(b.part)}` : ''}
                    </th>
                    <td className="num">{`${formatNumber(b.amount * u.factor, locale, u.key === 'pct' ? 1 : 2)} ${t(`optimise.units.${u.key}`)}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {series.length > 0 && (
        <>
          <h3>{t('optimise.result.capacity')}</h3>
          <EChart
            option={capacityOption(series, years, ctx)}
            revision={revision}
            label={t('optimise.result.capacityChart')}
            height={300}
            testId="optimise-capacity-chart"
            summary={{ series: series.length, years: years.length }}
          />
        </>
      )}

      <h3>{t('optimise.result.compare')}</h3>
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="optimise-compare">
          <thead>
            <tr>
              <th scope="col">{t('optimise.result.quantity')}</th>
              <th scope="col" className="num">
                {t('optimise.result.base')}
              </th>
              <th scope="col" className="num">
                {t('optimise.result.lp')}
              </th>
              <th scope="col" className="num">
                {t('optimise.result.engine')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="wrap">
                {t('optimise.result.costRow')}
              </th>
              <td className="num">0</td>
              <td className="num">{wan(record.cost.lp_delta_cny)}</td>
              <td className="num">{wan(record.cost.engine_delta_cny)}</td>
            </tr>
            <tr>
              <th scope="row" className="wrap">
                {t('optimise.result.npvRow')}
              </th>
              <td className="num">{wan(record.cost.base_npv_cny)}</td>
              <td className="num">–</td>
              <td className="num">{wan(record.cost.engine_npv_cny)}</td>
            </tr>
            {record.emissions.map((e) => (
              <tr key={e.year}>
                <th scope="row">{`${t('optimise.result.emissionsTitle')} · ${formatYear(e.year, locale)}`}</th>
                <td className="num">{tco2(e.base_net_tco2)}</td>
                <td className="num">{tco2(e.lp_net_tco2)}</td>
                <td className="num">{tco2(e.engine_net_tco2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {targetIds.length > 0 && (
        <>
          <h3>{t('optimise.result.targetsTitle')}</h3>
          <div className="table-wrap table-wrap--auto">
            <table className="data-table" data-testid="optimise-targets">
              <thead>
                <tr>
                  <th scope="col">{t('optimise.result.target')}</th>
                  {milestones.map((y) => (
                    <th key={y} scope="col" className="num">
                      {formatYear(y, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {targetIds.map((id) => (
                  <tr key={id}>
                    <th scope="row" className="wrap">
                      {targetName(id)}
                    </th>
                    {milestones.map((y) => {
                      const r = record.targets.find((x) => x.target_id === id && x.year === y);
                      if (r === undefined) return <td key={y} />;
                      const share = isShare(id);
                      return (
                        <td key={y} className={`num ${r.pass ? 'optimise-pass' : 'optimise-fail'}`}>
                          {indicator(r.engine_value, share)}
                          <span className="muted">{` / ${indicator(r.limit, share)}`}</span>
                          <span className="visually-hidden">{` ${t(r.pass ? 'optimise.result.met' : 'optimise.result.missed')}`}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function targetIdsOf(record: OptimiserRecord): string[] {
  return [...new Set(record.shortfalls.map((s) => s.target_id))];
}
