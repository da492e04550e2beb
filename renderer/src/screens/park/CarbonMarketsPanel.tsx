import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarbonMarket } from '../../../../core/carbon-market/schema.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useStore } from '../../app/context.tsx';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { DraftField } from './DraftField.tsx';
import {
  emptyMarketDraft,
  marketDraftOf,
  marketFromDraft,
  newMarketId,
  type MarketDraft,
  type Problem,
} from './carbon-market-edits.ts';

type Editing = { id: string; draft: MarketDraft; previous?: CarbonMarket } | null;

/**
 * The plan's carbon markets (core/carbon-market): a table of the markets with their prices and
 * offset rule, and a form to add or edit one. Every save is one undoable edit that the host
 * validates like any other.
 */
export function CarbonMarketsPanel({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const ln = useLocalName();
  const store = useStore();
  const markets = plan.carbon_markets ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const coveredBy = (id: string) => plan.consumers.filter((c) => c.carbon_market?.market_id === id);
  const path = (points: readonly { year: number; value: number }[]) =>
    points.map((p) => `${p.year}: ${formatNumber(p.value, locale, 2)}`).join('; ');

  const start = (next: Editing) => {
    setProblem(null);
    setEditing(next);
  };
  const save = () => {
    if (editing === null) return;
    const parsed = marketFromDraft(editing.draft, editing.id, plan.park.base_year, editing.previous);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    const market = parsed.value;
    const outcome = store.commit(
      (d) => {
        d.carbon_markets ??= [];
        const i = d.carbon_markets.findIndex((m) => m.id === market.id);
        if (i >= 0) d.carbon_markets[i] = market;
        else d.carbon_markets.push(market);
      },
      {
        label: t(editing.previous === undefined ? 'carbonMarket.labels.add' : 'carbonMarket.labels.edit', { name: ln(market) }),
      },
    );
    if (outcome.ok) start(null);
  };
  const remove = (m: CarbonMarket) =>
    store.commit(
      (d) => {
        d.carbon_markets = (d.carbon_markets ?? []).filter((x) => x.id !== m.id);
      },
      { label: t('carbonMarket.labels.remove', { name: ln(m) }) },
    );

  const set = (key: keyof MarketDraft) => (value: string) =>
    setEditing((e) => (e === null ? e : { ...e, draft: { ...e.draft, [key]: value } }));
  const fieldLabel = (key: string) => t(`carbonMarket.fields.${key}` as 'carbonMarket.fields.name');
  const field = (key: keyof MarketDraft, hint?: string) => (
    <DraftField
      label={fieldLabel(key)}
      value={editing?.draft[key] ?? ''}
      onChange={set(key)}
      testId={`market-field-${key}`}
      hint={hint}
      invalid={problem?.field === key}
    />
  );

  return (
    <section className="section" aria-labelledby="carbon-markets-title" data-testid="carbon-markets">
      <div className="section__head">
        <h2 id="carbon-markets-title">{t('carbonMarket.title')}</h2>
      </div>
      <p className="muted small">{t('carbonMarket.intro')}</p>
      {markets.length === 0 ? (
        <p className="muted">{t('carbonMarket.empty')}</p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="carbon-market-list">
            <thead>
              <tr>
                <th scope="col">{t('carbonMarket.columns.name')}</th>
                <th scope="col">{t('carbonMarket.columns.kind')}</th>
                <th scope="col">{t('carbonMarket.columns.price')}</th>
                <th scope="col">{t('carbonMarket.columns.cap')}</th>
                <th scope="col">{t('carbonMarket.columns.offsetPrice')}</th>
                <th scope="col">{t('carbonMarket.columns.covered')}</th>
                {!readOnly && <th scope="col">{t('carbonMarket.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {markets.map((m) => {
                const covered = coveredBy(m.id);
                return (
                  <tr key={m.id} data-testid="carbon-market-row">
                    <th scope="row">{ln(m)}</th>
                    <td>{t(`carbonMarket.kind.${m.kind}`)}</td>
                    <td title={m.price_source}>{path(m.price_cny_per_t)}</td>
                    <td title={m.offset_cap_source}>{formatPercent(m.offset_cap_share, locale, 2)}</td>
                    <td title={m.offset_price_source}>{path(m.offset_price_cny_per_t)}</td>
                    <td>{covered.map((c) => ln(c)).join(locale === 'zh-CN' ? '、' : ', ')}</td>
                    {!readOnly && (
                      <td>
                        <button
                          type="button"
                          className="btn btn--quiet"
                          aria-label={t('carbonMarket.editNamed', { name: ln(m) })}
                          onClick={() => start({ id: m.id, draft: marketDraftOf(m), previous: m })}
                        >
                          {t('carbonMarket.edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn--quiet"
                          disabled={covered.length > 0}
                          title={covered.length > 0 ? t('carbonMarket.inUse') : undefined}
                          aria-label={t('carbonMarket.removeNamed', { name: ln(m) })}
                          onClick={() => remove(m)}
                        >
                          {t('carbonMarket.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && editing === null && (
        <div className="section__actions">
          <button
            type="button"
            className="btn"
            data-testid="add-national-market"
            onClick={() => start({ id: newMarketId(plan), draft: emptyMarketDraft('national') })}
          >
            {t('carbonMarket.addNational')}
          </button>{' '}
          <button
            type="button"
            className="btn"
            data-testid="add-regional-market"
            onClick={() => start({ id: newMarketId(plan), draft: emptyMarketDraft('regional') })}
          >
            {t('carbonMarket.addRegional')}
          </button>
        </div>
      )}
      {!readOnly && editing !== null && (
        <form
          className="card editor"
          data-testid="carbon-market-form"
          aria-label={t(editing.previous === undefined ? 'carbonMarket.formNew' : 'carbonMarket.formEdit')}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <h3>{t(editing.previous === undefined ? 'carbonMarket.formNew' : 'carbonMarket.formEdit')}</h3>
          {field('name')}
          <DraftField
            label={fieldLabel('kind')}
            value={editing.draft.kind}
            onChange={(v) => set('kind')(v)}
            testId="market-field-kind"
            options={(['national', 'regional'] as const).map((k) => ({ value: k, label: t(`carbonMarket.kind.${k}`) }))}
          />
          {field('price', t('carbonMarket.pathHint'))}
          {field('priceSource')}
          {field('capPercent', t('carbonMarket.capHint'))}
          {field('capSource')}
          {field('offsetPrice', t('carbonMarket.pathHint'))}
          {field('offsetPriceSource')}
          {problem !== null && (
            <p className="field__error" role="alert" data-testid="carbon-market-problem">
              {t(`carbonMarket.problem.${problem.key}`, { field: fieldLabel(problem.field) })}
            </p>
          )}
          <div className="section__actions">
            <button type="submit" className="btn btn--primary" data-testid="carbon-market-save">
              {t('carbonMarket.save')}
            </button>{' '}
            <button type="button" className="btn" onClick={() => start(null)}>
              {t('carbonMarket.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
