import { dialog, type BrowserWindow } from 'electron';
import type { NativeDialogs } from '../host/host.ts';

const FILTERS = [{ name: 'ParkZero project', extensions: ['parkzero'] }];

/** Native open and save dialogs for the shared host; paths still go through the store's checks. */
export function nativeDialogs(getWindow: () => BrowserWindow | null): NativeDialogs {
  return {
    async openProject() {
      const win = getWindow();
      const options = { properties: ['openFile' as const], filters: FILTERS };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveProject(suggestedName) {
      const win = getWindow();
      const options = { defaultPath: `${suggestedName ?? 'park'}.parkzero`, filters: FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
