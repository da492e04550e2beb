import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES } from '../../../core/api/result.ts';
import type { ApiError, ErrorReason } from '../../../core/api/result.ts';
import { ApiCallError, type ClientErrorCode } from '../api/client.ts';
import { ErrorDetail } from './ErrorDetail.tsx';
import { PlanIssues } from './PlanIssues.tsx';

const KNOWN_CODES = new Set<string>([...ERROR_CODES, 'TRANSPORT', 'BAD_RESPONSE']);

export interface ErrorParts {
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
 * A failure, in the screen's language: its title by code, then why. A refused plan lists its
 * problems, each where (in words, read against `plan`: the plan the call was about, or null
 * when that is not the plan open here) and what (PlanIssues); any other error says the host's
 * reason, or in Chinese the English text marked as such (ErrorDetail). The host's English text
 * stays folded away for support. `children`: the notice's actions (the app's Dismiss).
 */
export function CallErrorNotice({
  error,
  testId = 'call-error',
  plan = null,
  children,
}: {
  error: unknown;
  testId?: string;
  plan?: unknown;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const parts = errorParts(error);
  const issues = parts.code === 'PLAN_INVALID' && parts.details !== undefined && parts.details.length > 0 ? parts.details : null;
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <div className="notice__body">
        <strong className="notice__title">{t(`errors.${parts.code}` as 'errors.INTERNAL')}</strong>
        {issues === null ? (
          <ErrorDetail message={parts.message} details={parts.details} reason={parts.reason} />
        ) : (
          <ErrorDetail message={parts.message} explained={<PlanIssues issues={issues} plan={plan} />} />
        )}
      </div>
      {children}
    </div>
  );
}
