import { z } from 'zod';
import { PortfolioSchema } from '../portfolio/schema.ts';
import { Empty, FilePath, type CallTable } from './contract-shared.ts';

/** Contract part: the portfolio (core/portfolio, electron/host/portfolio): many parks' files, read-only. */

const PfJobId = z.string().regex(/^pf[0-9]{1,9}$/, 'must be a job id from portfolio.start');
/** Where a portfolio run is (electron/host/portfolio/jobs.ts); polled like Monte Carlo jobs. */
const PfJobStatus = z.strictObject({
  job_id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Files finished (computed or refused) of all files found. */
  done: z.int().min(0),
  total: z.int().min(0),
  result: PortfolioSchema.nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});

export const portfolioCalls = {
  // --- Portfolio (core/portfolio, electron/host/portfolio): many parks' files, read-only. ---
  /**
   * Folders and project files for the portfolio: the desktop app's native dialog (files or a
   * folder, several at once), answered as opaque handles like every dialog. Elsewhere
   * `supported` is false and the screen asks for a folder inside the host's project folder.
   */
  'dialog.openPortfolio': {
    request: Empty,
    response: z.strictObject({ supported: z.boolean(), paths: z.array(z.string()).nullable() }),
  },
  /**
   * Reads the named folders' `.parkzero` files and the named files read-only (each through the
   * untrusted-open checks, on a private copy) and runs each park's submitted plan on the engine
   * workers; answers at once with the job. Needs no open project.
   */
  'portfolio.start': {
    request: z.strictObject({ paths: z.array(FilePath).min(1).max(500) }),
    response: PfJobStatus,
  },
  'portfolio.status': { request: z.strictObject({ job_id: PfJobId }), response: PfJobStatus },
  /** Stops reading more files; the job ends `cancelled` once the runs in flight return. */
  'portfolio.cancel': { request: z.strictObject({ job_id: PfJobId }), response: PfJobStatus },
  /** A finished portfolio as a workbook or a PDF summary, written where `path` says (a dialog handle in the desktop app). */
  'portfolio.export': {
    request: z.strictObject({
      job_id: PfJobId,
      format: z.enum(['xlsx', 'pdf']),
      lang: z.enum(['zh', 'en']),
      path: FilePath,
      overwrite: z.boolean().default(false),
    }),
    response: z.strictObject({ path: z.string(), bytes: z.int().min(0) }),
  },
} as const satisfies CallTable;
