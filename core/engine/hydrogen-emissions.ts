import type { PlanContext } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import type { YearState } from './apply-measures.ts';
import type { WarningCollector } from './warnings.ts';
import { electrolyserMode } from './hydrogen.ts';

/**
 * Says when an electrolyser raises the park's emissions: the CO2 of the grid electricity it
 * draws exceeds the fuel CO2 its hydrogen displaces. Hydrogen that replaces purchased
 * hydrogen (vehicles, enterprises) displaces nothing in scopes 1 and 2, since purchased
 * hydrogen counts at zero (its upstream is scope 3), so making it on grid power always adds.
 * Grid electricity of an electrolyser:
 *   - renewable_surplus: its minimum-load top-up from the grid (exact, from the pre-pass);
 *   - grid_green: none (covered by green power);
 *   - fixed_hours: its electricity x the park's grid share of the year (import / (import +
 *     self-consumed)), an average: the dispatch does not trace which load the PV served.
 */
export function electrolysisWarnings(
  st: YearState,
  ms: readonly CompiledMeasure[],
  _ctx: PlanContext,
  w: WarningCollector,
  gridFactor: number,
  gridImportMwh: number,
  selfConsumedMwh: number,
): void {
  const h = st.h2;
  const supplied = gridImportMwh + selfConsumedMwh;
  const gridShare = supplied > 0 ? gridImportMwh / supplied : 0;
  for (const cm of ms) {
    const m = cm.measure;
    if (m.kind !== 'green_hydrogen' || cm.ramp[st.yi]! === 0) continue;
    const i = cm.index;
    const mode = electrolyserMode(m.params);
    const gridMwh =
      mode === 'grid_green' ? 0 : mode === 'renewable_surplus' ? h.surplus_grid_mwh[i]! : h.elec_mwh[i]! * gridShare;
    const gridTco2 = gridMwh * gridFactor;
    const displaced = h.displaced_tco2[i]!;
    if (gridTco2 > displaced * (1 + 1e-9) && gridTco2 > 1e-6)
      w.add(
        'electrolysis_raises_emissions',
        `${cm.path}.params.operating_mode`,
        `The electrolyser draws about ${gridMwh.toFixed(0)} MWh from the grid (${gridTco2.toFixed(0)} tCO2 at the year's grid factor) while its hydrogen displaces ${displaced.toFixed(0)} tCO2 of fuel: it raises the park's emissions (hydrogen replacing purchased hydrogen displaces nothing, as purchased hydrogen counts at zero)`,
        { grid_mwh: gridMwh, grid_tco2: gridTco2, displaced_tco2: displaced },
        st.year,
      );
  }
}
