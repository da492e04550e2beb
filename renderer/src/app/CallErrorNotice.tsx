import { useTranslation } from 'react-i18next';
import { ERROR_CODES } from '../../../core/api/result.ts';
import type { ApiError, ErrorReason } from '../../../core/api/result.ts';
import { ApiCallError, type ClientErrorCode } from '../api/client.ts';
import { ErrorDetail } from './ErrorDetail.tsx';

const KNOWN_CODES = new Set<string>([...ERROR_CODES, 'TRANSPORT', 'BAD_RESPONSE']);

interface ErrorParts {
  code: ClientErrorCode;
  message: string;
  details?: ApiError['details'] | undefined;
  reason?: ErrorReason | undefined;
}

/**
 * What a screen's failed call or job says: a call's ApiCallError, a job's `{code, message}`
 * (optimiser, Monte Carlo), or anything else (a bug: INTERNAL, with its text).
 */
export function errorParts(error: unknown): ErrorParts {
  if (error instanceof ApiCallError)
    return { code: error.code, message: error.message, details: error.details, reason: error.reason };
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message } = error as { code: unknown; message: unknown };
    return {
      code: typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ClientErrorCode) : 'INTERNAL',
      message: String(message),
    };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A failure on a screen, in the screen's language: its title by code, then why (ErrorDetail:
 * the host's reason when it gave one; else, in Chinese, the English text marked as such), the
 * way the app's error notice says a failed project action.
 */
export function CallErrorNotice({ error, testId = 'call-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const parts = errorParts(error);
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <div className="notice__body">
        <strong className="notice__title">{t(`errors.${parts.code}` as 'errors.INTERNAL')}</strong>
        <ErrorDetail message={parts.message} details={parts.details} reason={parts.reason} />
      </div>
    </div>
  );
}
