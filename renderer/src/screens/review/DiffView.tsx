import { useTranslation } from 'react-i18next';
import type { MetricChange, PlanChange, PlanDiff, TargetOutcome } from '../../../../core/diff/schema.ts';
import { targetChanged } from '../../../../core/diff/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useLocalName, usePlanNames, useTargetNames } from '../../i18n/use-local-name.ts';
import { changeText, type DiffNames } from './change-text.ts';

/**
 * The diff carries primary names (the other version's when this one lacks the entity): an
 * entity this plan still has is named from it, in the screen's language.
 */
function useDiffNames(plan: Plan): DiffNames {
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
    if (section === 'carbon_markets') {
      const m = plan.carbon_markets?.find((x) => x.id === id);
      return m === undefined ? fallback : ln(m);
    }
    return fallback;
  };
}

/** A version comparison: plan changes as a list, then results per scenario as a table. */
export function DiffView({ diff, plan }: { diff: PlanDiff; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const nameOf = useDiffNames(plan);
  const locale = currentLocale(i18n.language);
  // A scenario only in the other file is named as the diff names it (its removal carries the name).
  const scenarioList = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const removed = diff.changes.find((c) => c.section === 'scenarios' && c.id === id && c.name !== null);
        return nameOf('scenarios', id, removed?.name ?? id);
      })
      .join(i18n.language === 'zh-CN' ? '、' : ', ');
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
            <ChangeLine key={i} change={c} plan={plan} names={nameOf} />
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
          <p className="field__hint">{t('review.compare.onlyInA', { list: scenarioList(diff.scenarios_only_in_a) })}</p>
        )}
        {diff.scenarios_only_in_b.length > 0 && (
          <p className="field__hint">{t('review.compare.onlyInB', { list: scenarioList(diff.scenarios_only_in_b) })}</p>
        )}
      </section>
    </div>
  );
}

function ChangeLine({ change: c, plan, names }: { change: PlanChange; plan: Plan; names: DiffNames }) {
  const { t, i18n } = useTranslation();
  const { what, values } = changeText(c, { t, language: i18n.language, plan, names });
  return (
    <li className={`review-change review-change--${c.change}`} data-testid="diff-change">
      <span className="review-change__kind">{t(`review.compare.kind.${c.change}`)}</span>
      <span className="review-change__what">{what}</span>
      {values !== null && <span className="review-change__values">{values}</span>}
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
        {label}{' '}
        <span className="review-unit">
          {m.unit === 'CNY' ? t('measures.unit.cny') : m.unit === 'tCO2' ? t('units.tco2') : m.unit}
        </span>
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
