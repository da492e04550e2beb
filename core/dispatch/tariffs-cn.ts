import { provinceKey } from '../factors/provinces.ts';
import { SICHUAN_LIKE_TOU, touDay } from './tariff.ts';
import type { TouDefinition } from './tariff.ts';

/**
 * Time-of-use tables by province for large industrial and commercial users (大工业/一般工商业,
 * 1-10 kV). The national frame is the NDRC notice 发改价格〔2021〕1093号: peak/valley price
 * ratio at least 3:1, 4:1 where the system's peak/valley load gap exceeds 40%, critical peak
 * at least 20% above peak; provinces set their own periods and ratios and revise them often
 * (several moved the valley to midday as solar grew).
 *
 * EVERY TABLE HERE IS SECONDARY AND APPROXIMATE: our reading of reprints and reports of the
 * provincial notices, rounded to whole clock hours (half-hour boundaries move to the nearer
 * hour), ratios rounded, not checked against the notices themselves (this build has no access
 * to them). Each carries the year it took effect and `secondary: true`. A planner should check
 * the current notice of the park's province and edit the table in the project (the scenario
 * setting `tou_tariff`). Only the NDRC notice number is cited: provincial notice numbers are
 * not given where we could not read them ourselves.
 *
 * Codes per clock hour: c critical peak, p peak, f flat, v valley, d deep valley.
 */

type Months = readonly string[];
const all = (day: string): Months => Array.from({ length: 12 }, () => day);
/** `base` every month, `other` in the listed months (0 = January). */
const withMonths = (base: string, months: readonly number[], other: string): Months =>
  Array.from({ length: 12 }, (_, m) => (months.includes(m) ? other : base));

const NOTE_EN =
  'secondary: our reading of reprints of the provincial notice under the NDRC notice Fagai Jiage [2021] No. 1093; verify against the current notice';
const NOTE_ZH = '二手资料：依据国家发展改革委发改价格〔2021〕1093号框架下该省通知的转载整理（近似）；请以现行通知为准';

function table(
  key: string,
  en: string,
  zh: string,
  year: number,
  months: Months,
  ratios: TouDefinition['ratios'],
  detailEn: string,
  detailZh: string,
): TouDefinition {
  return {
    key,
    name: `${en} TOU ${year} (approximate)`,
    name_zh: `${zh}分时电价（${year}年，近似）`,
    year,
    secondary: true,
    months: [...months],
    ratios,
    source: `${en} TOU periods and ratios for industry, in effect from ${year}; ${detailEn}; ${NOTE_EN}`,
    source_zh: `${zh}工商业分时电价时段和比价，${year}年起执行；${detailZh}；${NOTE_ZH}`,
  };
}

const R = (peak: number, valley: number, critical = peak * 1.2, deep = valley): TouDefinition['ratios'] => ({
  critical,
  peak,
  flat: 1,
  valley,
  deep_valley: deep,
});

