import { useTranslation } from 'react-i18next';
import { indicatorDefinition } from '../../../../core/engine/indicator-definitions.ts';
import type { EnergyMethod, TargetIndicator } from '../../../../core/model/targets.ts';

/**
 * What a target's indicator divides by what and how energy is counted, in the reader's
 * language (core/engine/indicator-definitions.ts, the same text the reports print).
 */
export function IndicatorDefinition({ indicator, method }: { indicator: TargetIndicator; method: EnergyMethod }) {
  const { t, i18n } = useTranslation();
  const d = indicatorDefinition(indicator, method, i18n.language === 'zh-CN' ? 'zh' : 'en');
  return (
    <ul className="target-definition small muted" data-testid="target-definition">
      {d.denominator === null ? (
        <li>{t('targets.definition.quantity', { text: d.numerator })}</li>
      ) : (
        <>
          <li>{t('targets.definition.numerator', { text: d.numerator })}</li>
          <li>{t('targets.definition.denominator', { text: d.denominator })}</li>
        </>
      )}
      <li data-testid="target-definition-method">{t('targets.definition.method', { text: d.method })}</li>
    </ul>
  );
}
