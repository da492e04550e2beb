import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import { formatYear } from '../../charts/format.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { warningMessage } from '../../results/warning-text.ts';
import { warningPlace } from '../../results/warning-place.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { ChartCard, useChartContext } from './ChartCard.tsx';

/**
 * The engine's warnings, each said in the UI's language from its code and params; a warning
 * no template can say exactly shows the engine's English message (marked with lang="en").
 */
export function WarningsPanel({ result, plan }: { result: ScenarioResult; plan: Plan }) {
  const { t } = useTranslation();
  const ln = useLocalName();
  const words = {
    park: t('results.warnings.place.park'),
    settings: t('results.warnings.place.settings'),
    factors: t('results.warnings.place.factors'),
    plan: t('results.warnings.place.plan'),
  };
  const { locale } = useChartContext();
  const years = (a: number | null, b: number | null) =>
    a === null ? '–' : b === null || b === a ? formatYear(a, locale) : `${formatYear(a, locale)}–${formatYear(b, locale)}`;
  return (
    <ChartCard title={t('results.warnings.title')} testId="warnings-card">
      {result.warnings.length === 0 ? (
        <p className="muted">{t('results.warnings.none')}</p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="warnings-table">
            <thead>
              <tr>
                <th scope="col">{t('results.warnings.severity')}</th>
                <th scope="col">{t('results.warnings.message')}</th>
                <th scope="col">{t('results.warnings.path')}</th>
                <th scope="col" className="num">
                  {t('results.warnings.years')}
                </th>
                <th scope="col" className="num">
                  {t('results.warnings.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.warnings.map((w, i) => {
                const msg = warningMessage(w, locale);
                return (
                  <tr key={`${w.code}:${w.path}:${i}`} data-code={w.code}>
                    <td>
                      <span className={`badge ${w.severity === 'warning' ? 'badge--warn' : 'badge--info'}`}>
                        {w.severity === 'warning' ? `⚠ ${t('results.warnings.warning')}` : `ℹ ${t('results.warnings.info')}`}
                      </span>
                    </td>
                    <td className="wrap" lang={msg.translated ? undefined : 'en'} title={msg.translated ? w.message : undefined}>
                      {msg.text}
                    </td>
                    {/* The plan's names, not the engine's JSON path (kept in the title for whoever needs it). */}
                    <td className="wrap" title={w.path} data-path={w.path}>
                      {warningPlace(plan, w.path, ln, words)}
                    </td>
                    <td className="num">{years(w.first_year, w.last_year)}</td>
                    <td className="num">{w.count}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </ChartCard>
  );
}
