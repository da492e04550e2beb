import { useId, useState } from 'react';
import type { Measure } from '../../../../core/model/measures.ts';
import { formatYear } from '../../format/numbers.ts';
import { timelineBars, timelineTicks } from './timeline.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';
import type { MeasureText } from './measure-text.ts';

/**
 * When each measure starts and reaches full effect, from the base year to the horizon. The
 * chart is drawn with HTML so it scales with the text; the same facts are one click away as a
 * table (the accessible form, and the one to read exact years from).
 */
export function MeasureTimeline({
  measures,
  base,
  horizon,
  text,
}: {
  measures: readonly Measure[];
  base: number;
  horizon: number;
  text: MeasureText;
}) {
  const { t, locale } = text;
  const titleId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const ln = useLocalName();
  const bars = timelineBars(measures, base, horizon, ln);
  const ticks = timelineTicks(base, horizon);
  const year = (y: number) => formatYear(y, locale);

  return (
    <section className="card timeline" aria-labelledby={titleId} data-testid="measure-timeline">
      <div className="section__head">
        <h2 id={titleId}>{t('measures.timeline.title', { base: year(base), horizon: year(horizon) })}</h2>
        <div className="segmented" role="group" aria-label={t('measures.timeline.view')}>
          <button type="button" className="segmented__item" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('measures.timeline.chart')}
          </button>
          <button type="button" className="segmented__item" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('measures.timeline.table')}
          </button>
        </div>
      </div>
      {bars.length === 0 ? (
        <p className="muted">{t('measures.timeline.empty')}</p>
      ) : view === 'chart' ? (
        <figure className="gantt" aria-labelledby={titleId}>
          <div className="gantt__legend small muted" aria-hidden="true">
            <span className="gantt__key gantt__key--ramp" /> {t('measures.timeline.rampKey')}
            <span className="gantt__key gantt__key--full" /> {t('measures.timeline.fullKey')}
          </div>
          <ul className="gantt__rows">
            {bars.map((b) => (
              <li key={b.id} className="gantt__row" data-testid="timeline-row">
                <span className="gantt__name" title={b.name}>
                  {b.name}
                </span>
                <span className="gantt__track">
                  {ticks.map((tk) => (
                    <span key={tk.year} className="gantt__grid" style={{ left: `${tk.at * 100}%` }} aria-hidden="true" />
                  ))}
                  <span
                    className="gantt__bar"
                    style={{ left: `${b.left * 100}%`, width: `${(b.rampWidth + b.fullWidth) * 100}%` }}
                    role="img"
                    aria-label={t('measures.timeline.barLabel', {
                      name: b.name,
                      start: year(b.start),
                      full: year(b.fullFrom),
                      count: b.ramp,
                    })}
                  >
                    {b.rampWidth > 0 && (
                      <span className="gantt__ramp" style={{ width: `${(b.rampWidth / (b.rampWidth + b.fullWidth)) * 100}%` }} />
                    )}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <div className="gantt__axis" aria-hidden="true">
            <span className="gantt__name" />
            <span className="gantt__track">
              {ticks.map((tk) => (
                <span key={tk.year} className="gantt__tick" style={{ left: `${tk.at * 100}%` }}>
                  {year(tk.year)}
                </span>
              ))}
            </span>
          </div>
        </figure>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="timeline-table">
            <caption className="visually-hidden">
              {t('measures.timeline.title', { base: year(base), horizon: year(horizon) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('measures.list.name')}</th>
                <th scope="col" className="num">
                  {t('measures.timeline.start')}
                </th>
                <th scope="col" className="num">
                  {t('measures.timeline.ramp')}
                </th>
                <th scope="col" className="num">
                  {t('measures.timeline.full')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.id}>
                  <th scope="row" className="wrap">
                    {b.name}
                  </th>
                  <td className="num">{year(b.start)}</td>
                  <td className="num">{b.ramp}</td>
                  <td className="num">{year(b.fullFrom)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
