import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { NativeDialogs } from '../host/host.ts';
import type { SaveFileKind } from '../../core/api/contract.ts';

const PROJECT_FILTERS = [{ name: 'ParkZero project', extensions: ['parkzero'] }];
const KEY_FILTERS = [{ name: 'Public key (PEM)', extensions: ['pub', 'pem'] }];
const SAVE_FILTERS: Record<SaveFileKind, FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
};

/**
 * Native open and save dialogs for the shared host. Every path the user picks goes to
 * `onPick`, which keeps it in the desktop path policy (electron/host/path-policy.ts) and
 * returns an opaque handle: the renderer gets the handle, never the path, and the host reads
 * and writes only picked files, so a compromised renderer cannot name others.
 */
export function nativeDialogs(getWindow: () => BrowserWindow | null, onPick: (path: string) => string): NativeDialogs {
  const picked = (path: string | null | undefined): string | null => {
    if (path === undefined || path === null || path === '') return null;
    return onPick(path);
  };
  const openOne = async (filters: FileFilter[]): Promise<string | null> => {
    const win = getWindow();
    const options = { properties: ['openFile' as const], filters };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : picked(result.filePaths[0]);
  };
  const saveOne = async (defaultPath: string, filters: FileFilter[]): Promise<string | null> => {
    const win = getWindow();
    const options = { defaultPath, filters };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : picked(result.filePath);
  };
  return {
    openProject: () => openOne(PROJECT_FILTERS),
    openPublicKey: () => openOne(KEY_FILTERS),
    saveProject: (suggestedName) => saveOne(`${suggestedName ?? 'park'}.parkzero`, PROJECT_FILTERS),
    saveFile: (ext, suggestedName) => saveOne(`${suggestedName ?? 'park'}.${ext}`, SAVE_FILTERS[ext]),
    openPortfolio: async () => {
      // Files and folders, several at once (Windows and Linux show either files or folders;
      // the dialog then offers folders, the usual way to hand over a batch of parks).
      const win = getWindow();
      const options = {
        properties: ['openFile' as const, 'openDirectory' as const, 'multiSelections' as const],
        filters: PROJECT_FILTERS,
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return null;
      const handles = result.filePaths.map((p) => picked(p)).filter((h): h is string => h !== null);
      return handles.length === 0 ? null : handles;
    },
  };
}
