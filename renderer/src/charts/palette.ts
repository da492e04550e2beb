import type { CarrierId } from '../../../core/model/carriers.ts';

/**
 * Colours. Fossil sources in warm greys and browns, electricity in blue, renewables in
 * greens/yellows, removals in teal. Pass/fail is never shown by colour alone (icons and text
 * go with it).
 */
export const CARRIER_COLOR: Record<CarrierId, string> = {
  coal: '#4b4b4b',
  coke: '#7a6a5a',
  natural_gas: '#e39b3a',
  diesel: '#9c5b2e',
  gasoline: '#c4773b',
  fuel_oil: '#6e4a2f',
  lpg: '#d9b36c',
  electricity: '#3b7dd8',
  heat: '#c2483d',
  hydrogen: '#6cc2c9',
};

export const LINE_COLOR = {
  net: '#1c2530',
  gross: '#7c8794',
  scope1: '#c2483d',
  scope2: '#3b7dd8',
  target: '#b7791f',
  pass: '#1d7a4c',
  fail: '#c53030',
};

export const SOURCE_COLOR: Record<string, string> = {
  process: '#8e6fb8',
  scope2_electricity: '#3b7dd8',
  scope2_heat: '#c2483d',
  ccus: '#2f8f83',
  sinks: '#5fb35a',
  offsets: '#9fd3a8',
};

export const FLOW_COLOR: Record<string, string> = {
  pv: '#f2c230',
  wind: '#7cc49b',
  pressure_power: '#a58bd0',
  onsite: '#cfa93a',
  green_power: '#1d7a4c',
  grid_other: '#6b7785',
  electricity: '#3b7dd8',
  exported: '#9fb9de',
  curtailed: '#c4ccd4',
  storage: '#8e6fb8',
  storage_losses: '#b0b8c2',
  storage_stored: '#c9b8e3',
  storage_start: '#c9b8e3',
  park: '#1c2530',
};

export const COST_COLOR: Record<string, string> = {
  capex: '#3b7dd8',
  fixed_opex: '#8e6fb8',
  fuel: '#9c5b2e',
  electricity: '#e39b3a',
  carbon: '#4b4b4b',
  offsets: '#9fd3a8',
};

/** Colours for an open-ended list (measures, scenarios). */
export const SERIES_COLORS = [
  '#1d7a4c',
  '#3b7dd8',
  '#e39b3a',
  '#8e6fb8',
  '#c2483d',
  '#2f8f83',
  '#b7791f',
  '#d36ba6',
  '#5a6fb3',
  '#7a9a2e',
  '#6b7785',
  '#a0522d',
  '#0f9fb0',
  '#b0a020',
  '#7b3f99',
  '#e05a2b',
];
export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;
