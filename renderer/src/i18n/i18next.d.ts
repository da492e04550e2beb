import type { en } from './en.ts';

// Typed t(): keys are checked against the English resource at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
