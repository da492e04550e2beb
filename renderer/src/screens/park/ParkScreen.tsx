import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatPercent, formatYear } from '../../format/numbers.ts';
import { ConsumersTable } from './ConsumersTable.tsx';

export function ParkScreen({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
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
        <p className="park-name" data-testid="park-name">
          {park.name}
        </p>
        <dl className="facts">
          <div className="facts__item">
            <dt>{t('park.fields.province')}</dt>
            <dd>{park.province}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('park.fields.city')}</dt>
            <dd>{park.city}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('park.fields.gridRegion')}</dt>
            <dd>{t(`gridRegion.${park.grid_region}`)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('park.fields.baseYear')}</dt>
            <dd className="num">{formatYear(park.base_year, locale)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('park.fields.horizonYear')}</dt>
            <dd className="num">{formatYear(park.horizon_year, locale)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('park.fields.discountRate')}</dt>
            <dd className="num">{formatPercent(park.discount_rate, locale)}</dd>
          </div>
        </dl>
        {park.illustrative && <p className="muted small">{t('park.illustrativeHint')}</p>}
        {park.description !== '' && <p className="park-description">{park.description}</p>}
      </section>

      <ConsumersTable consumers={plan.consumers} baseYear={park.base_year} />
    </div>
  );
}
