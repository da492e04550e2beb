import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Document commands (undo, save) are sent to the renderer as key
 * accelerators it already handles, so menu and keyboard run the same code path.
 */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const sendKey = (keyCode: string, modifiers: ('control' | 'shift')[]) => () => {
    const wc = getWindow()?.webContents;
    if (!wc) return;
    wc.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
    wc.sendInputEvent({ type: 'keyUp', keyCode, modifiers });
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: sendKey('S', ['control']) },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: sendKey('S', ['control', 'shift']) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: sendKey('Z', ['control']) },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: sendKey('Z', ['control', 'shift']) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'togglefullscreen' }] },
  ];
  return Menu.buildFromTemplate(template);
}
