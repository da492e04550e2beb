import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { UncertainInput } from './schema.ts';
import { quantile } from './distributions.ts';

/**
 * The sample design: which numbers run i of a Monte Carlo gets. Everything is a pure function
 * of (seed, runs, method, inputs, i), never of which worker asks or in which order, so any
 * split of the runs over any number of workers gives the same numbers bit for bit.
 *
 * - Columns: each group of inputs is one column (its inputs share the column's u and so move
 *   together, rank correlation 1); every ungrouped input is a column of its own.
 * - Per-run stream: run i draws its columns' jitters from its own xoroshiro128+ generator
 *   (pure-rand) whose state is a hash of (seed, i). No stream is shared or skipped through.
 * - Latin hypercube (`lhs`): column c's runs are spread over N equal strata of [0, 1) by a
 *   permutation drawn once from a generator seeded by (seed, c): u = (perm_c[i] + jitter) / N.
 *   Every worker recomputes the same permutation (N integers per column).
 * - `random`: u = jitter.
 */

export const SAMPLING_METHODS = ['lhs', 'random'] as const;
export type SamplingMethod = (typeof SAMPLING_METHODS)[number];

/** A 32-bit mix (the finaliser of MurmurHash3, Austin Appleby, public domain). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A generator whose 128-bit state is a hash of (seed, stream, index); never all zero. */
function streamFor(seed: number, stream: number, index: number) {
  const a = fmix32(seed ^ 0x9e3779b9);
  const b = fmix32(a ^ Math.imul(stream + 1, 0x85ebca6b));
  const c = fmix32(b ^ Math.imul(index + 1, 0xc2b2ae35));
  const d = fmix32(c ^ 0x27d4eb2f);
  return xoroshiro128plusFromState([a | 1, b, c, d]);
}

const STREAM_RUN = 1;
const STREAM_PERMUTATION = 2;

export interface Design {
  readonly runs: number;
  readonly seed: number;
  readonly method: SamplingMethod;
  /** Column of each input, by input index. */
  readonly columnOf: readonly number[];
  readonly columns: number;
  /** LHS strata per column, or empty for random sampling. */
  readonly permutations: readonly Uint32Array[];
}

export function createDesign(inputs: readonly UncertainInput[], seed: number, runs: number, method: SamplingMethod): Design {
  const columnOfGroup = new Map<string, number>();
  let columns = 0;
  const columnOf = inputs.map((input) => {
    if (input.group === null) return columns++;
    const hit = columnOfGroup.get(input.group);
    if (hit !== undefined) return hit;
    columnOfGroup.set(input.group, columns);
    return columns++;
  });
  const permutations: Uint32Array[] = [];
  if (method === 'lhs')
    for (let c = 0; c < columns; c++) {
      const rng = streamFor(seed, STREAM_PERMUTATION, c);
      const perm = new Uint32Array(runs);
      for (let i = 0; i < runs; i++) perm[i] = i;
      for (let i = runs - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        const t = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = t;
      }
      permutations.push(perm);
    }
  return { runs, seed: seed >>> 0, method, columnOf, columns, permutations };
}

/** The uniforms of run i, one per column, each in [0, 1). */
export function uniformsOf(design: Design, i: number): Float64Array {
  const rng = streamFor(design.seed, STREAM_RUN, i);
  const u = new Float64Array(design.columns);
  for (let c = 0; c < design.columns; c++) {
    const jitter = uniformFloat64(rng);
    u[c] = design.method === 'lhs' ? (design.permutations[c]![i]! + jitter) / design.runs : jitter;
  }
  return u;
}

/** The input values of run i, by input index. */
export function sampleValues(design: Design, inputs: readonly UncertainInput[], i: number): Float64Array {
  const u = uniformsOf(design, i);
  const out = new Float64Array(inputs.length);
  inputs.forEach((input, k) => (out[k] = quantile(input.distribution, u[design.columnOf[k]!]!)));
  return out;
}
