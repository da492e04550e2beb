import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, splitCallName } from '../../core/api/call-names.ts';

/**
 * Exposes `window.api`, one method per contract call (`window.api.project.open(req)`), each
 * bound to its own IPC channel. There is no generic invoke: the renderer can reach exactly the
 * calls in the contract, and the main process validates every request anyway.
 */
const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
for (const name of CALL_NAMES) {
  const [namespace, method] = splitCallName(name);
  const group = (api[namespace] ??= {});
  group[method] = (request: unknown) => ipcRenderer.invoke(`api:${name}`, request);
}

contextBridge.exposeInMainWorld('api', api);
