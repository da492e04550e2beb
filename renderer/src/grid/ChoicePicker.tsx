import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterChoices, type EnumChoice } from './cell-values.ts';

export type PickerExit = 'enter' | 'tab' | 'shift-tab';

/**
 * The editor of a choice cell: a combobox whose text filters the list (in either language or
 * by the stored value), arrows move through it, Enter or Tab picks, Escape cancels. The list
 * floats below the cell in fixed position, so the table's scroll box never clips it.
 */
export function ChoicePicker({
  choices,
  current,
  initialText,
  label,
  describedBy,
  onPick,
  onCancel,
  onLeave,
}: {
  choices: readonly EnumChoice[];
  current: string;
  initialText: string;
  label: string;
  describedBy?: string;
  onPick: (value: string | null, exit: PickerExit) => void;
  onCancel: () => void;
  /** Focus left the picker (a click elsewhere): close without a value and without refocusing. */
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialText);
  const shown = filterChoices(text, choices);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      shown.findIndex((c) => c.value === current),
    ),
  );
  const [place, setPlace] = useState<{ top: number; left: number; minWidth: number } | null>(null);
  const activeIndex = Math.min(active, shown.length - 1);
  const activeChoice = activeIndex >= 0 ? shown[activeIndex] : undefined;

  useLayoutEffect(() => {
    const cell = inputRef.current?.closest('td, th');
    if (!(cell instanceof HTMLElement)) return;
    const r = cell.getBoundingClientRect();
    setPlace({ top: r.bottom + 2, left: r.left, minWidth: Math.max(r.width, 180) });
    inputRef.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      handled();
      if (shown.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % shown.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      handled();
      onPick(activeChoice?.value ?? null, e.key === 'Enter' ? 'enter' : e.shiftKey ? 'shift-tab' : 'tab');
    } else if (e.key === 'Escape') {
      handled();
      onCancel();
    }
  };

  return (
    <>
      <input
        ref={inputRef}
        className="grid__input"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeChoice !== undefined ? `${listId}-${activeChoice.value}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={choices.find((c) => c.value === current)?.names[0]}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={onLeave}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="grid__listbox"
        style={place === null ? { visibility: 'hidden' } : { top: place.top, left: place.left, minWidth: place.minWidth }}
      >
        {shown.length === 0 ? (
          <li className="grid__option grid__option--none" role="presentation">
            {t('grid.noMatch')}
          </li>
        ) : (
          shown.map((c, i) => (
            <li
              key={c.value}
              id={`${listId}-${c.value}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'grid__option grid__option--active' : 'grid__option'}
              // Keep focus in the input; picking with the mouse is a pick like Enter.
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(c.value, 'enter');
              }}
            >
              {c.names[0]}
              {c.value === current && <span className="grid__option-mark">{t('grid.current')}</span>}
            </li>
          ))
        )}
      </ul>
    </>
  );
}
