import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnergyMethod } from '../../../../core/model/targets.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { ChartContext } from '../../charts/common.ts';

/** Translator and locale for the option builders; a new object only when the language changes. */
export function useChartContext(): ChartContext {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return useMemo(() => ({ t, locale }), [t, locale]);
}

/** A titled card around one chart (or table): the h2 is the chart's title. */
export function ChartCard({
  title,
  controls,
  note,
  children,
  testId,
}: {
  title: string;
  controls?: ReactNode;
  note?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <section className="card chart-card" aria-labelledby={id} data-testid={testId}>
      <div className="chart-card__head">
        <h2 id={id}>{title}</h2>
        {controls !== undefined && <div className="chart-card__controls">{controls}</div>}
      </div>
      {children}
      {note !== undefined && <p className="chart-card__note">{note}</p>}
    </section>
  );
}

/** Shown instead of a chart only when there is truly nothing to draw. */
export function EmptyChart({ message }: { message: string }) {
  return (
    <div className="empty-chart" role="note">
      {message}
    </div>
  );
}

/** The GB/T 2589 method switch; the chosen method is always named next to the numbers. */
export function MethodSwitch({ value, onChange }: { value: EnergyMethod; onChange: (m: EnergyMethod) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const methods: EnergyMethod[] = ['equivalent', 'coal_method'];
  return (
    <span className="chart-card__controls">
      <span id={labelId}>{t('results.method.label')}</span>
      <span className="segmented" role="group" aria-labelledby={labelId}>
        {methods.map((m) => (
          <button key={m} type="button" className="segmented__item" aria-pressed={value === m} onClick={() => onChange(m)}>
            {t(`results.method.${m}`)}
          </button>
        ))}
      </span>
    </span>
  );
}
