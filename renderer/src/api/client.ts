import { z } from 'zod';
import { contract, type CallName, type RequestOf, type ResponseOf } from '../../../core/api/contract.ts';
import { ApiErrorSchema, ERROR_CODES, type ApiError, type ErrorCode, type ErrorReason } from '../../../core/api/result.ts';
import { TransportError, type ShellKind, type Transport } from './bridge.ts';

/**
 * The typed API client the UI uses. `call` resolves with the response value or throws an
 * ApiCallError carrying a stable code. Responses are checked against the contract, so a host
 * and renderer that drift apart fail loudly here instead of rendering half-parsed data.
 */

/** Host codes plus two that only the renderer produces. */
export type ClientErrorCode = ErrorCode | 'TRANSPORT' | 'BAD_RESPONSE';

export class ApiCallError extends Error {
  readonly code: ClientErrorCode;
  readonly details: ApiError['details'];
  /** Why, for the notice to say in the screen's language (core/text/error-text.ts); `message` is the host's English. */
  readonly reason: ErrorReason | undefined;
  readonly call: CallName;
  constructor(call: CallName, code: ClientErrorCode, message: string, details?: ApiError['details'], reason?: ErrorReason) {
    super(message);
    this.name = 'ApiCallError';
    this.call = call;
    this.code = code;
    this.details = details;
    this.reason = reason;
  }
}

export interface ApiClient {
  readonly shell: ShellKind;
  call<K extends CallName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>>;
}

const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.unknown() }),
]);

const LooseError = z.object({ code: z.string(), message: z.string() });

function toCallError(call: CallName, raw: unknown): ApiCallError {
  const strict = ApiErrorSchema.safeParse(raw);
  if (strict.success)
    return new ApiCallError(call, strict.data.code, strict.data.message, strict.data.details, strict.data.reason);
  // A code this renderer does not know yet: keep the message, treat it as a host-side failure.
  const loose = LooseError.safeParse(raw);
  if (loose.success) {
    const known = (ERROR_CODES as readonly string[]).includes(loose.data.code);
    return new ApiCallError(call, known ? (loose.data.code as ErrorCode) : 'INTERNAL', loose.data.message);
  }
  return new ApiCallError(call, 'BAD_RESPONSE', 'the host sent an error without a code');
}

export function createClient(transport: Transport): ApiClient {
  return {
    shell: transport.shell,
    async call<K extends CallName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
      let raw: unknown;
      try {
        raw = await transport.send(name, request);
      } catch (cause) {
        if (cause instanceof TransportError) throw new ApiCallError(name, 'TRANSPORT', cause.message);
        throw new ApiCallError(name, 'TRANSPORT', String(cause));
      }
      const envelope = Envelope.safeParse(raw);
      if (!envelope.success) throw new ApiCallError(name, 'BAD_RESPONSE', 'the host answer is not a Result envelope');
      if (!envelope.data.ok) throw toCallError(name, envelope.data.error);
      const schema: z.ZodType = contract[name].response;
      const value = schema.safeParse(envelope.data.value);
      if (!value.success) {
        const details = value.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new ApiCallError(name, 'BAD_RESPONSE', `the host answer to ${name} does not match the contract`, details);
      }
      // The schema is contract[name].response, so its output is ResponseOf<K>.
      return value.data as ResponseOf<K>;
    },
  };
}
