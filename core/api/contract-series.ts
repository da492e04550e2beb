import { z } from 'zod';
import { Id, Name, NO_CONTROL_IN_NAME } from '../model/primitives.ts';
import { isCleanName } from '../text/control-chars.ts';
import { HOURLY_SERIES_KINDS } from '../model/hourly-series.ts';
import { EditPatch, ProjectId, type CallTable } from './contract-shared.ts';

/** Contract part: importing the user's own hourly data. */

/**
 * Largest file text `series.import` accepts, characters: an EPW year is about 1.5 MB, an
 * 8760-row CSV well under 1 MB.
 */
export const MAX_SERIES_TEXT_CHARS = 8_000_000;

export const seriesCalls = {
  /**
   * The user's own hourly data (issue 4): the renderer reads the file's text and sends it; the
   * host parses it (CSV for load / PV / wind, EPW for weather), checks the target, and adds the
   * series with one normal project edit (change_log, revision). The answer carries the patch it
   * applied, so the app records it in its undo history (undo = remove at that index). A bad
   * file is INVALID_REQUEST with one line per problem (`load.csv: row 4521: ...`) and changes
   * nothing. Removing a series is an ordinary `project.edit`.
   */
  'series.import': {
    request: z.strictObject({
      project_id: ProjectId,
      base_revision: z.int().min(0),
      kind: z.enum(HOURLY_SERIES_KINDS),
      /** {consumer_id} for load, {measure_id} for pv / wind, null for weather. */
      target: z.union([z.strictObject({ consumer_id: Id }), z.strictObject({ measure_id: Id }), z.null()]),
      file_name: z
        .string()
        .trim()
        .min(1)
        .max(260)
        .refine((n) => !/[\\/\0]/.test(n), 'must be a file name without folders')
        .refine(isCleanName, NO_CONTROL_IN_NAME),
      text: z.string().max(MAX_SERIES_TEXT_CHARS),
      name: Name.optional(),
    }),
    response: z.strictObject({
      revision: z.int().min(0),
      dirty: z.boolean(),
      series_id: Id,
      /** The edit applied: add at ['hourly_series', index]. */
      patch: EditPatch,
      warnings: z.array(z.string()),
    }),
  },
} as const satisfies CallTable;
