import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { UncertainInput } from '../../../../core/uncertainty/schema.ts';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { useClient, useStore, useStoreState } from '../../app/context.tsx';
import { ApiCallError } from '../../api/client.ts';
import { useChartContext } from '../results/ChartCard.tsx';
import { formatNumber } from '../../charts/format.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { addressLabel, costReachLabel, editableRange, withRangeValue } from './risk-labels.ts';

type Offer = ResponseOf<'uncertainty.offers'>['offers'][number];

/** A number a person typed (locale separators and full-width digits tolerated), or null. */
function parseTyped(text: string): number | null {
  const clean = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[,\s\u00a0]/g, '')
    .replace('\uFF0E', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

function RangeCell({
  input,
  which,
  value,
  readOnly,
}: {
  input: UncertainInput;
  which: 0 | 1 | 2;
  value: number;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const uniformCentral = input.distribution.kind === 'uniform' && which === 1;
  const commit = () => {
    const n = parseTyped(text);
    if (n === null || n === value) return setText(String(value));
    const outcome = store.commit(
      (draft) => {
        const target = draft.uncertainty?.inputs.find((i) => i.id === input.id);
        if (target) target.distribution = withRangeValue(input, which, n);
      },
      { label: t('risk.inputs.editLabel', { name: input.name }) },
    );
    if (!outcome.ok) setText(String(value));
  };
  return (
    <td className="num">
      <input
        className="input input--number"
        aria-label={`${t('risk.inputs.editLabel', { name: input.name })}: ${t(`risk.inputs.${(['low', 'central', 'high'] as const)[which]}`)}`}
        value={text}
        disabled={readOnly || uniformCentral}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(String(value));
        }}
        size={8}
      />
    </td>
  );
}

/** Which measures a technology's unit cost moves (nothing for other inputs). */
function ReachNote({ plan, address }: { plan: Plan; address: string }) {
  const { t } = useTranslation();
  const ln = useLocalName();
  const text = costReachLabel(plan, address, t, ln);
  return text === null ? null : (
    <span className="sub" data-testid="risk-cost-reach">
      {text}
    </span>
  );
}

/** The plan's uncertain inputs (edit the range, remove) and the offered ones to add. */
export function RiskInputs({ plan, scenarioId, readOnly }: { plan: Plan; scenarioId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { locale } = useChartContext();
  const client = useClient();
  const store = useStore();
  const [offers, setOffers] = useState<Offer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const projectId = useStoreState().session?.meta.project_id ?? null;
  const inputs = plan.uncertainty?.inputs ?? [];
  const zh = i18n.language.startsWith('zh');
  const ln = useLocalName();

  useEffect(() => {
    if (projectId === null) return;
    let live = true;
    setOffers(null);
    client.call('uncertainty.offers', { project_id: projectId, scenario_id: scenarioId }).then(
      (r) => live && setOffers(r.offers),
      (e: unknown) => live && setError(e instanceof ApiCallError ? t(`errors.${e.code}` as 'errors.INTERNAL') : String(e)),
    );
    return () => {
      live = false;
    };
  }, [client, projectId, scenarioId, t]);

  const add = (o: Offer) => {
    const name = addressLabel(plan, o.input.address, t, ln);
    store.commit(
      (draft) => {
        draft.uncertainty ??= { inputs: [] };
        draft.uncertainty.inputs.push({ ...o.input, name, source: zh ? o.source.zh : o.source.en });
      },
      { label: t('risk.inputs.addLabel', { name }) },
    );
  };
  const remove = (input: UncertainInput) =>
    store.commit(
      (draft) => {
        if (draft.uncertainty) draft.uncertainty.inputs = draft.uncertainty.inputs.filter((i) => i.id !== input.id);
      },
      { label: t('risk.inputs.removeLabel', { name: input.name }) },
    );

  const taken = new Set(inputs.map((i) => i.id));
  const available = (offers ?? []).filter((o) => !taken.has(o.input.id));
  return (
    <section className="card" aria-labelledby="risk-inputs-title" data-testid="risk-inputs">
      <h2 id="risk-inputs-title">{t('risk.inputs.title')}</h2>
      {inputs.length === 0 ? (
        <p className="muted">{t('risk.inputs.none')}</p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('risk.inputs.name')}</th>
                <th scope="col">{t('risk.inputs.what')}</th>
                <th scope="col" className="num">
                  {t('risk.inputs.low')}
                </th>
                <th scope="col" className="num">
                  {t('risk.inputs.central')}
                </th>
                <th scope="col" className="num">
                  {t('risk.inputs.high')}
                </th>
                <th scope="col">{t('risk.inputs.source')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {inputs.map((input) => {
                const range = editableRange(input);
                return (
                  <tr key={input.id} data-input-id={input.id}>
                    <th scope="row" className="wrap">
                      {input.name}
                      <span className="sub">{t(`risk.inputs.mode.${input.mode}`)}</span>
                    </th>
                    <td className="wrap">
                      {addressLabel(plan, input.address, t, ln)}
                      <ReachNote plan={plan} address={input.address} />
                    </td>
                    {range === null ? (
                      <td colSpan={3} className="muted">
                        {t('risk.inputs.notEditable')}
                      </td>
                    ) : (
                      ([0, 1, 2] as const).map((w) => (
                        <RangeCell key={w} input={input} which={w} value={range[w]} readOnly={readOnly} />
                      ))
                    )}
                    <td className="wrap">{input.source}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn--quiet btn--small"
                        disabled={readOnly}
                        aria-label={t('risk.inputs.removeLabel', { name: input.name })}
                        onClick={() => remove(input)}
                      >
                        {t('risk.inputs.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('risk.inputs.offered')}</h3>
      {error !== null && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {offers === null ? (
        <p className="muted">{t('risk.inputs.loadingOffers')}</p>
      ) : available.length === 0 ? (
        <p className="muted">{t('risk.inputs.allAdded')}</p>
      ) : (
        <ul className="risk-offers" data-testid="risk-offers">
          {available.map((o) => {
            const name = addressLabel(plan, o.input.address, t, ln);
            const range = editableRange({ ...o.input, source: '' });
            return (
              <li key={o.input.id} data-offer-id={o.input.id}>
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={readOnly}
                  aria-label={t('risk.inputs.addLabel', { name })}
                  onClick={() => add(o)}
                >
                  {t('risk.inputs.add')}
                </button>{' '}
                <strong>{name}</strong>{' '}
                {range !== null && (
                  <span className="muted">
                    {t(`risk.inputs.mode.${o.input.mode}`)} {formatNumber(range[0], locale, 4)} …{' '}
                    {formatNumber(range[2], locale, 4)}
                  </span>
                )}
                <span className="sub">{zh ? o.reason.zh : o.reason.en}</span>
                <ReachNote plan={plan} address={o.input.address} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
