import { z } from 'zod';
import { Name } from '../model/primitives.ts';
import { Empty, type CallTable } from './contract-shared.ts';

/** Contract part: the desktop app's native file dialogs (the portfolio's is in contract-portfolio.ts). */

/** Extensions of the files `dialog.saveFile` asks for. */
export const SaveFileKind = z.enum(['pdf', 'docx', 'xlsx', 'md']);
export type SaveFileKind = z.infer<typeof SaveFileKind>;

export const dialogCalls = {
  /** Native file dialogs exist only in the desktop shell; elsewhere `supported` is false. */
  'dialog.openProject': {
    request: Empty,
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /** The signer's public key (`.pub`, PEM), for `review.signatures`. */
  'dialog.openPublicKey': {
    request: Empty,
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  'dialog.saveProject': {
    request: z.strictObject({ suggested_name: z.string().max(200).optional() }),
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /**
   * Where to write a report (`pdf`, `xlsx`) or a memo (`md`, `pdf`): the desktop app's native
   * save dialog. Issue 14: the desktop host writes only files chosen in its dialogs, so the app
   * asks here first; the answer is the one path the following write call may name. Every
   * `dialog.*` answer is an opaque handle (`picked-file:<random>/<file name>`), not a path: the
   * host keeps the picked path and resolves the handle when a request names it.
   */
  'dialog.saveFile': {
    request: z.strictObject({ ext: SaveFileKind, suggested_name: Name.optional() }),
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
} as const satisfies CallTable;
