import { PROVINCES, provinceKey } from '../factors/provinces.ts';
import { FALLBACK_MARK, nameLanguage, type Lang, type LocalName } from './names.ts';

/**
 * The park's province and city in one language, for the reports and the screens alike. The user
 * types each once, in either language; a known place (a province, or a city of the PV yield
 * table) is given in the reader's language, any other name as written when it is in that
 * language, and otherwise as written with the untranslated mark (names.ts FALLBACK_MARK), like a
 * name. `localProvince` / `localCity` say whether they fell back, for an editor that must not
 * put the mark into the field it edits.
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

const CITIES = Object.values(CITY_NAMES).map(([en, zh]) => ({ en, zh }));

function known(text: string, lang: Lang, table: readonly { en: string; zh: string }[]): LocalName {
  const t = text.trim();
  const hit = table.find((x) => x.en.toLowerCase() === t.toLowerCase() || t.startsWith(x.zh));
  if (hit !== undefined) return { text: hit[lang], fallback: false };
  return { text: t, fallback: nameLanguage(t) !== lang };
}

const marked = (n: LocalName, lang: Lang) => (n.fallback ? FALLBACK_MARK[lang](n.text) : n.text);

/** The province in the reader's language, or as written; provinceKey knows "Sichuan", "四川省", "sichuan province". */
export function localProvince(province: string, lang: Lang): LocalName {
  const key = provinceKey(province);
  const p = PROVINCES.find((x) => x.key === key);
  return p !== undefined ? { text: p[lang], fallback: false } : known(province, lang, []);
}

/** The city in the reader's language, or as written ("Suining", "遂宁市" and "Suining City" are one city). */
export function localCity(city: string, lang: Lang): LocalName {
  return known(city.replace(/\s+city$/i, ''), lang, CITIES);
}

/** The province in the reader's language, marked when it is only known in the other one. */
export function provinceText(province: string, lang: Lang): string {
  return marked(localProvince(province, lang), lang);
}

/** The city in the reader's language, marked when it is only known in the other one. */
export function cityText(city: string, lang: Lang): string {
  return marked(localCity(city, lang), lang);
}
