import type { Comment } from '../../../core/model/plan.ts';
import type { MemoLang } from './memo-model.ts';

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

export function anchorHeading(lang: MemoLang, kind: Comment['anchor']['kind'], key: string | null, name: string | null): string {
  const noun = ANCHOR[kind][lang];
  if (kind === 'park') return noun;
  if (kind === 'year') return `${noun} ${key ?? ''}`;
  return name === null
    ? `${noun}${label(lang, 'colon')}[${key ?? ''}] ${label(lang, 'missing')}`
    : `${noun}${label(lang, 'colon')}${name} [${key ?? ''}]`;
}
