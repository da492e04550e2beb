import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { planFingerprint, shortFingerprint } from '../../../../core/fingerprint/index.ts';
import { useClient, useStore } from '../../app/context.tsx';
import { formatDateTime } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { signatureListText, verificationText } from './signature-text.ts';
import { PathForm } from './PathForm.tsx';

type Signatures = ResponseOf<'review.signatures'>;
type Verification = NonNullable<Signatures['verification']>;

/**
 * The submission's signatures (the `FILE.sig.json` beside the project file) and their check
 * with the signer's public key. The list loads by itself; checking needs the key the consultant
 * sent. A check answers for the plan content as it was when checked, so it is dropped when
 * that changes (an edited plan must be checked again).
 */
export function SignaturePanel({ projectId, path, plan }: { projectId: string; path: string | null; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const [listed, setListed] = useState<Signatures | null>(null);
  const [keyPath, setKeyPath] = useState('');
  const [checking, setChecking] = useState(false);
  const [verification, setVerification] = useState<Verification | null>(null);
  const ids = { title: useId(), hint: useId() };

  useEffect(() => {
    let live = true;
    client
      .call('review.signatures', { project_id: projectId })
      .then((r) => live && setListed(r))
      .catch((error: unknown) => live && store.reportError(error));
    return () => {
      live = false;
    };
  }, [client, store, projectId, path]);

  // A verdict is about one version of the plan content; an edit of it makes the verdict stale.
  // Comments are not signed, so adding one keeps the verdict.
  const fingerprint = useMemo(() => planFingerprint(plan), [plan]);
  useEffect(() => setVerification(null), [fingerprint]);

  const verify = useCallback(
    async (key: string) => {
      setChecking(true);
      try {
        const r = await client.call('review.signatures', { project_id: projectId, public_key_path: key });
        setListed(r);
        setVerification(r.verification);
      } catch (error) {
        store.reportError(error);
      } finally {
        setChecking(false);
      }
    },
    [client, store, projectId],
  );

  const browse = async () => {
    try {
      const picked = await client.call('dialog.openPublicKey', {});
      if (picked.supported && picked.path !== null) {
        setKeyPath(picked.path);
        await verify(picked.path);
      }
    } catch (error) {
      store.reportError(error);
    }
  };

  const when = (iso: string) => formatDateTime(iso, locale);
  return (
    <section className="review-sig" aria-labelledby={ids.title} data-testid="signature-panel">
      <h2 id={ids.title} className="review-sig__title">
        {t('review.signature.title')}
      </h2>
      {listed === null ? (
        <p className="field__hint">{t('review.signature.loading')}</p>
      ) : (
        <>
          <p className="review-sig__state" data-testid="signature-state">
            {signatureListText(t, listed)}
          </p>
          {listed.signatures.length > 0 && (
            <ul className="review-sig__list" data-testid="signature-list">
              {listed.signatures.map((s) => (
                <li key={`${s.key_id}-${s.signed_at}`}>
                  {t('review.signature.entry', {
                    signer: s.signer,
                    time: when(s.signed_at),
                    key: s.key_id,
                    fingerprint: shortFingerprint(s.fingerprint),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <PathForm
        label={t('review.signature.keyLabel')}
        path={keyPath}
        onPathChange={setKeyPath}
        onSubmit={(p) => void verify(p)}
        submitLabel={checking ? t('review.signature.checking') : t('review.signature.verify')}
        busy={checking}
        browseLabel={t('review.signature.browse')}
        onBrowse={() => void browse()}
        describedBy={ids.hint}
      />
      <p id={ids.hint} className="field__hint">
        {t('review.signature.hint')}
      </p>
      {verification !== null && (
        <p
          role="status"
          data-testid="signature-verdict"
          data-status={verification.status}
          className={
            verification.status === 'valid'
              ? 'review-sig__verdict review-sig__verdict--valid'
              : 'review-sig__verdict review-sig__verdict--bad'
          }
        >
          <Trans
            i18nKey="review.signature.verdict"
            values={{
              status: t(`review.signature.status.${verification.status}`),
              detail: verificationText(t, verification, listed, when),
            }}
            components={[<strong key="status" />]}
          />
        </p>
      )}
    </section>
  );
}
