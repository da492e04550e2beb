import i18next, { type TFunction } from 'i18next';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';

export type TestLanguage = 'en' | 'zh-CN';

/**
 * The app's translations in both languages, each from an i18next instance of its own (the
 * app's messages, no escaping, as the renderer sets them up), for tests that read what a screen
 * or a text function says. Call in a `beforeAll`.
 */
export async function translators(): Promise<Record<TestLanguage, TFunction>> {
  const out = {} as Record<TestLanguage, TFunction>;
  for (const lng of ['en', 'zh-CN'] as const) {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng,
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      interpolation: { escapeValue: false },
    });
    out[lng] = i18n.t;
  }
  return out;
}
