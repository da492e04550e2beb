import type { z } from 'zod';
import type { ErrorReason } from '../api/result.ts';
import { planIssueReason, type ValueKind } from '../text/plan-issue-text.ts';
import { ErrorReasonSchema } from '../api/result.ts';
import { COST_KEY_PATTERN, FACTOR_KEY_PATTERN, ID_PATTERN } from './primitives.ts';

/**
 * A zod issue as a plan issue reason (core/text/plan-issue-text.ts): the issue code with its
 * bound, expected kind or allowed values, or the reason a rule of ours attached (a refine's or
 * addIssue's `params.reason`). Every issue gets one; an issue nothing here knows gets
 * `invalid_generic`, so the app never has to show zod's English to a Chinese reader.
 */

type Issue = z.core.$ZodIssue;

/**
 * Whether zod's reported `pattern` is our own `.regex` check `rule`. Read when an issue is
 * mapped, not at load: primitives.ts and this module import each other through the model.
 */
const isRule = (pattern: string | undefined, rule: RegExp) => pattern === String(rule);

const EXPECTED: Record<string, ValueKind> = {
  number: 'number',
  bigint: 'number',
  nan: 'number',
  int: 'integer',
  string: 'text',
  boolean: 'yes_no',
  array: 'list',
  tuple: 'list',
  set: 'list',
  object: 'group',
  record: 'group',
  map: 'group',
  date: 'date',
  null: 'nothing',
  undefined: 'nothing',
  never: 'nothing',
  void: 'nothing',
};

/** Whether `path` ends at a key its parent object does not have (zod says "received undefined"). */
function isMissing(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return root === undefined;
  let node: unknown = root;
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  if (node === null || typeof node !== 'object') return false;
  const last = path[path.length - 1]!;
  return !Object.hasOwn(node, last) || (node as Record<PropertyKey, unknown>)[last] === undefined;
}

const isYearField = (path: readonly PropertyKey[]) => {
  const last = path[path.length - 1];
  return typeof last === 'string' && /(^|_)year$/.test(last);
};

const asNumber = (v: number | bigint) => Number(v);

function primitives(list: readonly unknown[]): string[] {
  return list.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))));
}

/**
 * The reason of one zod issue. `root` is the input that was parsed (it tells a missing field
 * from one of the wrong type); without it a wrong type is said as such.
 */
export function zodIssueReason(issue: Issue, root?: unknown): ErrorReason {
  // A field left out fails as a wrong type, an enum or a union (it is undefined): say it is missing.
  const typeLike = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (typeLike && root !== undefined && isMissing(root, issue.path)) return planIssueReason('required');
  switch (issue.code) {
    case 'custom': {
      const attached = ErrorReasonSchema.safeParse((issue.params as { reason?: unknown } | undefined)?.reason);
      return attached.success ? attached.data : planIssueReason('invalid_generic');
    }
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message) && root === undefined) return planIssueReason('required');
      if (issue.expected === 'int' && /received number$/.test(issue.message)) return planIssueReason('whole_number');
      const kind = EXPECTED[issue.expected];
      return kind === undefined ? planIssueReason('invalid_generic') : planIssueReason('wrong_type', { expected: kind });
    }
    case 'too_small': {
      const min = asNumber(issue.minimum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        if (isYearField(issue.path) && inclusive) return planIssueReason('year_too_early', { minimum: min });
        if (min === 0 && inclusive) return planIssueReason('negative_number');
        return planIssueReason(inclusive ? 'number_too_small' : 'number_too_small_exclusive', { minimum: min });
      }
      if (issue.origin === 'string')
        return min <= 1 ? planIssueReason('text_empty') : planIssueReason('text_too_short', { minimum: min });
      if (issue.origin === 'array' || issue.origin === 'set') {
        if (issue.exact === true) return planIssueReason('list_wrong_length', { length: min });
        return min <= 1 ? planIssueReason('list_empty') : planIssueReason('list_too_short', { minimum: min });
      }
      return planIssueReason('invalid_generic');
    }
    case 'too_big': {
      const max = asNumber(issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        if (isYearField(issue.path) && inclusive) return planIssueReason('year_too_late', { maximum: max });
        return planIssueReason(inclusive ? 'number_too_big' : 'number_too_big_exclusive', { maximum: max });
      }
      if (issue.origin === 'string') return planIssueReason('text_too_long', { maximum: max });
      if (issue.origin === 'array' || issue.origin === 'set') {
        if (issue.exact === true) return planIssueReason('list_wrong_length', { length: max });
        return planIssueReason('list_too_long', { maximum: max });
      }
      return planIssueReason('invalid_generic');
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? planIssueReason('value_must_be', { value: primitives(issue.values) })
        : planIssueReason('value_not_allowed', { values: primitives(issue.values) });
    case 'invalid_union': {
      const options = (issue as { options?: readonly unknown[] }).options;
      if (issue.discriminator !== undefined && options !== undefined && options.length > 0)
        return planIssueReason('unknown_kind', { values: primitives(options) });
      return planIssueReason('no_matching_form');
    }
    case 'unrecognized_keys':
      return planIssueReason('unknown_fields', { fields: issue.keys, count: issue.keys.length });
    case 'invalid_format': {
      if (issue.format === 'regex') {
        const pattern = (issue as { pattern?: string }).pattern;
        if (isRule(pattern, ID_PATTERN)) return planIssueReason('bad_id');
        if (isRule(pattern, FACTOR_KEY_PATTERN)) return planIssueReason('bad_factor_key');
        if (isRule(pattern, COST_KEY_PATTERN)) return planIssueReason('bad_cost_key');
        return planIssueReason('bad_format');
      }
      if (issue.format === 'datetime' || issue.format === 'date' || issue.format === 'time')
        return planIssueReason('bad_date_time');
      return planIssueReason('bad_format');
    }
    case 'not_multiple_of':
      return planIssueReason('not_multiple', { divisor: asNumber(issue.divisor) });
    default:
      return planIssueReason('invalid_generic');
  }
}

/** What a refine or addIssue attaches so that zodIssueReason finds its reason. */
export function reasonParams(reason: ErrorReason): { params: { reason: ErrorReason } } {
  return { params: { reason } };
}