export const PROVINCE_TOU: readonly TouDefinition[] = [
  { ...SICHUAN_LIKE_TOU, key: 'sichuan', name: 'Sichuan TOU 2022 (approximate)', name_zh: '四川分时电价（2022年，近似）' },
  table(
    'gansu',
    'Gansu',
    '甘肃',
    2024,
    all(
      touDay('f', {
        p: [
          [6, 8],
          [18, 23],
        ],
        v: [[10, 16]],
      }),
    ),
    R(1.5, 0.5, 1.5),
    'midday valley 10:00-16:00 (solar), peak 06:00-08:00 and 18:00-23:00, peak:flat:valley 1.5:1:0.5, no critical peak',
    '午间低谷10:00-16:00（光伏大发），高峰06:00-08:00和18:00-23:00，峰平谷比1.5:1:0.5，未设尖峰',
  ),
  table(
    'shaanxi',
    'Shaanxi',
    '陕西',
    2021,
    withMonths(
      touDay('f', {
        p: [
          [8, 11],
          [18, 23],
        ],
        v: [
          [0, 7],
          [23, 24],
        ],
      }),
      [0, 6, 7, 11],
      touDay('f', {
        p: [
          [8, 11],
          [18, 19],
          [21, 23],
        ],
        c: [[19, 21]],
        v: [
          [0, 7],
          [23, 24],
        ],
      }),
    ),
    R(1.5, 0.5),
    'peak 08:00-11:00 and 18:00-23:00, valley 23:00-07:00, critical 19:00-21:00 in July, August, December and January at peak x 1.2, peak:flat:valley 1.5:1:0.5',
    '高峰08:00-11:00和18:00-23:00，低谷23:00-07:00，7、8、12、1月19:00-21:00为尖峰（高峰上浮20%），峰平谷比1.5:1:0.5',
  ),
  table(
    'guangdong',
    'Guangdong (Shenzhen)',
    '广东（深圳）',
    2021,
    withMonths(
      touDay('f', {
        p: [
          [10, 12],
          [14, 19],
        ],
        v: [[0, 8]],
      }),
      [6, 7, 8],
      touDay('f', {
        p: [
          [10, 11],
          [14, 15],
          [17, 19],
        ],
        c: [
          [11, 12],
          [15, 17],
        ],
        v: [[0, 8]],
      }),
    ),
    R(1.7, 0.38, 1.7 * 1.25),
    'peak 10:00-12:00 and 14:00-19:00, valley 00:00-08:00, peak:flat:valley 1.7:1:0.38, critical 11:00-12:00 and 15:00-17:00 in July-September at peak x 1.25 (粤发改价格〔2021〕331号 as reprinted; Shenzhen follows the same periods)',
    '高峰10:00-12:00和14:00-19:00，低谷00:00-08:00，峰平谷比1.7:1:0.38，7-9月11:00-12:00和15:00-17:00为尖峰（高峰上浮25%）（据转载的粤发改价格〔2021〕331号；深圳执行相同时段）',
  ),
  table(
    'qinghai',
    'Qinghai',
    '青海',
    2023,
    all(
      touDay('f', {
        p: [
          [7, 9],
          [17, 23],
        ],
        v: [[9, 17]],
      }),
    ),
    R(1.5, 0.5, 1.5),
    'midday valley 09:00-17:00 (solar), peak 07:00-09:00 and 17:00-23:00, peak:flat:valley 1.5:1:0.5, no critical peak',
    '午间低谷09:00-17:00（光伏大发），高峰07:00-09:00和17:00-23:00，峰平谷比1.5:1:0.5，未设尖峰',
  ),
  table(
    'inner_mongolia',
    'Inner Mongolia (West grid)',
    '内蒙古（蒙西电网）',
    2023,
    all(touDay('f', { p: [[17, 23]], v: [[10, 16]] })),
    R(1.5, 0.5, 1.5),
    'midday valley 10:00-16:00, evening peak 17:00-23:00, peak:flat:valley 1.5:1:0.5, no critical peak',
    '午间低谷10:00-16:00，晚高峰17:00-23:00，峰平谷比1.5:1:0.5，未设尖峰',
  ),
  table(
    'jiangsu',
    'Jiangsu',
    '江苏',
    2023,
    withMonths(
      touDay('f', {
        p: [
          [8, 11],
          [17, 22],
        ],
        v: [[0, 8]],
      }),
      [0, 6, 7, 11],
      touDay('f', {
        p: [
          [8, 11],
          [17, 19],
          [21, 22],
        ],
        c: [[19, 21]],
        v: [[0, 8]],
      }),
    ),
    R(1.6, 0.4),
    'peak 08:00-11:00 and 17:00-22:00, valley 00:00-08:00, critical 19:00-21:00 in January, July, August and December at peak x 1.2, peak:flat:valley 1.6:1:0.4',
    '高峰08:00-11:00和17:00-22:00，低谷00:00-08:00，1、7、8、12月19:00-21:00为尖峰（高峰上浮20%），峰平谷比1.6:1:0.4',
  ),
  table(
    'zhejiang',
    'Zhejiang',
    '浙江',
    2021,
    all(
      touDay('p', {
        c: [
          [9, 11],
          [15, 17],
        ],
        v: [
          [0, 8],
          [11, 13],
          [22, 24],
        ],
      }),
    ),
    R(1.5, 0.48, 1.8),
    'critical 09:00-11:00 and 15:00-17:00, peak 08:00-09:00, 13:00-15:00 and 17:00-22:00, valley 22:00-08:00 and 11:00-13:00 (no flat period), ratios to a notional flat price 1.8:1.5:0.48',
    '尖峰09:00-11:00和15:00-17:00，高峰08:00-09:00、13:00-15:00和17:00-22:00，低谷22:00-08:00和11:00-13:00（无平段），相对名义平段的比价1.8:1.5:0.48',
  ),
  table(
    'shandong',
    'Shandong',
    '山东',
    2023,
    Array.from({ length: 12 }, (_, m) =>
      [1, 2, 3, 4, 8, 9, 10].includes(m)
        ? touDay('f', {
            p: [[16, 22]],
            v: [
              [0, 7],
              [23, 24],
            ],
            d: [[11, 14]],
          })
        : [0, 6, 7, 11].includes(m)
          ? touDay('f', {
              p: [
                [16, 17],
                [19, 22],
              ],
              c: [[17, 19]],
              v: [
                [0, 7],
                [11, 14],
                [23, 24],
              ],
            })
          : touDay('f', {
              p: [[16, 22]],
              v: [
                [0, 7],
                [11, 14],
                [23, 24],
              ],
            }),
    ),
    R(1.5, 0.5, 1.8, 0.3),
    'peak 16:00-22:00, valley 23:00-07:00 and 11:00-14:00, the midday valley a deep valley in spring and autumn (February-May, September-November), critical 17:00-19:00 in January, July, August and December; ratios critical 1.8, peak 1.5, valley 0.5, deep valley 0.3',
    '高峰16:00-22:00，低谷23:00-07:00和11:00-14:00，春秋季（2-5月、9-11月）午间为深谷，1、7、8、12月17:00-19:00为尖峰；比价尖峰1.8、高峰1.5、低谷0.5、深谷0.3',
  ),
  table(
    'beijing',
    'Beijing',
    '北京',
    2023,
    withMonths(
      touDay('f', {
        p: [
          [10, 13],
          [17, 22],
        ],
        v: [
          [0, 7],
          [23, 24],
        ],
      }),
      [0, 6, 7, 11],
      touDay('f', {
        p: [
          [10, 11],
          [17, 18],
          [21, 22],
        ],
        c: [
          [11, 13],
          [18, 21],
        ],
        v: [
          [0, 7],
          [23, 24],
        ],
      }),
    ),
    R(1.6, 0.4),
    'peak 10:00-13:00 and 17:00-22:00, valley 23:00-07:00, critical 11:00-13:00 and 18:00-21:00 in January, July, August and December at peak x 1.2, peak:flat:valley 1.6:1:0.4',
    '高峰10:00-13:00和17:00-22:00，低谷23:00-07:00，1、7、8、12月11:00-13:00和18:00-21:00为尖峰（高峰上浮20%），峰平谷比1.6:1:0.4',
  ),
];

export interface ProvinceTouResult {
  def: TouDefinition;
  /** False when the province has no table and the Sichuan-like scheme stands in. */
  found: boolean;
}

/** The park's provincial TOU table from its province name (Chinese or English); Sichuan-like when unknown. */
export function provinceTou(province: string): ProvinceTouResult {
  const key = provinceKey(province);
  const def = key === null ? undefined : PROVINCE_TOU.find((t) => t.key === key);
  return def ? { def, found: true } : { def: SICHUAN_LIKE_TOU, found: false };
}

/** A user's table (scenario setting `tou_tariff`) as a definition; its name and source stand in both languages. */
export function customTou(t: Omit<TouDefinition, 'key' | 'name_zh' | 'source_zh'>): TouDefinition {
  return { ...t, key: 'custom', name_zh: t.name, source_zh: t.source };
}
