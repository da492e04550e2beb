import type { TechnologyId } from './technologies.ts';

/**
 * Technology names of the cost library for offers and reports, in both languages (the same words
 * as the app's cost library screen). The Chinese names carry no Latin letters (二氧化碳捕集, not CCUS).
 */
export const TECHNOLOGY_NAMES: Record<TechnologyId, { en: string; zh: string }> = {
  pv_rooftop: { en: 'Rooftop PV', zh: '屋顶光伏' },
  pv_ground: { en: 'Ground-mounted PV', zh: '地面光伏' },
  wind_onshore: { en: 'Onshore wind', zh: '陆上风电' },
  storage_li_ion: { en: 'Li-ion storage', zh: '锂离子电池储能' },
  electrolyser_alkaline: { en: 'Alkaline electrolyser', zh: '碱性电解槽' },
  waste_heat_recovery: { en: 'Waste-heat recovery', zh: '余热回收' },
  ccus_capture: { en: 'CCUS capture', zh: '二氧化碳捕集' },
  ev_truck: { en: 'Battery-electric vehicle', zh: '纯电动车辆' },
  h2_truck: { en: 'Fuel-cell vehicle', zh: '氢燃料电池车辆' },
  green_space: { en: 'Green space (carbon sink)', zh: '绿地碳汇' },
};
