import { useEffect } from 'react';
import { useStore } from './context.tsx';

/** True when the key press belongs to a text field, whose own undo must keep working. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}

/** Ctrl+Z undoes the last plan edit; Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS). */
export function useUndoShortcuts(): void {
  const store = useStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        if (store.undo()) e.preventDefault();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        if (store.redo()) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
