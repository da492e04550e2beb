import { z } from 'zod';
import { Name, Text, Year } from './primitives.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { reasonParams } from './issue-reasons.ts';

/**
 * A time-of-use tariff as a planner reads it off a provincial notice: for each month, the
 * period of each clock hour, and each period's price relative to the flat (平段) price. The
 * plan's electricity price is the average the park pays (core/engine/hourly.ts scales the flat
 * price to it), so only ratios are stored.
 *
 * Period codes, one character per clock hour h (h:00 to h+1:00):
 *   c = critical peak (尖峰), p = peak (高峰), f = flat (平段), v = valley (低谷), d = deep valley (深谷).
 */
export const TOU_PERIOD_CODES = ['c', 'p', 'f', 'v', 'd'] as const;
export type TouPeriodCode = (typeof TOU_PERIOD_CODES)[number];

/** 24 period codes, one per clock hour. */
export const TouDay = z.string().regex(/^[cpfvd]{24}$/, 'must be 24 period letters (c, p, f, v or d), one per hour');

/** Ratio of a period's price to the flat price; the bound only catches typos. */
const Ratio = z.number().min(0).max(10);

export const TouTariffTable = z
  .strictObject({
    name: Name,
    /** Where the periods and ratios come from (the notice's number is the citation). */
    source: Text,
    /** Year the notice took effect. */
    year: Year,
    /** True when read in reprints or reports rather than in the notice itself. */
    secondary: z.boolean(),
    /** Twelve strings, January first, each 24 period codes. */
    months: z.array(TouDay).length(12),
    ratios: z.strictObject({ critical: Ratio, peak: Ratio, flat: Ratio, valley: Ratio, deep_valley: Ratio }),
  })
  .refine((t) => t.ratios.valley <= t.ratios.flat && t.ratios.flat <= t.ratios.peak && t.ratios.peak <= t.ratios.critical, {
    message: 'ratios must rise from valley to flat to peak to critical peak',
    path: ['ratios'],
    ...reasonParams(planIssueReason('tou_ratio_order')),
  })
  .refine((t) => t.ratios.deep_valley <= t.ratios.valley, {
    message: 'the deep valley may not cost more than the valley',
    path: ['ratios', 'deep_valley'],
    ...reasonParams(planIssueReason('tou_deep_valley')),
  });
export type TouTariffTable = z.infer<typeof TouTariffTable>;
