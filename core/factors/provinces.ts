import type { GRID_REGIONS } from '../model/park.ts';

type GridRegionId = (typeof GRID_REGIONS)[number];

/**
 * Provinces of mainland China with the key used in factor keys (`grid.provincial.sichuan.2022`),
 * their Chinese name, and the regional grid the MEE/NBS regional factor tables put them in
 * (North, Northeast, East, Central, Northwest, South (China Southern Grid), Southwest).
 */
export const PROVINCES: readonly { key: string; en: string; zh: string; region: GridRegionId }[] = [
  { key: 'beijing', en: 'Beijing', zh: '北京', region: 'north' },
  { key: 'tianjin', en: 'Tianjin', zh: '天津', region: 'north' },
  { key: 'hebei', en: 'Hebei', zh: '河北', region: 'north' },
  { key: 'shanxi', en: 'Shanxi', zh: '山西', region: 'north' },
  { key: 'shandong', en: 'Shandong', zh: '山东', region: 'north' },
  { key: 'inner_mongolia', en: 'Inner Mongolia', zh: '内蒙古', region: 'north' },
  { key: 'liaoning', en: 'Liaoning', zh: '辽宁', region: 'northeast' },
  { key: 'jilin', en: 'Jilin', zh: '吉林', region: 'northeast' },
  { key: 'heilongjiang', en: 'Heilongjiang', zh: '黑龙江', region: 'northeast' },
  { key: 'shanghai', en: 'Shanghai', zh: '上海', region: 'east' },
  { key: 'jiangsu', en: 'Jiangsu', zh: '江苏', region: 'east' },
  { key: 'zhejiang', en: 'Zhejiang', zh: '浙江', region: 'east' },
  { key: 'anhui', en: 'Anhui', zh: '安徽', region: 'east' },
  { key: 'fujian', en: 'Fujian', zh: '福建', region: 'east' },
  { key: 'henan', en: 'Henan', zh: '河南', region: 'central' },
  { key: 'hubei', en: 'Hubei', zh: '湖北', region: 'central' },
  { key: 'hunan', en: 'Hunan', zh: '湖南', region: 'central' },
  { key: 'jiangxi', en: 'Jiangxi', zh: '江西', region: 'central' },
  { key: 'shaanxi', en: 'Shaanxi', zh: '陕西', region: 'northwest' },
  { key: 'gansu', en: 'Gansu', zh: '甘肃', region: 'northwest' },
  { key: 'qinghai', en: 'Qinghai', zh: '青海', region: 'northwest' },
  { key: 'ningxia', en: 'Ningxia', zh: '宁夏', region: 'northwest' },
  { key: 'xinjiang', en: 'Xinjiang', zh: '新疆', region: 'northwest' },
  { key: 'guangdong', en: 'Guangdong', zh: '广东', region: 'south' },
  { key: 'guangxi', en: 'Guangxi', zh: '广西', region: 'south' },
  { key: 'yunnan', en: 'Yunnan', zh: '云南', region: 'south' },
  { key: 'guizhou', en: 'Guizhou', zh: '贵州', region: 'south' },
  { key: 'hainan', en: 'Hainan', zh: '海南', region: 'south' },
  { key: 'sichuan', en: 'Sichuan', zh: '四川', region: 'southwest' },
  { key: 'chongqing', en: 'Chongqing', zh: '重庆', region: 'southwest' },
  { key: 'tibet', en: 'Tibet', zh: '西藏', region: 'southwest' },
];

/**
 * Key of a province as written by people: "Sichuan", "sichuan province", "四川", "四川省",
 * "Inner Mongolia", "内蒙古自治区". Null when the name is not recognised.
 */
export function provinceKey(name: string): string | null {
  const trimmed = name.trim();
  const latin = trimmed
    .toLowerCase()
    .replace(/\b(province|municipality|autonomous region|zhuang|hui|uygur|uyghur|sar)\b/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
  for (const p of PROVINCES) {
    if (latin === p.key || latin === p.en.toLowerCase().replace(/\s+/g, '_')) return p.key;
    if (trimmed.startsWith(p.zh)) return p.key;
  }
  if (latin === 'xizang') return 'tibet';
  if (latin === 'neimenggu' || latin === 'nei_mongol') return 'inner_mongolia';
  return null;
}

/** A city name as a factor-key segment: "Panzhihua" -> "panzhihua"; null for non-latin names. */
export function cityKey(name: string): string | null {
  const k = name
    .trim()
    .toLowerCase()
    .replace(/\s+city$/, '')
    .replace(/[\s-]+/g, '_');
  return /^[a-z0-9_]+$/.test(k) ? k : null;
}
