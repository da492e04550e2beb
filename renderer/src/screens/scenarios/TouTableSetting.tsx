import { useTranslation } from 'react-i18next';
import { provinceTou } from '../../../../core/dispatch/tariffs-cn.ts';
import { provinceText } from '../../../../core/text/places.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { TOU_PERIOD_CODES, TouTariffTable, type TouPeriodCode } from '../../../../core/model/tou-tariff.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, type ParseResult } from '../../forms/CommitField.tsx';
import { parseDecimal, parseInteger } from '../../forms/parse.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { GroupRenderer } from './DispatchSettings.tsx';
import { effectiveSetting, setSetting } from './settings-origin.ts';
import './tou-table.css';

interface Props {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  group: GroupRenderer;
  editLabel: (field: string) => string;
}

const RATIO_KEYS = ['critical', 'peak', 'flat', 'valley', 'deep_valley'] as const;
const CODE_RATIO: Record<TouPeriodCode, (typeof RATIO_KEYS)[number]> = {
  c: 'critical',
  p: 'peak',
  f: 'flat',
  v: 'valley',
  d: 'deep_valley',
};
const NEXT: Record<TouPeriodCode, TouPeriodCode> = { c: 'p', p: 'f', f: 'v', v: 'd', d: 'c' };

/**
 * The time-of-use table the scenario prices with: the park province's (read-only, with its
 * source) unless the project keeps its own copy (`tou_tariff`), whose periods (month x hour,
 * a click moves a cell to the next period), ratios, name, year and source are edited here.
 */
export function TouTableSetting({ plan, scenario, readOnly, group, editLabel }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const zh = locale === 'zh-CN';
  const id = scenario.id;
  const own = effectiveSetting(plan, id, 'tou_tariff').value;
  const prov = provinceTou(plan.park.province);
  // The province as the reader's language names it (the plan may spell it either way).
  const province = provinceText(plan.park.province, zh ? 'zh' : 'en');
  const title = t('scenarios.settings.touTable');
  const label = editLabel(title);
  const table: TouTariffTable = own ?? {
    name: zh ? prov.def.name_zh : prov.def.name,
    source: zh ? prov.def.source_zh : prov.def.source,
    year: prov.def.year,
    secondary: prov.def.secondary,
    months: [...prov.def.months],
    ratios: { ...prov.def.ratios },
  };
  const editable = own !== null && !readOnly;
  const put = (next: TouTariffTable) => store.commit((d) => setSetting(d, id, 'tou_tariff', next), { label });
  /** A field edit checked against the whole table's schema (ratios must rise valley -> critical). */
  const check = (next: TouTariffTable): ParseResult => {
    const r = TouTariffTable.safeParse(next);
    return r.success
      ? { ok: true, apply: (d) => setSetting(d, id, 'tou_tariff', r.data) }
      : { ok: false, message: t('scenarios.settings.touInvalid') };
  };
  const cell = (m: number, h: number) => {
    const code = table.months[m]![h] as TouPeriodCode;
    const name = t(`scenarios.settings.touPeriod_${code}`);
    const content = t(`scenarios.settings.touShort_${code}`);
    const cls = `tou-cell tou-cell--${code}`;
    if (!editable)
      return (
        <td key={h} className={cls} title={name}>
          {content}
        </td>
      );
    const flip = () => {
      const months = [...table.months];
      const day = months[m]!;
      months[m] = day.slice(0, h) + NEXT[code] + day.slice(h + 1);
      put({ ...table, months });
    };
    return (
      <td key={h} className={cls}>
        <button
          type="button"
          title={name}
          aria-label={t('scenarios.settings.touCellLabel', { month: m + 1, hour: h, period: name })}
          onClick={flip}
        >
          {content}
        </button>
      </td>
    );
  };

  return group(
    'tou_tariff',
    title,
    <div className="tou-table" data-testid="tou-table">
      <p data-testid="tou-table-name">
        <strong>{table.name}</strong>
        {own === null &&
          ` — ${t(prov.found ? 'scenarios.settings.touFromProvince' : 'scenarios.settings.touFallback', { province })}`}
      </p>
      <div className="table-wrap table-wrap--auto">
        <table className="tou-grid">
          <thead>
            <tr>
              <th scope="col">{t('scenarios.settings.touMonth')}</th>
              {Array.from({ length: 24 }, (_, h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.months.map((_, m) => (
              <tr key={m}>
                <th scope="row">{t('scenarios.settings.touMonthN', { month: m + 1 })}</th>
                {Array.from({ length: 24 }, (_, h) => cell(m, h))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="tou-ratios">
        {RATIO_KEYS.map((k) => {
          const code = TOU_PERIOD_CODES.find((c) => CODE_RATIO[c] === k)!;
          const ratioTitle = t(`scenarios.settings.touPeriod_${code}`);
          return (
            <div key={k}>
              <dt>{ratioTitle}</dt>
              <dd>
                {editable ? (
                  <CommitField
                    key={`${id}-tou-${k}`}
                    label={ratioTitle}
                    value={String(table.ratios[k])}
                    numeric
                    suffix="×"
                    commitLabel={label}
                    testId={`tou-ratio-${k}`}
                    hideLabel
                    parse={(raw) => {
                      const v = parseDecimal(raw);
                      if (v === null) return { ok: false, message: t('forms.notANumber') };
                      return check({ ...table, ratios: { ...table.ratios, [k]: v } });
                    }}
                  />
                ) : (
                  `× ${formatNumber(table.ratios[k], locale)}`
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {editable ? (
        <>
          <CommitField
            key={`${id}-tou-name`}
            label={t('scenarios.settings.touName')}
            value={table.name}
            commitLabel={label}
            testId="tou-name"
            parse={(raw) => check({ ...table, name: raw.trim() })}
          />
          <CommitField
            key={`${id}-tou-year`}
            label={t('scenarios.settings.touYear')}
            value={String(table.year)}
            numeric
            commitLabel={label}
            testId="tou-year"
            parse={(raw) => {
              const y = parseInteger(raw);
              return y === null ? { ok: false, message: t('forms.notANumber') } : check({ ...table, year: y });
            }}
          />
          <CommitField
            key={`${id}-tou-source`}
            label={t('scenarios.settings.touSource')}
            value={table.source}
            multiline
            commitLabel={label}
            testId="tou-source"
            parse={(raw) => check({ ...table, source: raw })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={table.secondary}
              data-testid="tou-secondary"
              onChange={(e) => put({ ...table, secondary: e.target.checked })}
            />
            {t('scenarios.settings.touSecondary')}
          </label>
        </>
      ) : (
        <p className="field__hint" data-testid="tou-source-text">
          {t('scenarios.settings.touSourceShown', {
            source: table.source,
            year: table.year,
            kind: t(table.secondary ? 'scenarios.settings.touSecondaryShort' : 'scenarios.settings.touPrimaryShort'),
          })}
        </p>
      )}
      {!readOnly && (
        <p>
          {own === null ? (
            <button type="button" className="btn btn--small" data-testid="tou-edit-copy" onClick={() => put(table)}>
              {t('scenarios.settings.touEditCopy')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn--quiet btn--small"
              data-testid="tou-use-province"
              onClick={() => store.commit((d) => setSetting(d, id, 'tou_tariff', null), { label })}
            >
              {t('scenarios.settings.touUseProvince')}
            </button>
          )}
        </p>
      )}
      <p className="field__hint">{t('scenarios.settings.touHelp')}</p>
    </div>,
  );
}
