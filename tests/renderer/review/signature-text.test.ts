import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { ResponseOf } from '../../../core/api/contract.ts';
import { signatureListText, verificationText } from '../../../renderer/src/screens/review/signature-text.ts';
import { translators, type TestLanguage } from '../support/translators.ts';

type Signatures = ResponseOf<'review.signatures'>;
type Verification = NonNullable<Signatures['verification']>;

const SIGNED = 'a'.repeat(64);
const NOW = 'b'.repeat(64);
const entry = { signer: 'Li Wei', signed_at: '2025-06-30T09:15:00.000Z', key_id: '1c37ca377c8735e2', fingerprint: SIGNED };
const listed: Signatures = {
  sidecar: '/x/submission.parkzero.sig.json',
  signatures: [entry],
  sidecar_state: 'present',
  current_fingerprint: NOW,
  verification: null,
};
const verdicts: Verification[] = [
  { status: 'valid', key_id: entry.key_id, signature: { ...entry, fingerprint: NOW }, message: '' },
  { status: 'missing', key_id: 'ffffffffffffffff', signature: null, message: '' },
  { status: 'wrong_key', key_id: 'ffffffffffffffff', signature: null, message: '' },
  { status: 'broken', key_id: entry.key_id, signature: entry, message: '' },
  { status: 'broken', key_id: entry.key_id, signature: null, message: '' },
  { status: 'plan_changed', key_id: entry.key_id, signature: entry, message: '' },
];
const states: Signatures[] = [
  listed,
  { ...listed, sidecar_state: 'missing', signatures: [] },
  { ...listed, sidecar_state: 'broken', signatures: [] },
  { ...listed, sidecar_state: 'present', signatures: [] },
  { ...listed, sidecar: null, sidecar_state: 'none', signatures: [] },
];

let ts: Record<TestLanguage, TFunction>;
beforeAll(async () => {
  ts = await translators();
});
const when = (iso: string) => `<${iso}>`;

describe('signature sentences on the Review screen', () => {
  it('say every list state and every verdict in both languages, with no key or placeholder left', () => {
    for (const lng of ['en', 'zh-CN'] as const) {
      const texts = [
        ...states.map((s) => signatureListText(ts[lng], s)),
        ...verdicts.map((v) => verificationText(ts[lng], v, listed, when)),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/review\.signature|\{\{/);
        expect(text.trim()).not.toBe('');
        if (lng === 'zh-CN') expect(text).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('give the facts a reviewer acts on: who signed, which keys, which fingerprints', () => {
    const t = ts.en;
    expect(verificationText(t, verdicts[0]!, listed, when)).toBe(
      `Signed by Li Wei on <2025-06-30T09:15:00.000Z> with key 1c37ca377c8735e2; it covers this plan exactly (fingerprint bbbb bbbb bbbb bbbb).`,
    );
    expect(verificationText(t, verdicts[2]!, listed, when)).toBe(
      'Key ffffffffffffffff made none of the signatures here. Signed by: Li Wei (key 1c37ca377c8735e2).',
    );
    expect(verificationText(t, verdicts[5]!, listed, when)).toContain(
      'fingerprint aaaa aaaa aaaa aaaa; the plan here has fingerprint bbbb bbbb bbbb bbbb',
    );
    expect(
      verificationText(ts['zh-CN'], verdicts[2]!, { ...listed, signatures: [entry, { ...entry, signer: '王芳' }] }, when),
    ).toBe(
      '此处没有任何签名由密钥 ffffffffffffffff 作出。签署人：Li Wei（密钥 1c37ca377c8735e2）、王芳（密钥 1c37ca377c8735e2）。',
    );
  });
});
