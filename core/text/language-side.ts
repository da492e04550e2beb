/**
 * A name typed in both languages, "中文 / English" (the bundled samples' style), read in one
 * language: the side in the reader's script, so a Chinese sentence carries no English words
 * and an English one no Chinese. Any other name is returned as typed.
 */
const CJK = /[\u3400-\u9fff]/;

export function languageSide(name: string, lang: 'zh' | 'en'): string {
  const parts = name.split(/\s*\/\s+/);
  if (parts.length !== 2) return name;
  const [a, b] = parts as [string, string];
  const zhFirst = CJK.test(a) && !CJK.test(b);
  const zhSecond = CJK.test(b) && !CJK.test(a);
  if (!zhFirst && !zhSecond) return name;
  return (lang === 'zh' ? (zhFirst ? a : b) : zhFirst ? b : a).trim();
}
