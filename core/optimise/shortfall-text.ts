import { describeShortfall } from './infeasibility.ts';
import type { Lang, ShortfallNames, TargetShortfall } from './infeasibility.ts';

/**
 * The infeasibility sentence for a screen or a report. A peak target's LP row holds "this
 * year's emissions minus the peak year's" with limit 0, so `describeShortfall` would say
 * "11,958 tCO2 at best, target 0 tCO2"; for a peak target this says instead how far above the
 * peak year the year stays at best, keeping the limiting bounds of the general sentence.
 */
export function shortfallSentence(s: TargetShortfall, lang: Lang, names: ShortfallNames, isPeak: boolean): string {
  const general = describeShortfall(s, lang, names);
  if (!isPeak) return general;
  const sep = lang === 'zh' ? '；' : '; ';
  const tail = general.includes(sep) ? general.slice(general.indexOf(sep)) : '';
  const amount = Math.round(s.gap).toLocaleString('en-US');
  const name = names.target(s.target_id);
  return lang === 'zh'
    ? `${s.year}年${name}：排放最少仍比达峰年份高${amount}吨二氧化碳，未能保持不再上升${tail}`
    : `${name}, ${s.year}: at best ${amount} tCO2 above the peak year, so emissions rise again${tail}`;
}
