import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { ParkOverview } from './ParkOverview.tsx';
import { ConsumersTable } from './ConsumersTable.tsx';

export function ParkScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t } = useTranslation();
  const park = plan.park;
  return (
    <div className="page">
      <header className="page__header page__header--row">
        <h1 tabIndex={-1}>{t('park.title')}</h1>
        {park.illustrative && (
          <span className="badge badge--info" title={t('park.illustrativeHint')} data-testid="illustrative-badge">
            {t('park.illustrative')}
          </span>
        )}
      </header>

      <section className="card" aria-labelledby="park-overview">
        <h2 id="park-overview" className="visually-hidden">
          {t('park.overview')}
        </h2>
        <ParkOverview park={park} readOnly={readOnly} />
        {park.illustrative && <p className="muted small">{t('park.illustrativeHint')}</p>}
      </section>

      <ConsumersTable consumers={plan.consumers} baseYear={park.base_year} />
    </div>
  );
}
