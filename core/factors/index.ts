export * from './types.ts';
export * from './library.ts';
export * from './provinces.ts';
export * from './factor-set.ts';
export * from './yields.ts';
