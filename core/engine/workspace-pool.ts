import { createPathwayWorkspace } from '../dispatch/index.ts';
import type { PathwayWorkspace } from '../dispatch/index.ts';

/**
 * One spare dispatch workspace per thread (about 1 MB of hourly arrays), handed from one run to
 * the next: a Monte Carlo runs a fresh engine for every sample, and allocating and zeroing the
 * arrays each time, then collecting them, was a few per cent of a run. A workspace needs no
 * clearing: every year overwrites what it reads (MAC variants already rerun a pathway in the
 * workspace of the full run). A run that takes the spare owns it until it gives it back; a
 * nested run finds none and creates its own.
 */
let spare: PathwayWorkspace | null = null;

export function takeWorkspace(nYears: number): PathwayWorkspace {
  const ws = spare;
  if (ws !== null && ws.n_years === nYears) {
    spare = null;
    return ws;
  }
  return createPathwayWorkspace(nYears);
}

export function giveBackWorkspace(ws: PathwayWorkspace): void {
  spare = ws;
}
