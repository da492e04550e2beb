import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { NativeDialogs } from '../host/host.ts';

const PROJECT_FILTERS = [{ name: 'ParkZero project', extensions: ['parkzero'] }];
const KEY_FILTERS = [{ name: 'Public key (PEM)', extensions: ['pub', 'pem'] }];

/** Native open and save dialogs for the shared host; paths still go through the host's checks. */
export function nativeDialogs(getWindow: () => BrowserWindow | null): NativeDialogs {
  const openOne = async (filters: FileFilter[]): Promise<string | null> => {
    const win = getWindow();
    const options = { properties: ['openFile' as const], filters };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    openProject: () => openOne(PROJECT_FILTERS),
    openPublicKey: () => openOne(KEY_FILTERS),
    async saveProject(suggestedName) {
      const win = getWindow();
      const options = { defaultPath: `${suggestedName ?? 'park'}.parkzero`, filters: PROJECT_FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
