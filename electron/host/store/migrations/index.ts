import type { Migration } from './types.ts';
import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-hourly-series.ts';
import { migration0003 } from './0003-unit-costs.ts';
import { migration0004 } from './0004-uncertainty.ts';
import { migration0005 } from './0005-data-centre.ts';
import { migration0006 } from './0006-report-text.ts';
import { migration0007 } from './0007-language-names.ts';
import { migration0008 } from './0008-carbon-markets.ts';
import { migration0009 } from './0009-language-texts.ts';

export type { Migration } from './types.ts';

/** Append-only: add the next file at the end, never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
];
