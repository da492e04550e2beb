import type { TFunction } from 'i18next';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { shortFingerprint } from '../../../../core/fingerprint/index.ts';

/**
 * What the Review screen says about signatures, in the reader's language. Built from the
 * host's structured answer (status, signer, key ids, fingerprints), never from its English
 * `message`, which is for the CLI and logs.
 */

type Signatures = ResponseOf<'review.signatures'>;
type Verification = NonNullable<Signatures['verification']>;

/** One line on what lies beside the project file, before any check. */
export function signatureListText(t: TFunction, listed: Signatures): string {
  switch (listed.sidecar_state) {
    case 'none':
      return t('review.signature.none');
    case 'missing':
      return t('review.signature.missing', { sidecar: listed.sidecar ?? '' });
    case 'broken':
      return t('review.signature.damaged', { sidecar: listed.sidecar ?? '' });
    case 'present':
      return listed.signatures.length === 0
        ? t('review.signature.empty', { sidecar: listed.sidecar ?? '' })
        : t('review.signature.listed', { count: listed.signatures.length, sidecar: listed.sidecar ?? '' });
  }
}

/** The verdict's explanation (the status itself is said by `review.signature.status.*`). */
export function verificationText(
  t: TFunction,
  v: Verification,
  listed: Signatures | null,
  when: (iso: string) => string,
): string {
  const s = v.signature;
  switch (v.status) {
    case 'valid':
      return t('review.signature.result.valid', {
        signer: s?.signer ?? '',
        time: s === null ? '' : when(s.signed_at),
        fingerprint: s === null ? '' : shortFingerprint(s.fingerprint),
        key: v.key_id,
      });
    case 'missing':
      return t('review.signature.result.missing', { key: v.key_id });
    case 'wrong_key': {
      const others = (listed?.signatures ?? []).map((x) =>
        t('review.signature.signerWithKey', { signer: x.signer, key: x.key_id }),
      );
      return t('review.signature.result.wrongKey', { key: v.key_id, others: others.join(t('review.signature.listSeparator')) });
    }
    case 'broken':
      return s === null ? t('review.signature.result.damaged') : t('review.signature.result.broken', { signer: s.signer });
    case 'plan_changed':
      return t('review.signature.result.planChanged', {
        signer: s?.signer ?? '',
        signed: s === null ? '' : shortFingerprint(s.fingerprint),
        now: listed === null ? '' : shortFingerprint(listed.current_fingerprint),
      });
  }
}
