import { useTranslation } from 'react-i18next';
import type { MetricChange, PlanChange, PlanDiff, TargetOutcome } from '../../../../core/diff/schema.ts';
import { formatValue, isSeriesColumnChange, targetChanged } from '../../../../core/diff/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useLocalName, usePlanNames, useTargetNames } from '../../i18n/use-local-name.ts';

/**
 * The diff carries primary names (the other version's when this one lacks the entity): an
 * entity this plan still has is named from it, in the screen's language.
 */
function useDiffNames(plan: Plan): (section: PlanChange['section'], id: string | null, fallback: string) => string {
  const ln = useLocalName();
  const names = usePlanNames(plan);
  const targets = useTargetNames(plan.targets);
  return (section, id, fallback) => {
    if (id === null) return fallback;
    if (section === 'scenarios') return names.scenario(id, fallback);
    if (section === 'measures') return names.measure(id, fallback);
    if (section === 'targets') return targets.get(id) ?? fallback;
    if (section === 'consumers') {
      const c = plan.consumers.find((x) => x.id === id);
      return c === undefined ? fallback : ln(c);
    }
    return fallback;
  };
}

/** A version comparison: plan changes as a list, then results per scenario as a table. */
export function DiffView({ diff, plan }: { diff: PlanDiff; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const nameOf = useDiffNames(plan);
  const locale = currentLocale(i18n.language);
  if (diff.same_content)
    return (
      <p className="notice notice--inline" data-testid="diff-same">
        {t('review.compare.same')}
      </p>
    );
  return (
    <div className="review-diff" data-testid="diff-view">
      <section className="section" aria-labelledby="review-diff-changes">
        <h3 id="review-diff-changes">{t('review.compare.changes', { count: diff.changes.length })}</h3>
        <ul className="review-changes">
          {diff.changes.map((c, i) => (
            <ChangeLine key={i} change={c} name={c.name === null ? null : nameOf(c.section, c.id, c.name)} />
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="review-diff-results">
        <h3 id="review-diff-results">{t('review.compare.results')}</h3>
        <table className="data-table review-outcomes">
          <thead>
            <tr>
              <th scope="col">{t('review.compare.columns.what')}</th>
              <th scope="col" className="num">
                {t('review.compare.columns.old')}
              </th>
              <th scope="col" className="num">
                {t('review.compare.columns.new')}
              </th>
              <th scope="col" className="num">
                {t('review.compare.columns.delta')}
              </th>
            </tr>
          </thead>
          {diff.outcomes.map((o) => (
            <tbody key={o.scenario_id}>
              <tr className="review-outcomes__scenario">
                <th scope="rowgroup" colSpan={4}>
                  {nameOf('scenarios', o.scenario_id, o.name)}
                </th>
              </tr>
              {o.metrics.map((m) => (
                <MetricRow key={m.metric} metric={m} locale={locale} />
              ))}
              {o.targets.filter(targetChanged).map((tg) => (
                <TargetRow key={tg.target_id} target={tg} name={nameOf('targets', tg.target_id, tg.name)} />
              ))}
            </tbody>
          ))}
        </table>
        {diff.scenarios_only_in_a.length > 0 && (
          <p className="field__hint">{t('review.compare.onlyInA', { list: diff.scenarios_only_in_a.join(', ') })}</p>
        )}
        {diff.scenarios_only_in_b.length > 0 && (
          <p className="field__hint">{t('review.compare.onlyInB', { list: diff.scenarios_only_in_b.join(', ') })}</p>
        )}
      </section>
    </div>
  );
}

function ChangeLine({ change: c, name }: { change: PlanChange; name: string | null }) {
  const { t } = useTranslation();
  // An hourly column's old / new are its annual sum (or mean), never its 8760 values.
  const figure = c.field === 'weather.temp_c' || c.field === 'weather.wind_m_per_s' ? 'mean' : 'sum';
  const what =
    c.change === 'changed'
      ? isSeriesColumnChange(c)
        ? t('review.compare.seriesColumn', { path: c.path, figure: t(`review.compare.seriesFigure.${figure}`) })
        : c.path
      : c.change === 'reordered'
        ? t('review.compare.reordered', { path: c.path })
        : `${t(`review.compare.section.${c.section}`)} ${name !== null ? `“${name}” ` : ''}[${c.id ?? ''}]`;
  return (
    <li className={`review-change review-change--${c.change}`} data-testid="diff-change">
      <span className="review-change__kind">{t(`review.compare.kind.${c.change}`)}</span>
      <span className="review-change__what">{what}</span>
      {c.change === 'changed' && (
        <span className="review-change__values">
          {formatValue(c.old, c.unit)} → {formatValue(c.new, c.unit)}
        </span>
      )}
    </li>
  );
}

function MetricRow({ metric: m, locale }: { metric: MetricChange; locale: string }) {
  const { t } = useTranslation();
  const value = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, 0));
  const label =
    m.metric === 'net_emissions_horizon_tco2'
      ? t('review.compare.metric.net_emissions_horizon_tco2', { year: m.new_year ?? m.old_year ?? '' })
      : t(`review.compare.metric.${m.metric}`);
  return (
    <tr>
      <th scope="row">
        {label} <span className="review-unit">{m.unit}</span>
      </th>
      <td className="num">{value(m.old)}</td>
      <td className="num">{value(m.new)}</td>
      <td className="num">{m.delta === null ? '–' : `${m.delta > 0 ? '+' : ''}${formatNumber(m.delta, locale, 0)}`}</td>
    </tr>
  );
}

function TargetRow({ target: tg, name }: { target: TargetOutcome; name: string }) {
  const { t } = useTranslation();
  const verdict = (pass: boolean | null, firstFailing: number | null) =>
    pass === null
      ? t('review.compare.absent')
      : pass
        ? t('review.compare.pass')
        : firstFailing === null
          ? t('review.compare.fail')
          : t('review.compare.failFrom', { year: firstFailing });
  return (
    <tr className="review-outcomes__target">
      <th scope="row">{t('review.compare.target', { name })}</th>
      <td className="num">{verdict(tg.old_pass, tg.old_first_failing_year)}</td>
      <td className="num">{verdict(tg.new_pass, tg.new_first_failing_year)}</td>
      <td />
    </tr>
  );
}
