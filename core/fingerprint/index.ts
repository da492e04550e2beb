import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Plan } from '../model/plan.ts';
import { canonicalJson } from './canonical-json.ts';
import { withoutDerivedNames } from '../model/language-names.ts';

export { canonicalJson } from './canonical-json.ts';

/**
 * The plan fingerprint: what a reviewer, a signature and a report footer point at to say
 * "this exact plan".
 *
 *   fingerprint = hex( SHA-256( "parkzero-plan-fingerprint/v1\n" + canonicalJson(content) ) )
 *
 * - It is computed over the plan CONTENT, not the file's bytes: the same plan saved twice, or
 *   in a file migrated to a newer schema, or exported to JSON and imported again, keeps its
 *   fingerprint. SQLite page layout, the change log and save times do not enter it.
 * - `content` is the validated Plan (defaults filled in, so an omitted default and the same
 *   value written out give the same fingerprint) WITHOUT `comments`: comments are review
 *   metadata, and a reviewer's remarks must not change the identity of the plan they are about.
 *   Everything else is content, including names, notes and the order of lists. A language name
 *   that only repeats the primary name in its own language is left out (withoutDerivedNames),
 *   so plans written before names had two languages keep their fingerprints.
 * - `hourly_series` (imported load, PV, wind and weather data) is content. An EMPTY list is left
 *   out, so plans written before series existed keep their fingerprints (and signatures).
 * - The prefix separates this hash from any other SHA-256 of the same text and names the
 *   scheme version; a change to what is hashed gets a new prefix (v2), never a silent change.
 */
export const FINGERPRINT_SCHEME = 'parkzero-plan-fingerprint/v1';

/** The part of a plan the fingerprint covers: everything except review metadata. */
export function fingerprintContent(plan: Plan): Omit<Plan, 'comments' | 'hourly_series'> & Partial<Pick<Plan, 'hourly_series'>> {
  const { comments: _reviewMetadata, hourly_series, ...named } = plan;
  const content = withoutDerivedNames(named);
  return hourly_series.length > 0 ? { ...content, hourly_series } : content;
}

/** 64 lowercase hex digits. Pass a validated Plan (parsePlan / the store give one). */
export function planFingerprint(plan: Plan): string {
  return sha256Hex(`${FINGERPRINT_SCHEME}\n${canonicalJson(fingerprintContent(plan))}`);
}

/** SHA-256 of a UTF-8 string, hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The short form people read out and compare on screen and in footers: the first 16 hex
 * digits in groups of four ("3f2a 91bc 07de 5512"), 64 bits, plenty to tell versions apart by
 * eye. Verification always uses the full value.
 */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

/** True for a well-formed full fingerprint. */
export function isFingerprint(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
