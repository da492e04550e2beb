import { z } from 'zod';
import { FilePath, ProjectId, type CallTable } from './contract-shared.ts';

/** Contract part: the report of a project's plan as a file. */
export const reportCalls = {
  /**
   * Writes a PDF report or an Excel workbook of an open project's current plan to `path`
   * (atomically). Runs on the host, off its main thread. The path must end in the format's
   * extension and pass the shell's path policy (electron/host/path-policy.ts: in the desktop
   * app a path chosen in a file dialog, in the browser host a path inside its project folder);
   * an existing file is replaced only with `overwrite: true`, else FILE_EXISTS.
   */
  'report.export': {
    request: z
      .strictObject({
        project_id: ProjectId,
        format: z.enum(['pdf', 'docx', 'xlsx']),
        lang: z.enum(['zh', 'en']),
        /** Empty: every scenario, in plan order. */
        scenario_ids: z.array(z.string().min(1).max(64)).max(50).default([]),
        path: FilePath,
        overwrite: z.boolean().default(false),
      })
      .refine((r) => r.path.toLowerCase().endsWith(`.${r.format}`), {
        message: 'path must end in .pdf, .docx or .xlsx, matching format',
        path: ['path'],
      }),
    response: z.strictObject({
      path: z.string(),
      bytes: z.int().min(0),
      /** Pages of a PDF; null for a workbook. */
      pages: z.int().min(1).nullable(),
      /** planFingerprint of the plan the report was made from (printed in its footers). */
      fingerprint: z.string(),
      revision: z.int().min(0),
      scenario_ids: z.array(z.string()),
    }),
  },
} as const satisfies CallTable;
