import type { Comment } from '../../../core/model/plan.ts';
import type { MemoLang, MemoSignature, ReviewConclusion } from './memo-model.ts';

/** The memo's words in English and Chinese; `{name}` placeholders are filled by `label`. */
const LABELS = {
  title: { en: 'Review memo', zh: '审阅备忘录' },
  park: { en: 'Park', zh: '园区' },
  illustrative: { en: ', illustrative data', zh: '，示意数据' },
  pathway: { en: 'Pathway', zh: '规划期' },
  fingerprint: { en: 'Plan fingerprint', zh: '规划指纹' },
  short: { en: 'short', zh: '简写' },
  reviewer: { en: 'Reviewer', zh: '审阅人' },
  date: { en: 'Date', zh: '日期' },
  file: { en: 'File', zh: '文件' },
  comments: { en: 'Comments', zh: '审阅意见' },
  commentCounts: { en: '{n} ({open} open, {resolved} resolved)', zh: '{n} 条（未处理 {open}，已处理 {resolved}）' },
  targetCheck: { en: 'Target check', zh: '目标核查' },
  noTargets: { en: 'The plan sets no targets.', zh: '规划未设定目标。' },
  net: { en: 'Net emissions {year}: {value} tCO2', zh: '{year} 年净排放：{value} tCO2' },
  cumulative: { en: 'cumulative: {value} tCO2', zh: '累计净排放：{value} tCO2' },
  npv: { en: 'NPV of total cost: {value} 10⁴ CNY', zh: '总成本净现值：{value} 万元' },
  targetsMet: { en: 'Targets met: {pass} of {n}.', zh: '达标目标：{pass} / {n}。' },
  target: { en: 'Target', zh: '目标' },
  source: { en: 'Source', zh: '来源' },
  result: { en: 'Result', zh: '结果' },
  firstFailing: { en: 'First failing year', zh: '首个未达标年份' },
  pass: { en: 'pass', zh: '达标' },
  fail: { en: 'FAIL', zh: '未达标' },
  noComments: { en: 'No comments.', zh: '暂无审阅意见。' },
  missing: { en: '(no longer in the plan)', zh: '（已不在规划中）' },
  open: { en: 'open', zh: '未处理' },
  resolved: { en: 'resolved {date}', zh: '已处理 {date}' },
  footnote: {
    en: 'The fingerprint is SHA-256 over the plan content in canonical form (comments excluded): `parkzero fingerprint FILE` prints it for any copy of the file.',
    zh: '指纹为规划内容（不含审阅意见）规范化后的 SHA-256：对文件的任何副本运行 `parkzero fingerprint FILE` 即可核对。',
  },
  separator: { en: '; ', zh: '；' },
  conclusion: { en: 'Review conclusion', zh: '审阅结论' },
  conclusion_pass: { en: 'Pass', zh: '通过' },
  conclusion_pass_with_changes: { en: 'Pass with changes', zh: '修改后通过' },
  conclusion_fail: { en: 'Fail', zh: '不通过' },
  signature: { en: 'Signature', zh: '签名状态' },
  signature_unsigned: { en: 'unsigned: no signature accompanies this file', zh: '未签名：该文件无随附签名' },
  signature_signed_match: {
    en: 'signed by {signers}, for this plan’s fingerprint; not verified (no public key given)',
    zh: '已由 {signers} 签名，签名对应本规划指纹；未核验（未提供公钥）',
  },
  signature_signed_other: {
    en: 'signed by {signers}, but for a different fingerprint: the plan has changed since; not verified (no public key given)',
    zh: '已由 {signers} 签名，但签名对应的指纹与本规划不同（规划已改动）；未核验（未提供公钥）',
  },
  signature_valid: {
    en: 'valid: verified with key {key}, signed by {signers}',
    zh: '有效：已用公钥 {key} 核验，签名人 {signers}',
  },
  signature_invalid_wrong_key: { en: 'invalid: not signed with key {key}', zh: '无效：并非由公钥 {key} 签名' },
  signature_invalid_broken: { en: 'invalid: the signature file is damaged', zh: '无效：签名文件已损坏' },
  signature_invalid_plan_changed: {
    en: 'invalid: the plan has changed since it was signed with key {key}',
    zh: '无效：规划在以公钥 {key} 签名后已被改动',
  },
  colon: { en: ': ', zh: '：' },
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(lang: MemoLang, key: LabelKey, values: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const ANCHOR: Record<Comment['anchor']['kind'], { en: string; zh: string }> = {
  park: { en: 'Park', zh: '园区' },
  consumer: { en: 'Enterprise', zh: '企业' },
  scenario: { en: 'Scenario', zh: '情景' },
  measure: { en: 'Measure', zh: '措施' },
  target: { en: 'Target', zh: '目标' },
  year: { en: 'Year', zh: '年份' },
};

/** The memo's line for the signature status (memo-signature.ts). */
export function signatureText(lang: MemoLang, s: MemoSignature): string {
  const values = { signers: s.signers.join(lang === 'zh' ? '、' : ', '), key: s.key_id ?? '' };
  if (s.status === 'unsigned') return label(lang, 'signature_unsigned');
  if (s.status === 'signed') return label(lang, s.matches === true ? 'signature_signed_match' : 'signature_signed_other', values);
  if (s.status === 'valid') return label(lang, 'signature_valid', values);
  return label(lang, `signature_invalid_${s.reason ?? 'broken'}`, values);
}

export function conclusionText(lang: MemoLang, c: ReviewConclusion): string {
  return label(lang, `conclusion_${c}`);
}

/**
 * A heading names an entity by its name in the memo's language; its id (a code, not words) only
 * when the name alone does not tell it apart (`sameName`) or the entity is gone from the plan.
 */
export function anchorHeading(
  lang: MemoLang,
  kind: Comment['anchor']['kind'],
  key: string | null,
  name: string | null,
  sameName = false,
): string {
  const noun = ANCHOR[kind][lang];
  if (kind === 'park') return noun;
  if (kind === 'year') return `${noun} ${key ?? ''}`;
  if (name === null) return `${noun}${label(lang, 'colon')}[${key ?? ''}] ${label(lang, 'missing')}`;
  return `${noun}${label(lang, 'colon')}${withKeyIf(sameName, name, key)}`;
}

/** `name`, or `name [key]` when another entity of its kind has the same name. */
export function withKeyIf(sameName: boolean, name: string, key: string | null): string {
  return sameName && key !== null ? `${name} [${key}]` : name;
}

/** Whether `items[i]`'s name is also another item's (of the same kind, when they have kinds). */
export function nameShared<T extends { name: string | null; kind?: string }>(items: readonly T[], i: number): boolean {
  const a = items[i]!;
  return a.name !== null && items.some((b, j) => j !== i && b.name === a.name && b.kind === a.kind);
}
