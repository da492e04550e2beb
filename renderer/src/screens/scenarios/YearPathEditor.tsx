import type { Draft } from 'immer';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { YearPath } from '../../../../core/model/primitives.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, type ParseResult } from '../../forms/CommitField.tsx';
import type { Bounds } from '../../forms/bounds.ts';
import { numberParser, toDisplay } from '../../forms/number-field.ts';
import { parseInteger } from '../../forms/parse.ts';

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

interface Props {
  path: YearPath;
  /** Keeps the fields' local drafts apart between scenarios and settings. */
  keyPrefix: string;
  testId: string;
  /** Column header of the values, unit included ("Price (CNY/tCO2)"). */
  valueHeader: string;
  /** Accessible name of one value field ("Price 2030"). */
  valueLabel: (year: number) => string;
  /** Bounds of a value as the plan stores it (before `scale`). */
  bounds: Bounds;
  /** Display scale: 100 shows a fraction per year as % per year. */
  scale?: number;
  /** Undo label of every edit of the path. */
  commitLabel: string;
  /** Stores the whole new path (the engine replaces paths whole). */
  write: (draft: Draft<Plan>, next: YearPath) => void;
}

/**
 * A year path as a small table: one row per point (year, value), years kept strictly
 * increasing, a row added five years after the last one with its value, and rows removed down
 * to one. Every change stores the whole path in one commit, so it is one undo step.
 */
export function YearPathEditor({
  path,
  keyPrefix,
  testId,
  valueHeader,
  valueLabel,
  bounds,
  scale = 1,
  commitLabel,
  write,
}: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const commitPath = (next: YearPath) => store.commit((d) => write(d, next), { label: commitLabel });

  const yearParser =
    (index: number) =>
    (raw: string): ParseResult => {
      const y = parseInteger(raw);
      if (y === null || y < YEAR_MIN || y > YEAR_MAX)
        return { ok: false, message: t('forms.yearRange', { min: YEAR_MIN, max: YEAR_MAX }) };
      const after = path[index - 1]?.year;
      const before = path[index + 1]?.year;
      if ((after !== undefined && y <= after) || (before !== undefined && y >= before))
        return {
          ok: false,
          message: t('scenarios.settings.yearOrder', { after: after ?? YEAR_MIN - 1, before: before ?? YEAR_MAX + 1 }),
        };
      const next = path.map((p, i) => (i === index ? { ...p, year: y } : p));
      return { ok: true, apply: (d) => write(d, next) };
    };

  const last = path.at(-1);
  const addYear = () => {
    if (last === undefined || last.year >= YEAR_MAX) return;
    commitPath([...path, { year: Math.min(YEAR_MAX, last.year + 5), value: last.value }]);
  };

  return (
    <>
      <table className="mini-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.settings.year')}</th>
            <th scope="col" className="num">
              {valueHeader}
            </th>
            <td />
          </tr>
        </thead>
        <tbody>
          {path.map((p, i) => (
            <tr key={`${keyPrefix}-${i}-${p.year}`}>
              <td>
                <CommitField
                  label={t('scenarios.settings.year')}
                  value={String(p.year)}
                  numeric
                  commitLabel={commitLabel}
                  parse={yearParser(i)}
                  hideLabel
                />
              </td>
              <td>
                <CommitField
                  label={valueLabel(p.year)}
                  value={toDisplay(p.value, scale)}
                  numeric
                  commitLabel={commitLabel}
                  hideLabel
                  parse={numberParser({
                    bounds,
                    scale,
                    notANumber: t('forms.notANumber'),
                    outOfRange: (min, max) => t('park.editor.numberRange', { min, max }),
                    apply: (d, v) =>
                      write(
                        d,
                        path.map((q, k) => (k === i ? { ...q, value: v } : q)),
                      ),
                  })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn--quiet btn--small"
                  disabled={path.length <= 1}
                  aria-label={t('scenarios.settings.removePoint', { year: p.year })}
                  title={t('scenarios.settings.removePoint', { year: p.year })}
                  onClick={() => commitPath(path.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn--small" disabled={last === undefined || last.year >= YEAR_MAX} onClick={addYear}>
        {t('scenarios.settings.addPoint')}
      </button>
    </>
  );
}
