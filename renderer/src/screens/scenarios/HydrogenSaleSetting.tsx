import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { ScenarioSettings, type Scenario } from '../../../../core/model/scenario.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField } from '../../forms/CommitField.tsx';
import { boundsOf } from '../../forms/bounds.ts';
import { numberParser } from '../../forms/number-field.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { GroupRenderer } from './DispatchSettings.tsx';
import { effectiveSetting, setSetting } from './settings-origin.ts';

/** A price for surplus hydrogen starts here when the person says there is a buyer (CNY/t). */
const FIRST_SALE_PRICE = 20_000;

/**
 * Who buys the park's surplus hydrogen: nobody (null, the default: surplus-following
 * electrolysers flare their excess, scheduled ones make only what the park uses) or a buyer
 * at a price per tonne. One commit per change.
 */
export function HydrogenSaleSetting({
  plan,
  scenario,
  readOnly,
  group,
  editLabel,
}: {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  group: GroupRenderer;
  editLabel: (field: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const id = scenario.id;
  const price = effectiveSetting(plan, id, 'hydrogen_sale_cny_per_t').value;
  const title = t('scenarios.settings.hydrogenSale');
  const help = <p className="field__hint">{t('scenarios.settings.hydrogenSaleHelp')}</p>;
  const shown = (v: number | null) =>
    v === null ? t('scenarios.settings.hydrogenNoBuyer') : `${formatNumber(v, locale)} ${t('units.cnyPerT')}`;
  if (readOnly)
    return group(
      'hydrogen_sale_cny_per_t',
      title,
      <>
        <p data-testid="hydrogen-sale-value">{shown(price)}</p>
        {help}
      </>,
    );
  return group(
    'hydrogen_sale_cny_per_t',
    title,
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={price !== null}
          data-testid="hydrogen-sale-buyer"
          onChange={(e) =>
            store.commit((d) => setSetting(d, id, 'hydrogen_sale_cny_per_t', e.target.checked ? FIRST_SALE_PRICE : null), {
              label: editLabel(title),
            })
          }
        />
        {t('scenarios.settings.hydrogenBuyerCheck')}
      </label>
      {price === null ? (
        <p className="muted" data-testid="hydrogen-sale-value">
          {shown(null)}
        </p>
      ) : (
        <CommitField
          key={`${id}-hydrogen-sale`}
          label={title}
          value={formatNumber(price, locale, 10)}
          numeric
          suffix={t('units.cnyPerT')}
          commitLabel={editLabel(title)}
          testId="hydrogen-sale-input"
          hideLabel
          parse={numberParser({
            bounds: boundsOf(ScenarioSettings.shape.hydrogen_sale_cny_per_t),
            notANumber: t('forms.notANumber'),
            outOfRange: (min, max) => t('park.editor.numberRange', { min, max }),
            apply: (d, v) => setSetting(d, id, 'hydrogen_sale_cny_per_t', v),
          })}
        />
      )}
      {help}
    </>,
  );
}
