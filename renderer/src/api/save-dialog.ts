import type { SaveFileKind } from '../../../core/api/contract.ts';
import type { ApiClient } from './client.ts';

/**
 * Asks the desktop host's native save dialog for a path, suggesting the file name of what the
 * person typed (without folder or extension). The desktop host writes only paths chosen in this
 * dialog (electron/host/path-policy.ts), and the dialog itself asks before replacing a file.
 * Null when the person cancels.
 */
export async function pickSavePath(client: ApiClient, ext: SaveFileKind, typed: string): Promise<string | null> {
  const name =
    typed
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '') ?? '';
  const picked = await client.call('dialog.saveFile', {
    ext,
    ...(name.trim() === '' ? {} : { suggested_name: name.slice(0, 200) }),
  });
  return picked.path;
}
