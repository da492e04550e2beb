import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, isTrustedRendererUrl } from './protocol.ts';
import { isAllowedExternalLink } from './external-links.ts';

/**
 * The main window with Electron's security checklist applied: isolated, sandboxed renderer
 * without Node; only our own origin may load; new windows are refused (http(s) links open in
 * the system browser, allow-listed hosts only: external-links.ts); every permission request (camera, notifications, ...) is denied.
 */
export function createMainWindow(preloadDir: string, startProjectId: string | null): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'ParkZero',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });

  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  const query = startProjectId === null ? '' : `?project=${encodeURIComponent(startProjectId)}`;
  void win.loadURL(`${APP_ORIGIN}/index.html${query}`);
  return win;
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
