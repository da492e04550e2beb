import { z } from 'zod';
import { Id, Name, Text } from '../model/primitives.ts';
import { ADDRESS_PATTERN } from './address-syntax.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { reasonParams } from '../model/issue-reasons.ts';

/**
 * Uncertain inputs as stored in a plan (`plan.uncertainty`). Each input names a plan value by
 * its address (core/uncertainty/addresses.ts), says how a sampled number changes it (`mode`),
 * and gives the number's distribution. Inputs of one `group` move together: they share one
 * uniform draw (perfect rank correlation), see README.md.
 */

const finite = z.number().min(-1e12).max(1e12);

export const Distribution = z
  .discriminatedUnion('kind', [
    /** Low / central / high estimate: sampled as a triangle over [low, high] with its peak at central. */
    z.strictObject({ kind: z.literal('three_point'), low: finite, central: finite, high: finite }),
    z.strictObject({ kind: z.literal('triangular'), min: finite, mode: finite, max: finite }),
    z.strictObject({ kind: z.literal('uniform'), min: finite, max: finite }),
    /** Normal with mean and standard deviation, truncated to [min, max]. */
    z.strictObject({
      kind: z.literal('normal'),
      mean: finite,
      sd: z.number().gt(0).max(1e12),
      min: finite,
      max: finite,
    }),
    /** Lognormal: ln(x) is normal with ln(median) and sigma_log; truncated to [min, max], min >= 0. */
    z.strictObject({
      kind: z.literal('lognormal'),
      median: z.number().gt(0).max(1e12),
      sigma_log: z.number().gt(0).max(5),
      min: z.number().min(0).max(1e12),
      max: finite,
    }),
  ])
  .superRefine((d, ctx) => {
    const bad = (path: string, message: string) =>
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message,
        // The centre (mean, median) outside the range, or the points out of order.
        ...reasonParams(
          planIssueReason(path === 'mean' || path === 'median' ? 'distribution_centre_outside' : 'distribution_order'),
        ),
      });
    if (d.kind === 'three_point') {
      if (d.low > d.central) bad('central', 'central must not be below low');
      if (d.central > d.high) bad('high', 'high must not be below central');
    } else if (d.kind === 'triangular') {
      if (d.min > d.mode) bad('mode', 'mode must not be below min');
      if (d.mode > d.max) bad('max', 'max must not be below mode');
    } else if (d.min > d.max) bad('max', 'max must not be below min');
    if (d.kind === 'normal' && (d.mean < d.min || d.mean > d.max)) bad('mean', 'mean must lie within [min, max]');
    if (d.kind === 'lognormal' && (d.median < d.min || d.median > d.max)) bad('median', 'median must lie within [min, max]');
  });
export type Distribution = z.infer<typeof Distribution>;
export const DISTRIBUTION_KINDS = ['three_point', 'triangular', 'uniform', 'normal', 'lognormal'] as const;

/**
 * How a sampled number x changes the addressed value v:
 * `set`: v = x; `scale`: v = v * x (x is a factor, 1 = unchanged); `shift`: v = v + x.
 * On a year path (carbon price, growth path) the operation applies to every point.
 */
export const APPLY_MODES = ['set', 'scale', 'shift'] as const;
export const ApplyMode = z.enum(APPLY_MODES);
export type ApplyMode = z.infer<typeof ApplyMode>;

export const UncertainInput = z.strictObject({
  id: Id,
  name: Name,
  /** What it changes, for example `settings.energy_prices.coal_cny_per_t` or `measures[roof-pv].start_year`. */
  address: z.string().regex(ADDRESS_PATTERN, 'must be an input address such as settings.energy_prices.coal_cny_per_t'),
  mode: ApplyMode,
  distribution: Distribution,
  /** Inputs with the same group share one draw and move together; null = independent. */
  group: Id.nullable().default(null),
  /** Where the range comes from (a study, a market report, the planner's judgement). Shown with it. */
  source: Text.default(''),
});
export type UncertainInput = z.infer<typeof UncertainInput>;

/** `plan.uncertainty`: absent in plans that never used the Risk screen (fingerprints stay). */
export const UncertaintySpec = z.strictObject({
  inputs: z.array(UncertainInput).max(200),
});
export type UncertaintySpec = z.infer<typeof UncertaintySpec>;
