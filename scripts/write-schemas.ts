// Writes the JSON Schemas of the plan and results formats into resources/schemas/, from the
// zod schemas in core. A test fails when the committed files drift from the code.
import { writeFileSync } from 'node:fs';
import { planJsonSchema, resultsJsonSchema } from '../core/engine/index.ts';

export const SCHEMA_FILES = {
  'resources/schemas/parkzero-plan.schema.json': planJsonSchema,
  'resources/schemas/parkzero-results.schema.json': resultsJsonSchema,
} as const;

export function renderSchema(make: () => Record<string, unknown>): string {
  return `${JSON.stringify(make(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('write-schemas.ts')) {
  for (const [file, make] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(file, renderSchema(make));
    console.log(`wrote ${file}`);
  }
}
