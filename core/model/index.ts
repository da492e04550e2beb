export * from './carriers.ts';
export * from './primitives.ts';
export * from './park.ts';
export * from './measures.ts';
export * from './scenario.ts';
export * from './targets.ts';
export * from './plan.ts';
