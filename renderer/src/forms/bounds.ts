import type { z } from 'zod';

export interface Bounds {
  min: number;
  max: number;
}

type Unwrappable = { unwrap(): z.ZodType };
type NumberLike = { minValue: number | null; maxValue: number | null };

/**
 * The numeric bounds a model schema declares (through defaults and nullables), so forms show
 * the same limits the plan schema enforces instead of repeating them.
 */
export function boundsOf(schema: z.ZodType): Bounds {
  let current: unknown = schema;
  for (let i = 0; i < 5 && typeof (current as Partial<Unwrappable>).unwrap === 'function'; i++) {
    current = (current as Unwrappable).unwrap();
  }
  const n = current as Partial<NumberLike>;
  if (n.minValue === undefined || n.maxValue === undefined) throw new Error('boundsOf: not a number schema');
  return { min: n.minValue ?? -Number.MAX_VALUE, max: n.maxValue ?? Number.MAX_VALUE };
}
