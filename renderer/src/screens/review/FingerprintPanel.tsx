import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { planFingerprint, shortFingerprint } from '../../../../core/fingerprint/index.ts';

/**
 * The plan's fingerprint, short form with the full value one click away (copy). Computed here
 * with the same core function the host and the CLI use, so it follows edits at once.
 */
export function FingerprintPanel({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const fingerprint = useMemo(() => planFingerprint(plan), [plan]);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fingerprint);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false); // clipboard refused (permissions); the full value is in the tooltip
    }
  };
  return (
    <div className="review-fp" role="group" aria-label={t('review.fingerprint.label')}>
      <span className="review-fp__label">{t('review.fingerprint.label')}</span>
      <code className="review-fp__value" title={fingerprint} data-testid="plan-fingerprint" data-full={fingerprint}>
        {shortFingerprint(fingerprint)}
      </code>
      <button type="button" className="btn btn--quiet" onClick={() => void copy()}>
        {copied ? t('review.fingerprint.copied') : t('review.fingerprint.copy')}
      </button>
      <span className="field__hint review-fp__hint">{t('review.fingerprint.hint')}</span>
    </div>
  );
}
