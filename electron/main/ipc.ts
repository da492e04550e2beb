import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES } from '../../core/api/call-names.ts';
import { err, type Result } from '../../core/api/result.ts';
import { isTrustedRendererUrl } from './protocol.ts';

/**
 * One IPC channel per contract call. Each message is checked to come from our own renderer
 * frame (VS Code and Electron's checklist: validate every sender), then handed to the shared
 * dispatcher, which parses the request with its schema and wraps the answer in a Result.
 */
export function registerIpcHandlers(call: (name: string, request: unknown) => Promise<Result<unknown>>): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(`api:${name}`, async (event: IpcMainInvokeEvent, request: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isTrustedRendererUrl(frameUrl)) return err('UNAUTHORIZED', 'IPC from an untrusted frame was refused');
      return call(name, request);
    });
  }
}
