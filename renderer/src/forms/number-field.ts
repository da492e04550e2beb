import type { Draft } from 'immer';
import type { Plan } from '../../../core/model/plan.ts';
import type { ParseResult } from './CommitField.tsx';
import type { Bounds } from './bounds.ts';
import { parseDecimal } from './parse.ts';

/**
 * Numbers shown in forms can be scaled from how the model stores them: shares and rates are
 * fractions in the plan (0.05) but percentages on screen (5). `toPrecision(12)` removes the
 * binary noise of the scaling (0.07 * 100 = 7.000000000000001) without hiding real digits.
 */
export function toDisplay(value: number, scale = 1): string {
  return String(Number((value * scale).toPrecision(12)));
}

export function fromDisplay(shown: number, scale = 1): number {
  return Number((shown / scale).toPrecision(12));
}

export interface NumberParserOptions {
  bounds: Bounds;
  scale?: number;
  /** Messages, already translated: not a number, and out of range (given min/max as shown). */
  notANumber: string;
  outOfRange: (min: string, max: string) => string;
  apply: (draft: Draft<Plan>, value: number) => void;
}

export function numberParser(options: NumberParserOptions): (raw: string) => ParseResult {
  const scale = options.scale ?? 1;
  return (raw) => {
    const shown = parseDecimal(raw.replace(/[%％]\s*$/, ''));
    if (shown === null) return { ok: false, message: options.notANumber };
    const value = fromDisplay(shown, scale);
    const { min, max } = options.bounds;
    if (value < min || value > max)
      return { ok: false, message: options.outOfRange(toDisplay(min, scale), toDisplay(max, scale)) };
    return { ok: true, apply: (d) => options.apply(d, value) };
  };
}
