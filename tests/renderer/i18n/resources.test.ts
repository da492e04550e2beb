import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { initialLanguage } from '../../../renderer/src/i18n/index.ts';
import { CARRIER_IDS } from '../../../core/model/carriers.ts';
import { SECTORS, LOAD_PROFILES, GRID_REGIONS } from '../../../core/model/park.ts';
import { MEASURE_KINDS } from '../../../core/model/measures.ts';
import { ERROR_CODES } from '../../../core/api/result.ts';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('language resources', () => {
  const enLeaves = leaves(en);
  const zhLeaves = leaves(zhCN);

  it('have the same keys in both languages, none empty', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, value] of [...enLeaves, ...zhLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const [key, value] of enLeaves) expect(placeholders(zhLeaves.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('name every model enum the UI shows', () => {
    const groups: [string, readonly string[]][] = [
      ['carrier', CARRIER_IDS],
      ['sector', SECTORS],
      ['loadProfile', LOAD_PROFILES],
      ['gridRegion', GRID_REGIONS],
      ['measureKind', MEASURE_KINDS],
      ['errors', ERROR_CODES],
    ];
    for (const [group, ids] of groups) for (const id of ids) expect(enLeaves.has(`${group}.${id}`), `${group}.${id}`).toBe(true);
  });
});

describe('first-start language', () => {
  it('follows a stored choice first', () => {
    expect(initialLanguage('zh-CN', ['en-GB'])).toBe('zh-CN');
    expect(initialLanguage('en', ['zh-CN'])).toBe('en');
  });
  it('is Chinese for any zh system locale and English otherwise', () => {
    expect(initialLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(initialLanguage(null, ['de-DE', 'zh-CN'])).toBe('en');
    expect(initialLanguage('fr', [])).toBe('en');
  });
});
