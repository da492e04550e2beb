import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ErrorReason } from '../../../core/api/result.ts';
import { reasonSentence } from './error-reason.ts';
import { nameLang } from '../i18n/use-local-name.ts';

export interface ErrorDetailProps {
  /** The host's English sentence (logs and the command line read the same). */
  message: string;
  details?: ApiError['details'] | undefined;
  reason?: ErrorReason | undefined;
  /** Said in place of the reason's sentence (a refused plan's problems, PlanIssues). */
  explained?: ReactNode;
}

/**
 * What went wrong, under a notice's title, in the screen's language: the reason's sentence
 * (what, which file, why, what to do) when the host gave one, with the host's own English text
 * folded away for support. Without a reason, a Chinese screen does not pretend: it says the
 * detail exists only in English and shows it, marked as the English original, so nothing is lost.
 */
export function ErrorDetail({ message, details, reason, explained }: ErrorDetailProps) {
  const { t, i18n } = useTranslation();
  const sentence = reasonSentence(reason, i18n.language);
  const english = nameLang(i18n.language) === 'en';
  const issues = details !== undefined && details.length > 0 && (
    <ul className="notice__issues" lang="en">
      {details.map((d) => (
        <li key={`${d.path}:${d.message}`}>
          <code>{d.path}</code> {d.message}
        </li>
      ))}
    </ul>
  );
  const explanation =
    explained ??
    (sentence === null ? null : (
      <p className="notice__detail" data-testid="error-reason">
        {sentence}
      </p>
    ));
  if (explanation !== null)
    return (
      <>
        {explanation}
        {(message !== '' || issues) && (
          <details className="notice__technical">
            <summary>{t('errors.technical')}</summary>
            {message !== '' && (
              <p className="notice__detail" lang="en">
                {message}
              </p>
            )}
            {issues}
          </details>
        )}
      </>
    );
  if (english)
    return (
      <>
        {message !== '' && (
          <p className="notice__detail">
            {t('errors.detail')}: {message}
          </p>
        )}
        {issues}
      </>
    );
  if (message === '' && !issues) return null;
  return (
    <>
      <p className="notice__detail" data-testid="error-english-only">
        {t('errors.englishOnly')}
      </p>
      <p className="notice__detail">
        <span className="notice__label">{t('errors.englishOriginal')}</span>
        <span lang="en">{message}</span>
      </p>
      {issues}
    </>
  );
}
