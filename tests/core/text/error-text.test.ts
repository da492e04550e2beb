import { describe, expect, it } from 'vitest';
import {
  ERROR_REASONS,
  REASON_KEYS,
  fileNameOf,
  folderOf,
  reason,
  reasonParamNames,
  type ReasonParamSpec,
} from '../../../core/text/error-reasons.ts';
import { ERROR_TEXT, errorReasonText, intlErrorTextLocale, placeholdersOf } from '../../../core/text/error-text.ts';
import { ApiErrorSchema } from '../../../core/api/result.ts';

const LANGS = ['zh', 'en'] as const;
const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;

/** A value of the right type for every param of `key`, file and folder names with Latin letters. */
function sampleParams(key: keyof typeof ERROR_REASONS): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, spec] of Object.entries(ERROR_REASONS[key]) as [string, ReasonParamSpec][]) {
    if (spec.kind === 'file') out[name] = 'park-plan.parkzero';
    else if (spec.kind === 'folder') out[name] = '/home/li/plans';
    else if (spec.kind === 'text') out[name] = 'li@pc-01';
    else if (spec.kind === 'count' || spec.kind === 'id') out[name] = 12;
    else if (spec.kind === 'bytes') out[name] = 3 * 1024 * 1024;
    else if (spec.kind === 'time') out[name] = '2026-03-04T05:06:07.000Z';
    else out[name] = spec.values[0]!;
  }
  return out;
}

