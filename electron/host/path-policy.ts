import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ParkZeroError, type ErrorReason } from '../../core/api/result.ts';
import { fileNameOf, reason } from '../../core/text/error-reasons.ts';

/**
 * Which file system paths an API request may name. The renderer is untrusted (a compromised
 * page, or any local web page guessing the browser host's token, must not reach the user's
 * files), so every path in a request goes through the shell's policy before any work:
 *  - desktop (`pickedPaths`): only files the user picked in a native dialog during this session,
 *    plus the host's own recent-files list and a file given on the command line. The main
 *    process keeps each picked path and gives the renderer an opaque handle for it
 *    (`picked-file:<random>/<file name>`); requests name files by handle, never by path, so the
 *    renderer neither learns where the user's folders are nor can it name `~/.ssh/authorized_keys`;
 *  - browser host (`confinedTo`): paths inside one project folder given on the command line,
 *    never through a dot-folder or to a dot-file (`.ssh`, `.bashrc`), never out through a
 *    symlink (the real path of the parent folder is checked);
 *  - command line (`trustEveryPath`): the user typed the path themself.
 * Overwriting is a separate, explicit `overwrite` flag on every writing call.
 */
export interface PathPolicy {
  /** What the policy allows, for messages ("inside /home/li/Documents"). */
  readonly description: string;
  /**
   * The host's recent-files list may be reopened: the desktop list holds only files that
   * passed the policy in an earlier session. The browser host's folder may differ per run.
   */
  readonly reopensRecentFiles: boolean;
  /** The absolute path to read, or PATH_NOT_ALLOWED. */
  forRead(requested: string, what: string): string;
  /** The absolute path to write, or PATH_NOT_ALLOWED. */
  forWrite(requested: string, what: string): string;
}

/** `person` says `why` to a person, in their language (core/text/error-reasons.ts). */
function refuse(requested: string, what: string, why: string, person: ErrorReason): never {
  throw new ParkZeroError('PATH_NOT_ALLOWED', `${JSON.stringify(requested)}: the ${what} ${why}`, undefined, person);
}

export function trustEveryPath(): PathPolicy {
  return {
    description: 'any path (command line)',
    reopensRecentFiles: true,
    forRead: (requested) => path.resolve(requested),
    forWrite: (requested) => path.resolve(requested),
  };
}

/** The desktop policy; `allow` is called by the main process for each path the user picked. */
export interface PickedPathPolicy extends PathPolicy {
  /** Keeps a picked path and returns the handle the renderer gets instead of it. */
  allow(picked: string): string;
}

/** Handles start so; the file name after the last `/` lets the renderer show it and see its extension. */
export const PICKED_HANDLE_PREFIX = 'picked-file:';

/**
 * Handles are random (`token`, 96 bits by default), so a renderer cannot guess one it was not
 * given; the same pick twice gives two handles for one path, both valid for the session.
 */
export function pickedPaths(token: () => string = () => randomBytes(12).toString('hex')): PickedPathPolicy {
  const byHandle = new Map<string, string>();
  const check = (requested: string, what: string) => {
    const picked = byHandle.get(requested);
    if (picked !== undefined) return picked;
    const file = fileNameOf(requested);
    return requested.startsWith(PICKED_HANDLE_PREFIX)
      ? refuse(
          requested,
          what,
          'is not a file chosen in a file dialog in this session; choose it again with the dialog',
          reason('path_picked_earlier', { file }),
        )
      : refuse(
          requested,
          what,
          'was not chosen in a file dialog (the desktop app takes files only from its dialogs); choose it with the dialog',
          reason('path_not_picked', { file }),
        );
  };
  return {
    description: 'files chosen in a file dialog',
    reopensRecentFiles: true,
    allow: (p) => {
      const resolved = path.resolve(p);
      const handle = `${PICKED_HANDLE_PREFIX}${token()}/${path.basename(resolved)}`;
      byHandle.set(handle, resolved);
      return handle;
    },
    forRead: check,
    forWrite: check,
  };
}

/**
 * The browser host's policy: everything inside `root` (which must exist), relative paths taken
 * from `root`. Refused: a path that leaves `root` (also through `..` or a symlinked folder), a
 * path with a component starting with "." (dot-folders hold credentials and shell start-up
 * files), and writing through a symlink.
 */
export function confinedTo(root: string): PathPolicy {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(path.resolve(root));
  } catch {
    throw new ParkZeroError('NOT_FOUND', `the project folder ${JSON.stringify(root)} does not exist`);
  }
  if (!fs.statSync(realRoot).isDirectory())
    throw new ParkZeroError('NOT_FOUND', `the project folder ${JSON.stringify(root)} is not a folder`);
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);

  const check = (requested: string, what: string, writing: boolean): string => {
    const resolved = path.resolve(realRoot, requested);
    const file = fileNameOf(resolved);
    // Judge the path as written first: `/root/../etc/x` and `/root/.ssh/x` are refused by name.
    const lexical = path.relative(realRoot, resolved);
    if (lexical === '' || lexical.startsWith('..') || path.isAbsolute(lexical))
      refuse(
        requested,
        what,
        `is outside the project folder ${realRoot}`,
        reason('path_outside_folder', { file, folder: realRoot }),
      );
    if (lexical.split(path.sep).some((part) => part.startsWith('.')))
      refuse(
        requested,
        what,
        'is in a hidden (dot) folder or is a hidden file; such paths are never used',
        reason('path_hidden', { file }),
      );
    // Then as the file system resolves it: a symlinked folder must not lead out of the root.
    let realParent: string;
    try {
      realParent = fs.realpathSync(path.dirname(resolved));
    } catch {
      return refuse(requested, what, 'is in a folder that does not exist', reason('path_folder_missing', { file }));
    }
    if (!inside(realParent))
      refuse(
        requested,
        what,
        `is outside the project folder ${realRoot} (through a link)`,
        reason('path_link_outside', { file, folder: realRoot }),
      );
    const target = path.join(realParent, path.basename(resolved));
    let linkTarget: string | null = null;
    try {
      if (fs.lstatSync(target).isSymbolicLink()) linkTarget = fs.realpathSync(target);
    } catch {
      // Missing: fine for writing; reading reports NOT_FOUND later with the usual message.
    }
    if (linkTarget !== null) {
      if (writing)
        refuse(requested, what, 'is a symbolic link; it is never written through', reason('path_symlink_write', { file }));
      if (!inside(linkTarget))
        refuse(
          requested,
          what,
          `links outside the project folder ${realRoot}`,
          reason('path_link_outside', { file, folder: realRoot }),
        );
    }
    return target;
  };
  return {
    description: `inside ${realRoot}`,
    reopensRecentFiles: false,
    forRead: (requested, what) => check(requested, what, false),
    forWrite: (requested, what) => check(requested, what, true),
  };
}
