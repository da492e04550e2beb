import type { DispatchSentence, EngineWarning } from '../../../core/engine/index.ts';
import { dispatchNoteSpec } from '../../../core/engine/dispatch-notes.ts';
import { midSentence, warningText, type WarningLocale, type WarningTemplates } from '../../../core/engine/warning-text.ts';
import { CARRIER_IDS, type CarrierId } from '../../../core/model/carriers.ts';
import { GRID_REGIONS, LOAD_PROFILES } from '../../../core/model/park.ts';
import { formatNumber, formatPercent, formatYear } from '../format/numbers.ts';
import { carrierUnitKey } from '../format/units.ts';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';

/**
 * Engine warnings, and the sentences of the dispatch note, in the UI's language. The templates live in the language files
 * (results.warnings.text) but are filled here rather than by i18next: a template may only use
 * the params its code declares, and when one is missing the engine's English sentence is shown
 * instead, which i18next's interpolation cannot tell (it would print an empty or raw `{{x}}`).
 */

type Messages = typeof en;

const isCarrier = (id: string): id is CarrierId => (CARRIER_IDS as readonly string[]).includes(id);
const isRegion = (id: string): id is (typeof GRID_REGIONS)[number] => (GRID_REGIONS as readonly string[]).includes(id);
const isLoadShape = (id: string): id is (typeof LOAD_PROFILES)[number] => (LOAD_PROFILES as readonly string[]).includes(id);

function localeFor(locale: string, m: Messages): WarningLocale {
  const u = m.results.warnings.unit;
  const chinese = locale.startsWith('zh');
  return {
    chinese,
    number: (v, digits) => formatNumber(v, locale, digits),
    percent: (v, digits) => formatPercent(v, locale, digits),
    year: (v) => formatYear(v, locale),
    unit: (unit) => (unit === 'deg' ? '°' : ` ${u[unit]}`),
    carrierUnit: (id) => (isCarrier(id) ? ` ${m.units[carrierUnitKey(id)]}` : null),
    carrier: (id) => (isCarrier(id) ? (chinese ? m.carrier[id] : midSentence(m.carrier[id])) : null),
    region: (id) => (isRegion(id) ? m.gridRegion[id] : null),
    loadShape: (id) => (isLoadShape(id) ? (chinese ? m.loadProfile[id] : midSentence(m.loadProfile[id])) : null),
  };
}

/** The language files for a locale from `currentLocale` ("zh-CN", "en-US"). */
const messagesFor = (locale: string): Messages => (locale.startsWith('zh') ? zhCN : en);

/** The warning's sentence in `locale`; `translated` is false when it is the engine's English message. */
export function warningMessage(
  w: Pick<EngineWarning, 'code' | 'message' | 'params'>,
  locale: string,
): { text: string; translated: boolean } {
  const m = messagesFor(locale);
  return warningText(w, m.results.warnings.text as WarningTemplates, localeFor(locale, m));
}

/**
 * One sentence of the dispatch note (result.dispatch.sentences) in `locale`; `translated` is
 * false when it is the engine's English sentence. Climate notes are said by the climate_note
 * warning's templates: the engine gives them as both.
 */
export function dispatchSentence(s: DispatchSentence, locale: string): { text: string; translated: boolean } {
  const m = messagesFor(locale);
  const templates: WarningTemplates = { ...m.results.dispatchNote.text, climate_note: m.results.warnings.text.climate_note };
  return warningText(s, templates, localeFor(locale, m), dispatchNoteSpec);
}
