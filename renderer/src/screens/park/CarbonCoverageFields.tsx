import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consumer } from '../../../../core/model/park.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useStore } from '../../app/context.tsx';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { DraftField } from './DraftField.tsx';
import { coverageDraftOf, coverageFromDraft, type CoverageDraft, type Problem } from './carbon-market-edits.ts';

/**
 * An enterprise's carbon-market coverage (core/carbon-market) in its details: the market, the
 * emissions counted and the allocation rule with its source. The values stay in this form
 * until saved; saving or uncovering is one undoable edit.
 */
export function CarbonCoverageFields({ plan, consumer }: { plan: Plan; consumer: Consumer }) {
  const { t } = useTranslation();
  const ln = useLocalName();
  const store = useStore();
  const markets = plan.carbon_markets ?? [];
  const current = consumer.carbon_market;
  const [draft, setDraft] = useState<CoverageDraft>(() => coverageDraftOf(current, markets[0]?.id ?? ''));
  const [problem, setProblem] = useState<Problem | null>(null);
  const market = markets.find((m) => m.id === current?.market_id);
  const fieldLabel = (key: string) => t(`carbonMarket.fields.${key}` as 'carbonMarket.fields.name');
  const set = (key: keyof CoverageDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof CoverageDraft, hint?: string) => (
    <DraftField
      label={fieldLabel(key)}
      value={draft[key]}
      onChange={set(key)}
      testId={`coverage-field-${key}`}
      hint={hint}
      invalid={problem?.field === key}
    />
  );

  const save = () => {
    const parsed = coverageFromDraft(draft, plan.park.base_year);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    store.commit(
      (d) => {
        const c = d.consumers.find((k) => k.id === consumer.id);
        if (c !== undefined) c.carbon_market = parsed.value;
      },
      { label: t('carbonMarket.labels.cover', { name: ln(consumer) }) },
    );
  };
  const uncover = () =>
    store.commit(
      (d) => {
        const c = d.consumers.find((k) => k.id === consumer.id);
        if (c !== undefined) delete c.carbon_market;
      },
      { label: t('carbonMarket.labels.uncover', { name: ln(consumer) }) },
    );

  return (
    <fieldset className="editor__group" data-testid="coverage-fields">
      <legend>{t('carbonMarket.coverage.legend')}</legend>
      <p className="muted small" data-testid="coverage-status">
        {market === undefined
          ? t('carbonMarket.coverage.notCovered')
          : t('carbonMarket.coverage.covered', { market: ln(market) })}
      </p>
      {markets.length === 0 ? (
        <p className="muted small">{t('carbonMarket.coverage.noMarkets')}</p>
      ) : (
        <>
          <DraftField
            label={fieldLabel('marketId')}
            value={draft.marketId}
            onChange={set('marketId')}
            testId="coverage-field-marketId"
            options={markets.map((m) => ({ value: m.id, label: ln(m) }))}
          />
          <DraftField
            label={fieldLabel('scope')}
            value={draft.scope}
            onChange={set('scope')}
            testId="coverage-field-scope"
            options={(['direct', 'direct_and_indirect'] as const).map((s) => ({ value: s, label: t(`carbonMarket.scope.${s}`) }))}
          />
          <DraftField
            label={fieldLabel('allocation')}
            value={draft.allocation}
            onChange={set('allocation')}
            testId="coverage-field-allocation"
            options={(['benchmark', 'fixed'] as const).map((a) => ({ value: a, label: t(`carbonMarket.allocation.${a}`) }))}
          />
          {draft.allocation === 'benchmark' ? (
            <>
              {text('benchmark', t('carbonMarket.pathHint'))}
              {text('outputUnit')}
              {text('output')}
            </>
          ) : (
            text('allowance', t('carbonMarket.pathHint'))
          )}
          {text('source')}
          {text('fromYear')}
          {text('offsetsAvailable', t('carbonMarket.offsetsHint'))}
          {problem !== null && (
            <p className="field__error" role="alert" data-testid="coverage-problem">
              {t(`carbonMarket.problem.${problem.key}`, { field: fieldLabel(problem.field) })}
            </p>
          )}
          <div className="section__actions">
            <button type="button" className="btn" data-testid="coverage-save" onClick={save}>
              {t(current === undefined ? 'carbonMarket.coverage.cover' : 'carbonMarket.coverage.save')}
            </button>{' '}
            {current !== undefined && (
              <button type="button" className="btn btn--quiet" data-testid="coverage-remove" onClick={uncover}>
                {t('carbonMarket.coverage.uncover')}
              </button>
            )}
          </div>
        </>
      )}
    </fieldset>
  );
}
