import { contract, type CallName, type ParsedRequestOf, type ResponseOf } from '../../../core/api/contract.ts';
import { ParkZeroError, err, ok, type Result } from '../../../core/api/result.ts';
import { formatPath } from '../../../core/model/plan.ts';

/** The host's implementation of every call in the contract, typed by it. */
export type Handlers = {
  [K in CallName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

export type Logger = (message: string, error?: unknown) => void;

function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

/**
 * The single entry point every shell (IPC, HTTP, CLI) goes through: look the call up, parse the
 * untrusted request with its schema, run the handler, and wrap whatever happens in a Result.
 * Nothing thrown escapes; unexpected errors become INTERNAL with the detail logged host-side.
 */
export async function dispatch(handlers: Handlers, name: string, rawRequest: unknown, log: Logger): Promise<Result<unknown>> {
  return settle(name, rawRequest, log, (call, request) => (handlers[call] as (request: unknown) => unknown)(request));
}

/**
 * Handlers that give a call's response value as JSON text, for a transport that sends JSON
 * (the browser host): the value must be what JSON.stringify of the call's Handlers answer
 * would give.
 */
export type JsonHandlers = {
  [K in CallName]?: (request: ParsedRequestOf<K>) => Promise<string>;
};

/**
 * `dispatch`, answered as the Result envelope's JSON text. A call with a JSON handler is
 * answered through it (the same request check, the same errors); any other call is
 * JSON.stringify(await dispatch(...)).
 */
export async function dispatchJson(
  handlers: Handlers,
  jsonHandlers: JsonHandlers,
  name: string,
  rawRequest: unknown,
  log: Logger,
): Promise<string> {
  const json = isCallName(name) ? (jsonHandlers[name] as ((request: unknown) => Promise<string>) | undefined) : undefined;
  if (json === undefined) return JSON.stringify(await dispatch(handlers, name, rawRequest, log));
  const result = await settle(name, rawRequest, log, (_call, request) => json(request));
  return result.ok ? `{"ok":true,"value":${result.value}}` : JSON.stringify(result);
}

/** Checks the request against the contract, runs `handle` and wraps whatever happens in a Result. */
async function settle<T>(
  name: string,
  rawRequest: unknown,
  log: Logger,
  handle: (call: CallName, request: unknown) => Promise<T> | T,
): Promise<Result<T>> {
  if (!isCallName(name)) return err('UNKNOWN_CALL', `unknown API call "${name.slice(0, 100)}"`);
  const parsed = contract[name].request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    const first = details[0];
    return err('INVALID_REQUEST', `${name}: ${first ? `${first.path}: ${first.message}` : 'invalid request'}`, details);
  }
  try {
    return ok(await handle(name, parsed.data));
  } catch (error) {
    if (error instanceof ParkZeroError) return err(error.code, error.message, error.details, error.reason);
    const io = operatingSystemRefusal(error);
    if (io !== null) return err('IO_ERROR', `${name}: ${io}; nothing was lost, free some space or fix the folder and try again`);
    log(`${name} failed unexpectedly`, error);
    return err('INTERNAL', `${name} failed because of an internal error; details are in the log`);
  }
}

/**
 * A full disk or a failing device while writing the working copy (SQLite reports SQLITE_FULL,
 * SQLITE_IOERR_*; Node ENOSPC, EDQUOT, EIO) is the operating system's refusal, not a bug: it
 * is IO_ERROR with a plain reason, never INTERNAL. The edit's transaction was rolled back.
 */
function operatingSystemRefusal(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full';
  if (code === 'EDQUOT') return 'the disk quota is used up';
  if (code === 'EROFS') return 'the folder is on a read-only file system';
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR')) return `the disk reported an input/output error (${code})`;
  return null;
}
