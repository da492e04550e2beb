import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { CandidateOffer } from '../../../../core/optimise/candidate-offers.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { citedSource } from '../../../../core/text/cited-sources.ts';
import { draftOf, shownUnit, type CandidateDraft, type DraftProblem, type Drafts } from './candidate-drafts.ts';

const COST_UNIT_LABEL: Record<CandidateOffer['costs'][number]['unit'], { en: string; zh: string }> = {
  'CNY/kW': { en: 'CNY/kW', zh: '元/千瓦' },
  'CNY/kWh': { en: 'CNY/kWh', zh: '元/千瓦时' },
  'CNY/MWh': { en: 'CNY/MWh', zh: '元/兆瓦时' },
  'CNY/tCO2': { en: 'CNY/tCO₂', zh: '元/吨二氧化碳' },
};

/**
 * The candidates the planner may size: include, the maximum of each part in MW / MWh / % /
 * tCO2 a year, and each unit cost with where it came from. Drafts are UI state (not the plan):
 * the run takes them as they are, the plan never changes.
 */
export function CandidateTable({
  plan,
  offers,
  drafts,
  problems,
  disabled,
  onChange,
}: {
  plan: Plan;
  offers: readonly CandidateOffer[];
  drafts: Drafts;
  problems: readonly DraftProblem[];
  disabled: boolean;
  onChange: (id: string, draft: CandidateDraft) => void;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const ln = useLocalName();
  const consumerName = (id: string) => {
    const c = plan.consumers.find((x) => x.id === id);
    return c === undefined ? id : ln(c);
  };
  const measureName = (o: CandidateOffer) => {
    const m = plan.scenarios.flatMap((x) => x.measures).find((x) => x.id === o.id);
    return m === undefined ? o.name : ln(m);
  };
  if (offers.length === 0) return <p className="muted">{t('optimise.candidates.none')}</p>;
  return (
    <div className="table-wrap table-wrap--auto">
      <table className="data-table optimise-candidates" data-testid="optimise-candidates">
        <thead>
          <tr>
            <th scope="col">{t('optimise.candidates.include')}</th>
            <th scope="col">{t('optimise.candidates.name')}</th>
            <th scope="col">{t('optimise.candidates.kind')}</th>
            <th scope="col">{t('optimise.candidates.where')}</th>
            <th scope="col">{t('optimise.candidates.range')}</th>
            <th scope="col">{t('optimise.candidates.cost')}</th>
            <th scope="col">{t('optimise.candidates.source')}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => {
            const d = drafts[o.id] ?? draftOf(o);
            const name = measureName(o);
            const set = (next: Partial<CandidateDraft>) => onChange(o.id, { ...d, ...next });
            const bad = (part: string) => problems.some((p) => p.id === o.id && p.part === part && p.field !== 'min');
            const badMin = (part: string) => problems.some((p) => p.id === o.id && p.part === part && p.field === 'min');
            const unit = (b: CandidateOffer['bounds'][number]) => t(`optimise.units.${shownUnit(b.unit).key}`);
            return (
              <tr key={o.id} data-candidate-id={o.id} className={d.include ? undefined : 'optimise-candidates__off'}>
                <td>
                  <input
                    type="checkbox"
                    checked={d.include}
                    disabled={disabled}
                    aria-label={t('optimise.candidates.includeLabel', { name })}
                    onChange={(e) => set({ include: e.target.checked })}
                  />
                </td>
                <th scope="row" className="wrap">
                  {name}
                </th>
                <td>{t(`measureKind.${o.kind}` as 'measureKind.pv')}</td>
                <td className="wrap">
                  {o.consumer_ids.length === 0
                    ? t('optimise.candidates.park')
                    : o.consumer_ids.map((c) => consumerName(c)).join(zh ? '、' : ', ')}
                </td>
                <td>
                  {o.bounds.map((b) => {
                    const part = t(`optimise.candidates.part.${b.part}`);
                    return (
                      <div key={b.part} className="optimise-range">
                        {o.bounds.length > 1 && <span className="optimise-field__part">{part}</span>}
                        <input
                          className="input input--number"
                          inputMode="decimal"
                          size={6}
                          disabled={disabled || !d.include}
                          aria-invalid={badMin(b.part) || undefined}
                          aria-label={t('optimise.candidates.minLabel', { name, part })}
                          value={d.mins?.[b.part] ?? ''}
                          onChange={(e) => set({ mins: { ...d.mins, [b.part]: e.target.value } })}
                        />
                        <span aria-hidden="true">–</span>
                        <input
                          className="input input--number"
                          inputMode="decimal"
                          size={7}
                          disabled={disabled || !d.include}
                          aria-invalid={bad(b.part) || undefined}
                          aria-label={t('optimise.candidates.boundLabel', { name, part })}
                          value={d.bounds[b.part] ?? ''}
                          onChange={(e) => set({ bounds: { ...d.bounds, [b.part]: e.target.value } })}
                        />
                        <span className="optimise-field__unit">{unit(b)}</span>
                      </div>
                    );
                  })}
                </td>
                <td>
                  {o.costs.length === 0 && <span className="muted">{t('optimise.candidates.sizedAsPlanned')}</span>}
                  {o.costs.map((c) => {
                    const part = t(`optimise.candidates.part.${c.part}`);
                    return (
                      <label key={c.part} className="optimise-field">
                        {o.costs.length > 1 && <span className="optimise-field__part">{part}</span>}
                        <input
                          className="input input--number"
                          inputMode="decimal"
                          size={8}
                          disabled={disabled || !d.include}
                          aria-invalid={bad(c.part) || undefined}
                          aria-label={t('optimise.candidates.costLabel', { name, part })}
                          value={d.costs[c.part] ?? ''}
                          onChange={(e) => set({ costs: { ...d.costs, [c.part]: e.target.value } })}
                        />
                        <span className="optimise-field__unit">{COST_UNIT_LABEL[c.unit][zh ? 'zh' : 'en']}</span>
                      </label>
                    );
                  })}
                </td>
                <td className="wrap optimise-source">
                  {o.costs.map((c) => {
                    const edited = (d.costs[c.part] ?? '') !== draftOf(o).costs[c.part];
                    const origin = edited ? 'edited' : c.origin;
                    // A library cost cites its source as the Factors screen and the report do.
                    const source = origin === 'library' ? citedSource(c.source, zh ? 'zh' : 'en') : c.source;
                    const text = t(`optimise.candidates.origin.${origin}`, { source });
                    // Long citations are clamped to three lines; the whole one is the tooltip.
                    return (
                      <div key={c.part} className="optimise-source__text" title={text}>
                        {text}
                      </div>
                    );
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
