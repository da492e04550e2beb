import { P2Quantile, exactQuantile } from './p2-quantile.ts';
import { partialRankCorrelations, spearman } from './rank.ts';
import { BAND_SERIES, SUMMARY_OUTPUTS } from './outputs.ts';
import type { RunRecord } from './outputs.ts';
import type { MonteCarloResult, SummaryDistribution } from './result-schema.ts';
import type { SamplingMethod } from './sampling.ts';
import type { UncertainInput } from './schema.ts';

const BANDS = [0.05, 0.5, 0.95] as const;
const HISTOGRAM_BINS = 20;

export interface ReducerSetup {
  scenarioId: string;
  runs: number;
  seed: number;
  sampling: SamplingMethod;
  years: readonly number[];
  inputs: readonly UncertainInput[];
  targets: readonly { id: string; name: string }[];
}

/**
 * Folds Monte Carlo runs into their result as they stream in. Runs are consumed strictly in
 * run-index order (early arrivals wait in a small buffer), so the result is the same bit for
 * bit whatever the number of workers and the order they finish in.
 *
 * Memory: the yearly bands are P-square estimators (5 markers per quantile, per series and
 * year) and counters, independent of N. Kept per run, exactly: the few summary outputs and
 * the input values (N x (inputs + 3) numbers, 1.8 MB for 10,000 runs of 20 inputs), because
 * histograms and rank correlations need them.
 */
export class MonteCarloReducer {
  private readonly s: ReducerSetup;
  private next = 0;
  private readonly waiting = new Map<number, RunRecord>();
  private readonly summary: Float64Array[];
  private readonly inputs: Float64Array[];
  private readonly bands: P2Quantile[][];
  private readonly sums: Float64Array;
  private readonly sumCounts: Float64Array;
  private readonly met: Float64Array;
  private readonly checked: Float64Array;

  constructor(setup: ReducerSetup) {
    this.s = setup;
    const ny = setup.years.length;
    this.summary = SUMMARY_OUTPUTS.map(() => new Float64Array(setup.runs).fill(NaN));
    this.inputs = setup.inputs.map(() => new Float64Array(setup.runs).fill(NaN));
    this.bands = Array.from({ length: BAND_SERIES.length * ny }, () => BANDS.map((p) => new P2Quantile(p)));
    this.sums = new Float64Array(BAND_SERIES.length * ny);
    this.sumCounts = new Float64Array(BAND_SERIES.length * ny);
    this.met = new Float64Array(setup.targets.length * ny);
    this.checked = new Float64Array(setup.targets.length * ny);
  }

  /** Runs folded so far (a prefix of the run indices). */
  get done(): number {
    return this.next;
  }

  add(records: readonly RunRecord[]): void {
    for (const r of records) this.waiting.set(r.index, r);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.fold(r);
      this.next++;
    }
  }

  private fold(r: RunRecord): void {
    const i = r.index;
    r.summary.forEach((v, j) => (this.summary[j]![i] = v));
    r.inputs.forEach((v, k) => (this.inputs[k]![i] = v));
    r.series.forEach((v, j) => {
      if (Number.isNaN(v)) return;
      for (const q of this.bands[j]!) q.add(v);
      this.sums[j]! += v;
      this.sumCounts[j]!++;
    });
    r.targets.forEach((v, j) => {
      if (Number.isNaN(v)) return;
      this.checked[j]!++;
      this.met[j]! += v;
    });
  }

  private rankCorrelations(done: number): MonteCarloResult['rank_correlations'] {
    return rankCorrelationsOf(this.s.inputs, this.inputs, this.summary, done);
  }

  result(): MonteCarloResult {
    const s = this.s;
    const ny = s.years.length;
    const done = this.next;
    const orNull = (v: number) => (Number.isFinite(v) ? v : null);
    const bands = Object.fromEntries(
      BAND_SERIES.map((key, j) => {
        const slice = (f: (cell: number) => number | null) => s.years.map((_, y) => f(j * ny + y));
        return [
          key,
          {
            p5: slice((c) => orNull(this.bands[c]![0]!.value())),
            p50: slice((c) => orNull(this.bands[c]![1]!.value())),
            p95: slice((c) => orNull(this.bands[c]![2]!.value())),
            mean: slice((c) => (this.sumCounts[c]! > 0 ? this.sums[c]! / this.sumCounts[c]! : null)),
          },
        ];
      }),
    ) as MonteCarloResult['bands'];
    const summaries = Object.fromEntries(
      SUMMARY_OUTPUTS.map((key, j) => [key, distributionOf(this.summary[j]!.subarray(0, done))]),
    ) as MonteCarloResult['summaries'];
    return {
      scenario_id: s.scenarioId,
      runs: done,
      seed: s.seed,
      sampling: s.sampling,
      years: [...s.years],
      inputs: s.inputs.map((input, k) => {
        const v = this.inputs[k]!.subarray(0, done);
        let sum = 0;
        let min = Infinity;
        let max = -Infinity;
        for (const x of v) {
          sum += x;
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
        return { id: input.id, name: input.name, address: input.address, mean: done > 0 ? sum / done : 0, min, max };
      }),
      bands,
      summaries,
      targets: s.targets.map((t, ti) => ({
        id: t.id,
        name: t.name,
        probability: s.years.map((_, y) => {
          const c = this.checked[ti * ny + y]!;
          return c > 0 ? this.met[ti * ny + y]! / c : null;
        }),
      })),
      rank_correlations: this.rankCorrelations(done),
    };
  }
}

type Correlations = MonteCarloResult['rank_correlations'][number]['correlations'];

/** Spearman and partial rank correlations of every input with every summary output. */
function rankCorrelationsOf(
  inputs: readonly UncertainInput[],
  values: readonly Float64Array[],
  summary: readonly Float64Array[],
  done: number,
): MonteCarloResult['rank_correlations'] {
  const xs = values.map((v) => v.subarray(0, done));
  const partial = SUMMARY_OUTPUTS.map((_, j) => partialRankCorrelations(xs, summary[j]!.subarray(0, done)));
  return inputs.map((input, k) => ({
    input_id: input.id,
    correlations: Object.fromEntries(
      SUMMARY_OUTPUTS.map((key, j) => [key, spearman(xs[k]!, summary[j]!.subarray(0, done))]),
    ) as Correlations,
    partial: Object.fromEntries(SUMMARY_OUTPUTS.map((key, j) => [key, partial[j]![k]!])) as Correlations,
  }));
}

function distributionOf(values: Float64Array): SummaryDistribution {
  const v = Array.from(values)
    .filter((x) => !Number.isNaN(x))
    .sort((a, b) => a - b);
  if (v.length === 0)
    return { count: 0, mean: null, p5: null, p50: null, p95: null, min: null, max: null, histogram: { edges: [], counts: [] } };
  let sum = 0;
  for (const x of v) sum += x;
  const min = v[0]!;
  const max = v[v.length - 1]!;
  const width = (max - min) / HISTOGRAM_BINS;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => (i === HISTOGRAM_BINS ? max : min + i * width));
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const x of v) counts[width > 0 ? Math.min(HISTOGRAM_BINS - 1, Math.floor((x - min) / width)) : 0]!++;
  return {
    count: v.length,
    mean: sum / v.length,
    p5: exactQuantile(v, 0.05),
    p50: exactQuantile(v, 0.5),
    p95: exactQuantile(v, 0.95),
    min,
    max,
    histogram: { edges, counts },
  };
}
