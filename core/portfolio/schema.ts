import { z } from 'zod';
import { ERROR_CODES, ErrorReasonSchema } from '../api/result.ts';
import { MILESTONE_INDICATORS, PLAN_CHOICES, SIGNATURE_STATES } from './types.ts';
import type { Portfolio } from './types.ts';

/** The portfolio as it crosses the API (portfolio.status): the same shape as core/portfolio/types.ts. */

const n = z.number();
const Names = { name: z.string(), name_zh: z.string().optional(), name_en: z.string().optional() };

export const PortfolioRowSchema = z.strictObject({
  file: z.string(),
  path: z.string(),
  park: z.strictObject(Names),
  province: z.string(),
  city: z.string(),
  base_year: z.int(),
  horizon_year: z.int(),
  base_energy_tce: n,
  base_emissions_tco2: n,
  scenario: z.strictObject({ id: z.string(), ...Names }),
  choice: z.enum(PLAN_CHOICES),
  milestones: z.array(
    z.strictObject({
      year: z.int(),
      values: z.strictObject(
        Object.fromEntries(MILESTONE_INDICATORS.map((k) => [k, n.nullable()])) as Record<
          (typeof MILESTONE_INDICATORS)[number],
          z.ZodNullable<z.ZodNumber>
        >,
      ),
    }),
  ),
  targets: z.strictObject({
    met: z.int(),
    total: z.int(),
    missed: z.array(z.strictObject({ id: z.string(), name: z.string(), first_failing_year: z.int().nullable() })),
  }),
  verdict: z.enum(['all_met', 'some_missed', 'no_targets']),
  fingerprint: z.string(),
  signature: z.enum(SIGNATURE_STATES),
  signers: z.array(z.string()),
  pathway: z.array(z.strictObject({ year: z.int(), net_tco2: n, gross_tco2: n, tce_equivalent: n, coal_t: n })),
});

export const PortfolioSchema = z.strictObject({
  rows: z.array(PortfolioRowSchema),
  refused: z.array(
    z.strictObject({
      file: z.string(),
      path: z.string(),
      code: z.enum(ERROR_CODES),
      message: z.string(),
      reason: ErrorReasonSchema.optional(),
    }),
  ),
  empty_folders: z.array(z.strictObject({ folder: z.string(), path: z.string() })).optional(),
});

// The schema and the types describe the same thing: a change to one fails the type check here.
const _sameShape: z.infer<typeof PortfolioSchema> extends Portfolio
  ? Portfolio extends z.infer<typeof PortfolioSchema>
    ? true
    : never
  : never = true;
void _sameShape;
