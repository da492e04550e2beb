import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';

export function FactorsScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t } = useTranslation();
  void plan;
  void readOnly;
  return (
    <div className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('factors.title')}</h1>
        <p className="page__intro">{t('factors.intro')}</p>
      </header>
    </div>
  );
}
