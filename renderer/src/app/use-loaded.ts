import { useCallback, useEffect, useState } from 'react';
import { ApiCallError } from '../api/client.ts';

/** The state of a read the screen starts on mount (recent files, recoverable work, …). */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ApiCallError };

/** Run `load` on mount and whenever it changes; pass a stable (useCallback) function. */
export function useLoaded<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [value, setValue] = useState<Loaded<T>>({ state: 'loading' });
  const reload = useCallback(() => {
    let live = true;
    load().then(
      (v) => live && setValue({ state: 'ready', value: v }),
      (e: unknown) =>
        live &&
        setValue({ state: 'failed', error: e instanceof ApiCallError ? e : new ApiCallError('app.info', 'INTERNAL', String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  useEffect(reload, [reload]);
  return [value, () => void reload()];
}