describe('error reason templates', () => {
  it('has one template per key in both languages, whose placeholders are exactly the key’s params', () => {
    for (const lang of LANGS) {
      const templates = ERROR_TEXT[lang].templates;
      expect(Object.keys(templates).sort()).toEqual([...REASON_KEYS].sort());
      for (const key of REASON_KEYS) {
        const template = templates[key];
        expect(template.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholdersOf(template).sort(), `${lang} ${key}`).toEqual(reasonParamNames(key).sort());
      }
    }
  });

  it('writes Chinese templates and words without Latin letters, and English ones without Chinese', () => {
    for (const key of REASON_KEYS) {
      const zh = ERROR_TEXT.zh.templates[key].replace(/\{\w+\}/g, '');
      expect(zh, key).not.toMatch(LATIN);
      expect(zh, key).toMatch(HAN);
      expect(ERROR_TEXT.en.templates[key], key).not.toMatch(HAN);
    }
    for (const [param, words] of Object.entries(ERROR_TEXT.zh.words))
      for (const [value, word] of Object.entries(words)) expect(word, `${param}.${value}`).not.toMatch(LATIN);
  });

  it('has a word in both languages for every value of every choice param', () => {
    for (const key of REASON_KEYS)
      for (const [name, spec] of Object.entries(ERROR_REASONS[key]) as [string, ReasonParamSpec][]) {
        if (spec.kind !== 'choice') continue;
        for (const lang of LANGS)
          for (const value of spec.values)
            expect(ERROR_TEXT[lang].words[name]?.[value], `${lang} ${key}.${name}=${value}`).toBeTruthy();
      }
  });

  it('says every reason in both languages; in Chinese the only Latin letters are those of the names given', () => {
    for (const key of REASON_KEYS) {
      const r = reason(key, sampleParams(key) as never);
      const zh = errorReasonText(r, intlErrorTextLocale('zh'));
      const en = errorReasonText(r, intlErrorTextLocale('en'));
      expect(zh, key).not.toBeNull();
      expect(en, key).not.toBeNull();
      expect(zh, key).not.toMatch(/\{\w+\}/);
      // The file, folder and holder names and the size unit (MB) are the Latin letters a reader may see.
      const rest = zh!.replace(/park-plan\.parkzero|\/home\/li\/plans|li@pc-01|MB/g, '');
      expect(rest, key).not.toMatch(LATIN);
      if ('file' in ERROR_REASONS[key]) {
        expect(zh, key).toContain('park-plan.parkzero');
        expect(en, key).toContain('park-plan.parkzero');
      }
    }
  });

  it('fills a reason with the reader’s numbers and words', () => {
    const newer = reason('file_from_newer_version', { file: 'a.parkzero', file_version: 12, max_version: 9 });
    expect(errorReasonText(newer, intlErrorTextLocale('zh'))).toBe(
      '“a.parkzero”由更新版本的本软件保存（文件格式第 12 版，当前版本最高只能读取第 9 版）。请升级本软件后再打开；文件未被改动。',
    );
    const disk = reason('io_disk_full', { file: 'b.pdf', action: 'write' });
    expect(errorReasonText(disk, intlErrorTextLocale('zh'))).toBe('写入“b.pdf”失败：磁盘已满。请清理出空间后重试。');
    expect(errorReasonText(disk, intlErrorTextLocale('en'))).toBe(
      'Could not write “b.pdf”: the disk is full. Free some space and try again.',
    );
    const cut = reason('file_truncated', { file: 'c.parkzero', size: 40, expected: 8192 });
    expect(errorReasonText(cut, intlErrorTextLocale('zh'))).toContain('文件只有 40 字节，而按其文件头应有 8 KB');
  });

  it('gives null, never a half sentence, for an unknown key or a missing or ill-typed param', () => {
    const zh = intlErrorTextLocale('zh');
    expect(errorReasonText(undefined, zh)).toBeNull();
    expect(errorReasonText({ key: 'no_such_reason', params: {} }, zh)).toBeNull();
    expect(errorReasonText({ key: 'file_empty', params: {} }, zh)).toBeNull();
    expect(errorReasonText({ key: 'file_truncated', params: { file: 'a', size: 'ten', expected: 1 } }, zh)).toBeNull();
    expect(errorReasonText({ key: 'io_failed', params: { file: 'a', action: 'delete' } }, zh)).toBeNull();
    expect(
      errorReasonText({ key: 'locked_by_other', params: { file: 'a', holder: 'b', pid: 1, since: 'yesterday' } }, zh),
    ).toBeNull();
    expect(errorReasonText({ key: 'toString', params: {} }, zh)).toBeNull();
    // A choice is checked against its own key's values, even where another key shares the param's name.
    expect(errorReasonText({ key: 'key_not_readable', params: { file: 'a.pub', what: 'lock file' } }, zh)).toBeNull();
    expect(errorReasonText({ key: 'portfolio_no_result', params: { state: 'done' } }, zh)).toBeNull();
  });

  it('says the workflow refusals with the reader’s words for their choices', () => {
    const key = reason('key_wrong_type', { file: 'ec.pub', what: 'public key' });
    expect(errorReasonText(key, intlErrorTextLocale('zh'))).toBe(
      '公钥文件“ec.pub”中的密钥不是本软件签名所用的类型，不能用于签名或核验签名。请选择由本软件生成的密钥文件。',
    );
    const early = reason('portfolio_no_result', { state: 'cancelled' });
    expect(errorReasonText(early, intlErrorTextLocale('zh'))).toContain('本次运行已取消');
    expect(errorReasonText(early, intlErrorTextLocale('en'))).toContain('the run was cancelled');
    const year = reason('comment_year_outside', { year: 2099, first_year: 2024, last_year: 2060 });
    expect(errorReasonText(year, intlErrorTextLocale('en'))).toContain(
      'The year 2099 is outside the plan’s pathway (2024 to 2060)',
    );
  });

  it('crosses the API inside the error envelope, and the envelope without one still parses', () => {
    const r = reason('file_empty', { file: 'a.parkzero' });
    expect(ApiErrorSchema.parse({ code: 'FILE_EMPTY', message: 'x', reason: r })).toEqual({
      code: 'FILE_EMPTY',
      message: 'x',
      reason: r,
    });
    expect(ApiErrorSchema.safeParse({ code: 'FILE_EMPTY', message: 'x' }).success).toBe(true);
    expect(
      ApiErrorSchema.safeParse({ code: 'FILE_EMPTY', message: 'x', reason: { key: 'k', params: { a: true } } }).success,
    ).toBe(false);
  });
});

describe('file and folder names of a path', () => {
  it('takes the last part of POSIX and Windows paths and of picked-file handles', () => {
    expect(fileNameOf('/home/li/plans/a.parkzero')).toBe('a.parkzero');
    expect(fileNameOf('D:\\规划\\园区.parkzero')).toBe('园区.parkzero');
    expect(fileNameOf('picked-file:0123abcd/报告.pdf')).toBe('报告.pdf');
    expect(fileNameOf('a.parkzero')).toBe('a.parkzero');
    expect(folderOf('/home/li/plans/a.parkzero')).toBe('/home/li/plans');
    expect(folderOf('/a.parkzero')).toBe('/');
    expect(folderOf('D:\\规划\\园区.parkzero')).toBe('D:\\规划');
    expect(folderOf('a.parkzero')).toBe('');
  });
});
