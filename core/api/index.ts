export * from './result.ts';
export * from './contract.ts';
