import { PROVINCES, provinceKey } from '../../../core/factors/provinces.ts';
import { nameLanguage } from '../../../core/text/names.ts';
import { FALLBACK_MARK } from './local-names.ts';
import type { Lang } from './i18n.ts';

/**
 * The park's province and city as a report in one language prints them. The user types each
 * once, in either language; a known place (a province, or a city of the PV yield table) is
 * printed in the reader's language, any other name as written when it is in that language, and
 * otherwise as written with the untranslated mark (local-names.ts), like a name.
 */

/** The cities of the PV yield table (core/factors/library.ts PV_YIELD_CITY) and of the samples, in both languages. */
export const CITY_NAMES: Record<string, [en: string, zh: string]> = {
  chengdu: ['Chengdu', '成都'],
  panzhihua: ['Panzhihua', '攀枝花'],
  xichang: ['Xichang', '西昌'],
  liangshan: ['Liangshan', '凉山'],
  suining: ['Suining', '遂宁'],
  lhasa: ['Lhasa', '拉萨'],
  kunming: ['Kunming', '昆明'],
  lanzhou: ['Lanzhou', '兰州'],
  xining: ['Xining', '西宁'],
  golmud: ['Golmud', '格尔木'],
  chongqing: ['Chongqing', '重庆'],
  guiyang: ['Guiyang', '贵阳'],
  zhangye: ['Zhangye', '张掖'],
};

function known(text: string, lang: Lang, table: readonly { en: string; zh: string }[]): string {
  const t = text.trim();
  const hit = table.find((x) => x.en.toLowerCase() === t.toLowerCase() || t.startsWith(x.zh));
  if (hit !== undefined) return hit[lang];
  return nameLanguage(t) === lang ? t : FALLBACK_MARK[lang](t);
}

const CITIES = Object.values(CITY_NAMES).map(([en, zh]) => ({ en, zh }));

/** The province in the reader's language (provinceKey knows "Sichuan", "四川省", "sichuan province"). */
export function provinceText(province: string, lang: Lang): string {
  const key = provinceKey(province);
  const p = PROVINCES.find((x) => x.key === key);
  return p !== undefined ? p[lang] : known(province, lang, []);
}

/** The city in the reader's language ("Suining", "遂宁市" and "Suining City" are one city). */
export function cityText(city: string, lang: Lang): string {
  return known(city.replace(/\s+city$/i, ''), lang, CITIES);
}
