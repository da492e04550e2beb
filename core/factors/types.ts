/**
 * One number of the factor library, with where it comes from. Reports show `source`; the
 * `secondary` flag says the value was read in a reprint, not in the original publication.
 */
export interface FactorValue {
  value: number;
  /** Unit of `value`, as printed in the source where possible (kgce/kg, tC/TJ, tCO2/MWh). */
  unit: string;
  /** Publication (or derivation) the value comes from. */
  source: string;
  /** Data year the value describes; null for constants and standard coefficients. */
  year: number | null;
  /** Which series the value belongs to (for example `MEE/NBS grid average`). */
  series: string;
  /** True when read in a reprint rather than the original (DOMAIN.md's "secondary"). */
  secondary: boolean;
  /** How the value was obtained when it is not printed anywhere (derived, estimated). */
  note?: string;
}

/** A library value as resolved for one plan: the value plus whether a project override set it. */
export interface ResolvedFactor extends FactorValue {
  key: string;
  overridden: boolean;
}
