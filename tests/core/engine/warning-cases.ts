import { readFileSync } from 'node:fs';
import { parsePlanOrThrow, runPlan, WARNING_CODES, WARNING_PARAMS, warningVariants } from '../../../core/engine/index.ts';
import type { EngineWarning, WarningCode, WarningParamSpec, WarningParams } from '../../../core/engine/index.ts';

/**
 * Warnings to say in every language, shared by the renderer's and the reports' template tests:
 * the sample park's real warnings (all scenarios, from the engine) and one made-up warning per
 * code and variant with every declared param filled.
 */

export function sampleParkWarnings(): { scenario: string; warning: EngineWarning }[] {
  const plan = parsePlanOrThrow(
    JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')),
  );
  return runPlan(plan).scenarios.flatMap((r) => r.warnings.map((warning) => ({ scenario: r.scenario_id, warning })));
}

function dummy(name: string, spec: WarningParamSpec): string | number {
  switch (spec.kind) {
    case 'year':
      return 2031;
    case 'number':
    case 'percent':
      return 12345.678;
    case 'carrier':
      return 'natural_gas';
    case 'region':
      return 'southwest';
    default:
      return name.endsWith('_zh') ? '遂宁' : 'Suining';
  }
}

/** Each code (and each of its variants) with every declared param. */
export function everyCodeAndVariant(): { code: WarningCode; variant: string | null; warning: EngineWarning }[] {
  return WARNING_CODES.flatMap((code) => {
    const specs: Record<string, WarningParamSpec> = WARNING_PARAMS[code];
    const base: WarningParams = {};
    for (const [name, spec] of Object.entries(specs)) if (spec.kind !== 'variant') base[name] = dummy(name, spec);
    const variants: (string | null)[] = warningVariants(code).length > 0 ? [...warningVariants(code)] : [null];
    return variants.map((variant) => ({
      code,
      variant,
      warning: {
        code,
        severity: 'warning' as const,
        path: 'x',
        message: `ENGLISH MESSAGE OF ${code}`,
        params: variant === null ? base : { ...base, variant },
        first_year: null,
        last_year: null,
        count: 1,
      },
    }));
  });
}
