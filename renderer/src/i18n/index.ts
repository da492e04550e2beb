import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

/**
 * i18n set-up. Both languages are bundled (the app is offline; there is nothing to fetch).
 * The choice is remembered in localStorage; the first start follows the system language:
 * Chinese if it is any zh locale, English otherwise.
 */

export const LANGUAGES = [
  // Each language is named in itself, so a user can find their own in a foreign UI.
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'parkzero.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

export function initialLanguage(stored: string | null, systemLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  const first = systemLanguages[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the system language then decides
  }
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage(readStored(), navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function changeLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not persisted; the choice still holds for this session
  }
}

/** The BCP 47 locale for Intl formatting of the current language. */
export function currentLocale(lng: string): string {
  return lng === 'zh-CN' ? 'zh-CN' : 'en-US';
}
