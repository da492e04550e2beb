import { useCallback, useEffect, useRef, useState } from 'react';

/** What every long job's status answer has (portfolio, Monte Carlo, least-cost planner). */
interface JobStatus {
  job_id: string;
  state: string;
}

/**
 * A long job on the host, followed by polling its status call until it is no longer running.
 * `follow` takes the answer of the job's start call; `stop` ends the polling (on cancel) and the
 * screen's unmount ends it too, so no answer lands on a screen that is gone. `onError` gets a
 * failed status call; `onSettled` the answer that ended the job (done, failed or cancelled).
 */
export function usePolledJob<S extends JobStatus>(options: {
  status: (jobId: string) => Promise<S>;
  intervalMs: number;
  onError: (e: unknown) => void;
  onSettled?: (s: S) => void;
}): { job: S | null; setJob: (s: S | null) => void; follow: (s: S) => void; stop: () => void } {
  const [job, setJob] = useState<S | null>(null);
  const timer = useRef<number | null>(null);
  // The latest callbacks, so a poll scheduled before a re-render calls the current ones.
  const latest = useRef(options);
  latest.current = options;

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const poll = useCallback((jobId: string) => {
    timer.current = window.setTimeout(async () => {
      try {
        const s = await latest.current.status(jobId);
        setJob(s);
        if (s.state === 'running') poll(jobId);
        else latest.current.onSettled?.(s);
      } catch (e) {
        latest.current.onError(e);
      }
    }, latest.current.intervalMs);
  }, []);

  const follow = useCallback(
    (s: S) => {
      stop();
      setJob(s);
      if (s.state === 'running') poll(s.job_id);
      else latest.current.onSettled?.(s);
    },
    [poll, stop],
  );

  return { job, setJob, follow, stop };
}
