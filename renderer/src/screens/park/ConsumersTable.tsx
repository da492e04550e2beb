import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIERS } from '../../../../core/model/carriers.ts';
import type { Consumer } from '../../../../core/model/park.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber, formatYear } from '../../format/numbers.ts';
import { carrierUnitKey } from '../../format/units.ts';

type Carrier = (typeof CARRIERS)[number];

/** A number cell: right-aligned tabular figures; zeros are dimmed so real use stands out. */
function NumCell({ value, locale, digits = 1 }: { value: number; locale: string; digits?: number }) {
  return <td className={value === 0 ? 'num num--zero' : 'num'}>{formatNumber(value, locale, digits)}</td>;
}

function sum(consumers: readonly Consumer[], pick: (c: Consumer) => number): number {
  return consumers.reduce((acc, c) => acc + pick(c), 0);
}

/** The head cell of a quantity column: its name and, on a second line, its unit. */
function QtyHead({ label, unit }: { label: string; unit: string }) {
  return (
    <th scope="col" className="num">
      <span className="th__label">{label}</span>
      <span className="th__unit">{unit}</span>
    </th>
  );
}

interface Props {
  consumers: readonly Consumer[];
  baseYear: number;
  /** Buttons for the section head (Add enterprise). */
  actions?: ReactNode;
  /** When given, names become buttons that open the enterprise's details. */
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

export function ConsumersTable({ consumers, baseYear, actions, selectedId = null, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  // Ten carriers would make the table too wide to read; show the ones the park uses and name
  // the rest below the table so nothing is hidden silently.
  const used: Carrier[] = CARRIERS.filter((c) => consumers.some((k) => k.energy[c.energyKey] !== 0));
  const unused: Carrier[] = CARRIERS.filter((c) => !used.includes(c));
  const cny = t('units.cny_10k');

  return (
    <section className="section" aria-labelledby="consumers-title">
      <div className="section__head">
        <h2 id="consumers-title">{t('park.consumers.title')}</h2>
        <span className="muted">{t('park.consumers.count', { count: consumers.length })}</span>
        <div className="section__actions">{actions}</div>
      </div>
      {consumers.length === 0 ? (
        <p className="muted">{t('park.consumers.empty')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="consumers-title" tabIndex={0}>
          <table className="data-table" data-testid="consumers-table">
            <caption className="visually-hidden">{t('park.consumers.caption', { year: formatYear(baseYear, locale) })}</caption>
            <thead>
              <tr className="data-table__groups">
                <td colSpan={3} />
                <th scope="colgroup" colSpan={2}>
                  {t('park.consumers.economyGroup')}
                </th>
                {used.length > 0 && (
                  <th scope="colgroup" colSpan={used.length}>
                    {t('park.consumers.energyGroup')} ({formatYear(baseYear, locale)})
                  </th>
                )}
                <td />
              </tr>
              <tr>
                <th scope="col" className="sticky-col">
                  {t('park.consumers.name')}
                </th>
                <th scope="col">{t('park.consumers.sector')}</th>
                <th scope="col">{t('park.consumers.loadProfile')}</th>
                <QtyHead label={t('park.consumers.outputValue')} unit={cny} />
                <QtyHead label={t('park.consumers.valueAdded')} unit={cny} />
                {used.map((c) => (
                  <QtyHead key={c.id} label={t(`carrier.${c.id}`)} unit={t(`units.${carrierUnitKey(c.id)}`)} />
                ))}
                <QtyHead label={t('park.consumers.processEmissions')} unit={t('units.tco2')} />
              </tr>
            </thead>
            <tbody>
              {consumers.map((c) => (
                <tr key={c.id} className={c.id === selectedId ? 'row--selected' : undefined}>
                  <th scope="row" className="sticky-col" data-testid="consumer-name">
                    {onSelect === undefined ? (
                      c.name
                    ) : (
                      <button
                        type="button"
                        className="row-link"
                        aria-pressed={c.id === selectedId}
                        title={t('park.editor.select', { name: c.name })}
                        onClick={() => onSelect(c.id)}
                      >
                        {c.name}
                      </button>
                    )}
                  </th>
                  <td>{t(`sector.${c.sector}`)}</td>
                  <td>{t(`loadProfile.${c.load_profile}`)}</td>
                  <NumCell value={c.output_value_10k_cny} locale={locale} />
                  <NumCell value={c.value_added_10k_cny} locale={locale} />
                  {used.map((k) => (
                    <NumCell key={k.id} value={c.energy[k.energyKey]} locale={locale} />
                  ))}
                  <NumCell value={c.process_emissions_tco2} locale={locale} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="sticky-col">
                  {t('park.consumers.total')}
                </th>
                <td />
                <td />
                <NumCell value={sum(consumers, (c) => c.output_value_10k_cny)} locale={locale} />
                <NumCell value={sum(consumers, (c) => c.value_added_10k_cny)} locale={locale} />
                {used.map((k) => (
                  <NumCell key={k.id} value={sum(consumers, (c) => c.energy[k.energyKey])} locale={locale} />
                ))}
                <NumCell value={sum(consumers, (c) => c.process_emissions_tco2)} locale={locale} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {consumers.length > 0 && unused.length > 0 && (
        <p className="muted small table-note">
          {t('park.consumers.hiddenCarriers', {
            list: unused.map((c) => t(`carrier.${c.id}`)).join(i18n.language === 'zh-CN' ? '、' : ', '),
          })}
        </p>
      )}
    </section>
  );
}
