import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const RESULT_TABS = ['pathway', 'sources', 'energy', 'flow', 'hourly', 'indicators', 'mac', 'costs', 'warnings'] as const;
export type ResultTab = (typeof RESULT_TABS)[number];

/** WAI-ARIA tabs: arrow keys move between tabs, the active one is the only tab stop. */
function ResultsTabsView({
  current,
  onSelect,
  warnings,
}: {
  current: ResultTab;
  onSelect: (tab: ResultTab) => void;
  warnings: number;
}) {
  const { t } = useTranslation();
  const refs = useRef(new Map<ResultTab, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent) => {
    const i = RESULT_TABS.indexOf(current);
    const next =
      e.key === 'ArrowRight'
        ? RESULT_TABS[(i + 1) % RESULT_TABS.length]
        : e.key === 'ArrowLeft'
          ? RESULT_TABS[(i - 1 + RESULT_TABS.length) % RESULT_TABS.length]
          : e.key === 'Home'
            ? RESULT_TABS[0]
            : e.key === 'End'
              ? RESULT_TABS.at(-1)
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('results.tabsLabel')} onKeyDown={onKey}>
      {RESULT_TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            if (el === null) refs.current.delete(tab);
            else refs.current.set(tab, el);
          }}
          type="button"
          role="tab"
          id={`results-tab-${tab}`}
          aria-selected={current === tab}
          aria-controls={`results-panel-${tab}`}
          tabIndex={current === tab ? 0 : -1}
          className="tabs__tab"
          onClick={() => onSelect(tab)}
        >
          {t(`results.tab.${tab}`)}
          {tab === 'warnings' && warnings > 0 && <span className="tabs__count">{warnings}</span>}
        </button>
      ))}
    </div>
  );
}

/**
 * Memoised: the Results screen renders again on every edit (the plan and the revision change)
 * before the new result arrives; this part then has nothing new to show.
 */
export const ResultsTabs = memo(ResultsTabsView);
