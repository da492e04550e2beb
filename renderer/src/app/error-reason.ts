import type { ErrorReason } from '../../../core/api/result.ts';
import { errorReasonText, intlErrorTextLocale } from '../../../core/text/error-text.ts';
import { nameLang } from '../i18n/use-local-name.ts';

/**
 * A host refusal's reason (core/text/error-reasons.ts) in the screen's language, or null when
 * the error has none or this renderer cannot say it exactly (a key from a newer host): then
 * the notice says so and shows the host's English text, marked as English.
 */
export function reasonSentence(reason: ErrorReason | undefined, language: string): string | null {
  return errorReasonText(reason, intlErrorTextLocale(nameLang(language)));
}
