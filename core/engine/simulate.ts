import { CARRIER_IDS, ENERGY_KEYS } from '../model/carriers.ts';
import type { EnergyKey } from '../model/carriers.ts';
import { K, ELEC, HEAT, H2, GAS, COAL } from './context.ts';
import type { PlanContext, ScenarioFactors } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import { applyDemandMeasures, applyEfficiency, applySupplyMeasures, newYearState } from './apply-measures.ts';
import type { ElectricityModel } from './electricity.ts';
import { hydrogenBalance, resetHydrogenState, scheduleHydrogen, surplusHydrogen } from './hydrogen.ts';
import { electrolysisWarnings } from './hydrogen-emissions.ts';
import type { WarningCollector } from './warnings.ts';
import { ratio } from './indicators.ts';
import type { FOSSIL_ENERGY_KEYS } from './result-schema.ts';
import type { YearResult } from './result-schema.ts';
import type { CoveredCollector } from './covered-emissions.ts';

const TOL = 1e-9;

function carrierRecord(values: ArrayLike<number>): Record<EnergyKey, number> {
  const out = {} as Record<EnergyKey, number>;
  for (let k = 0; k < K; k++) out[ENERGY_KEYS[k]!] = values[k]!;
  return out;
}

/**
 * The annual pathway of one scenario with a given list of compiled measures. Pure and
 * deterministic; `targets` are left empty (run.ts checks them over the whole pathway).
 * `covered`, when given, collects the emissions of the enterprises covered by a carbon market.
 */
export function simulate(
  ctx: PlanContext,
  sf: ScenarioFactors,
  ms: readonly CompiledMeasure[],
  model: ElectricityModel,
  w: WarningCollector,
  covered: CoveredCollector | null = null,
): YearResult[] {
  const nMeasureSlots = ms.reduce((max, cm) => Math.max(max, cm.index + 1), 0);
  const st = newYearState(ctx, nMeasureSlots);
  const t0 = ctx.years[0]!;
  const horizonIndex = ctx.years.length - 1;
  const byCarrier = new Float64Array(K);
  const activityTotals = new Float64Array(K);
  const clamp = new Float64Array(K);
  const tceByCarrier = new Float64Array(K);
  const out: YearResult[] = [];

  for (let yi = 0; yi < ctx.years.length; yi++) {
    const year = ctx.years[yi]!;
    const t = year - t0;
    st.year = year;
    st.yi = yi;
    st.park.fill(0);
    st.delta.fill(0);
    st.pv_mwh = st.wind_mwh = st.pressure_mwh = st.waste_recovered_gj = 0;
    resetHydrogenState(st.h2);
    st.ccus_t = st.sinks_t = st.offsets_t = st.offsets_cny = 0;
    st.storage.length = 0;
    st.storageMeasures.length = 0;
    st.measure_mwh.fill(0);
    st.park_elec.fill(0);

    // Inventory: base-year use grown with output and reduced by autonomous efficiency gains.
    // Output grows at each consumer's own constant rate, or by the scenario's park-wide path
    // (factors precomputed per year in scenarioFactors).
    const parkGrowth = sf.outputGrowth === null ? null : sf.outputGrowth[yi]!;
    let output = 0;
    let va = 0;
    let processT = 0;
    let wasteAvail = 0;
    activityTotals.fill(0);
    for (let c = 0; c < ctx.nC; c++) {
      const g = parkGrowth === null ? Math.pow(1 + ctx.growth[c]!, t) : parkGrowth;
      const e = Math.pow(1 - ctx.effGain[c]!, t);
      st.gf[c] = g;
      output += ctx.output[c]! * g;
      va += ctx.va[c]! * g;
      processT += ctx.process[c]! * g;
      wasteAvail += ctx.wasteAvail[c]! * g;
      for (let k = 0; k < K; k++) {
        const a = ctx.base[c * K + k]! * g * e;
        st.activity[c * K + k] = a;
        st.cur[c * K + k] = a;
        activityTotals[k]! += a;
      }
    }

    applyEfficiency(st, ms, ctx, w);
    applyDemandMeasures(st, ms, ctx, w);
    // Hydrogen balance (hydrogen.ts): scheduled electrolysers serve the park's hydrogen uses;
    // surplus-following ones take the hourly surplus left by every other load (pre-pass of the
    // electricity model), before storage and export.
    scheduleHydrogen(st, ms, ctx, sf.hydrogenSalePrice);
    applySupplyMeasures(st, ms, ctx, w);
    model.followSurplus(ctx, st, ms);
    surplusHydrogen(st, ms, ctx, sf.hydrogenSalePrice, w);

    // Final use by carrier; anything below zero is clamped and reported.
    byCarrier.fill(0);
    clamp.fill(0);
    for (let c = 0; c < ctx.nC; c++)
      for (let k = 0; k < K; k++) {
        let v = st.cur[c * K + k]!;
        if (v < 0) {
          if (v < -TOL * (1 + st.activity[c * K + k]!))
            w.add(
              'negative_energy_clamped',
              `consumers[${c}].energy.${ENERGY_KEYS[k]}`,
              `Measures would take this consumer's ${ENERGY_KEYS[k]} below zero (${v.toFixed(3)}); clamped at 0`,
              { carrier: CARRIER_IDS[k]!, amount: v, consumer: ctx.plan.consumers[c]?.name ?? '' },
              year,
            );
          clamp[k]! -= v;
          v = 0;
        }
        byCarrier[k]! += v;
      }
    // Park-level additions (new electric loads, purchased hydrogen) are sums of non-negative
    // terms; float rounding in their products can still leave a denormal below zero
    // (-5e-324 was seen), which must not be reported as negative energy.
    for (let k = 0; k < K; k++) byCarrier[k] = Math.max(0, byCarrier[k]! + st.park[k]!);

    // Electricity balance: hourly dispatch (default) or annual netting, through `model`.
    const demand = byCarrier[ELEC]!;
    const bal = model.balance(ctx, st, ms, demand);
    // Storage adds its net charge (charge - discharge = losses + change of stored energy) to
    // consumption, so that consumption = self-consumed + import exactly. It is negative in a
    // year that ends below its start (stored energy served load; the start is the previous
    // year's end, so over a pathway it never exceeds the first year's start), and is booked on the
    // storage measures in proportion to their losses.
    const netCharge = bal.storage_net_charge_mwh;
    if (netCharge !== 0 && st.storage.length > 0) {
      let weight = 0;
      st.storage.forEach((s) => (weight += s.usable_kwh * (1 - s.round_trip_efficiency)));
      let usable = 0;
      st.storage.forEach((s) => (usable += s.usable_kwh));
      st.storage.forEach((s, i) => {
        const share =
          weight > 0
            ? (s.usable_kwh * (1 - s.round_trip_efficiency)) / weight
            : usable > 0
              ? s.usable_kwh / usable
              : 1 / st.storage.length;
        st.delta[st.storageMeasures[i]! * K + ELEC]! += netCharge * share;
      });
      // Rounding only: consumption cannot fall below zero (discharge never exceeds load).
      byCarrier[ELEC] = Math.max(0, byCarrier[ELEC]! + netCharge);
    }
    if (bal.method === 'annual' && bal.exported_mwh > 0)
      w.add(
        'surplus_exported_annual',
        sf.scenarioPath,
        `On-site generation exceeds the annual demand; ${Math.round(bal.exported_mwh)} MWh counted as exported (annual netting, no export limit)`,
        { exported_mwh: bal.exported_mwh },
        year,
        'info',
      );
    if (bal.method === 'hourly' && bal.curtailed_mwh > 1e-6)
      w.add(
        'surplus_curtailed',
        `${sf.scenarioPath}.settings.export_limit_kw`,
        `On-site generation beyond load, storage and the export limit is curtailed (${Math.round(bal.curtailed_mwh)} MWh in the year; limit ${sf.exportLimitKw === null ? 'none' : `${sf.exportLimitKw} kW`})`,
        sf.exportLimitKw === null
          ? { variant: 'unlimited', curtailed_mwh: bal.curtailed_mwh }
          : { variant: 'limited', curtailed_mwh: bal.curtailed_mwh, export_limit_kw: sf.exportLimitKw },
        year,
        'info',
      );
    if (bal.method === 'hourly' && st.storage.length > 0 && bal.storage_charge_mwh === 0)
      for (const i of st.storageMeasures)
        w.add(
          'storage_idle',
          ms.find((cm) => cm.index === i)?.path ?? sf.scenarioPath,
          'Storage never charges: on-site generation never exceeds the load in any hour and load following does not charge from the grid; it only releases the energy it started with. Time-of-use arbitrage or peak shaving (scenario settings) charge from the grid',
          {},
          year,
          'info',
        );
    const gridImport = bal.grid_import_mwh;

    // Green power: bought with certificates, counts at zero; capped at the grid purchase.
    // grid_green electrolysers' electricity comes first, then the green_power measures.
    const h2Green = Math.min(st.h2.green_mwh, gridImport);
    let greenPremium = st.h2.green_mwh > 0 ? (st.h2.green_premium_cny * h2Green) / st.h2.green_mwh : 0;
    const greenRoom = gridImport - h2Green;
    let green = 0;
    for (const cm of ms) {
      const m = cm.measure;
      const r = cm.ramp[yi]!;
      if (m.kind !== 'green_power' || r === 0) continue;
      green += m.params.mode === 'share' ? m.params.share_of_grid * r * gridImport : m.params.amount_mwh * r;
    }
    if (green > greenRoom * (1 + TOL)) {
      const p = ms.find((cm) => cm.measure.kind === 'green_power');
      w.add(
        'green_power_exceeds_import',
        `${p?.path ?? 'scenarios'}.params`,
        `Green-power purchases (${Math.round(green)} MWh) exceed the grid purchase (${Math.round(gridImport)} MWh); capped`,
        { green_mwh: green, import_mwh: greenRoom },
        year,
      );
    }
    green = Math.min(green, greenRoom);
    for (const cm of ms) {
      const m = cm.measure;
      const r = cm.ramp[yi]!;
      if (m.kind !== 'green_power' || r === 0) continue;
      const mine = m.params.mode === 'share' ? m.params.share_of_grid * r * gridImport : m.params.amount_mwh * r;
      greenPremium += Math.min(mine, green) * m.params.premium_cny_per_mwh;
    }
    green += h2Green;

    // Emissions. DOMAIN.md green-power rule: green MWh at zero; the remaining purchase at the
    // factor excluding market-traded non-fossil power. Without green power: the average factor.
    const useExcl = green > 0;
    const gridFactor = useExcl ? sf.gridExcl[yi]! : sf.gridAvg[yi]!;
    const scope2Elec = (gridImport - green) * gridFactor;
    if (useExcl && scope2Elec > gridImport * sf.gridAvg[yi]! * (1 + TOL))
      w.add(
        'green_power_raises_factor',
        sf.scenarioPath,
        'The green-power rule raises scope 2: the remaining purchase at the factor excluding market-traded non-fossil power outweighs the green MWh',
        {},
        year,
        'info',
      );
    covered?.record(ctx, st, demand, scope2Elec);
    const scope2Heat = byCarrier[HEAT]! * ctx.heatCo2PerGj;
    const byFuel = {} as Record<(typeof FOSSIL_ENERGY_KEYS)[number], number>;
    let fuelCo2 = 0;
    for (let k = 0; k < K; k++) {
      const cc = ctx.carriers[k]!;
      if (!cc.fossil) continue;
      const e = byCarrier[k]! * cc.co2_per_unit;
      byFuel[cc.key as (typeof FOSSIL_ENERGY_KEYS)[number]] = e;
      fuelCo2 += e;
    }
    fuelCo2 += byCarrier[H2]! * ctx.carriers[H2]!.co2_per_unit;
    const scope1 = fuelCo2 + processT;
    electrolysisWarnings(st, ms, ctx, w, gridFactor, gridImport, bal.self_consumed_mwh);
    const scope2 = scope2Elec + scope2Heat;
    const gross = scope1 + scope2;
    const net = gross - st.ccus_t - st.sinks_t - st.offsets_t;

    // Energy in tce by both methods.
    let tceEq = 0;
    for (let k = 0; k < K; k++) {
      tceByCarrier[k] = byCarrier[k]! * ctx.carriers[k]!.tce_eq_per_unit;
      tceEq += tceByCarrier[k]!;
    }
    const elecTceEq = tceByCarrier[ELEC]!;
    const coalRate = sf.coalMethodTcePerMwh[yi]!;
    const elecTceCoal = byCarrier[ELEC]! * coalRate;
    const tceCoal = tceEq - elecTceEq + elecTceCoal;

    // Non-fossil electricity.
    const generation = st.pv_mwh + st.wind_mwh + st.pressure_mwh;
    const reSelf = generation > 0 ? (bal.self_consumed_mwh * (st.pv_mwh + st.wind_mwh)) / generation : 0;
    // Share indicators read the grid's non-fossil part from the AVERAGE series whatever the
    // scope-2 rule applied: green MWh count fully non-fossil, the rest of the purchase at the
    // average part. Reading it from the applied factor (the series excluding market-traded
    // non-fossil power once any green power is bought) made buying green power LOWER the
    // statistical share (README, "Non-fossil electricity").
    const gridNonFossil = Math.min(1, Math.max(0, 1 - sf.gridAvg[yi]! / sf.fossil[yi]!));
    const nonFossilMwh = reSelf + green + (gridImport - green) * gridNonFossil;
    const cleanTceEq = nonFossilMwh * ctx.carriers[ELEC]!.tce_eq_per_unit + tceByCarrier[GAS]! + tceByCarrier[H2]!;
    const cleanTceCoal = nonFossilMwh * coalRate + tceByCarrier[GAS]! + tceByCarrier[H2]!;
    const energyCo2 = fuelCo2 + scope2;

    // Costs.
    let capex = 0;
    let opex = 0;
    let residual = 0;
    for (const cm of ms) {
      capex += cm.capex[yi]!;
      opex += cm.fixed_opex[yi]!;
      if (yi === horizonIndex) residual += cm.residual_value;
    }
    let fuelCny = 0;
    for (let k = 0; k < K; k++) if (k !== ELEC) fuelCny += byCarrier[k]! * sf.prices[k]!;
    const h2 = hydrogenBalance(st.h2);
    const h2SalesCny = sf.hydrogenSalePrice === null ? 0 : h2.sold_t * sf.hydrogenSalePrice;
    const exportRevenue = bal.export_revenue_cny;
    const electricityCny = bal.import_cost_cny + bal.demand_charge_cny + greenPremium - exportRevenue;
    const carbonCny = sf.carbonPrice[yi]! * Math.max(0, net);
    // The residual value is its own line, not netted into the horizon year's total (NPV credits it);
    // surplus hydrogen sold is a credit.
    const total = capex + opex + fuelCny + electricityCny + carbonCny + st.offsets_cny - h2SalesCny;

    const deltas: YearResult['energy']['measure_deltas'] = [];
    for (const cm of ms)
      for (let k = 0; k < K; k++) {
        const dlt = st.delta[cm.index * K + k]!;
        if (dlt !== 0) deltas.push({ source: cm.measure.id, carrier: ENERGY_KEYS[k]!, delta: dlt });
      }
    for (let k = 0; k < K; k++) if (clamp[k] !== 0) deltas.push({ source: 'clamp', carrier: ENERGY_KEYS[k]!, delta: clamp[k]! });

    out.push({
      year,
      activity: { output_value_10k_cny: output, value_added_10k_cny: va },
      energy: {
        by_carrier: carrierRecord(byCarrier),
        activity_by_carrier: carrierRecord(activityTotals),
        measure_deltas: deltas,
        tce_equivalent: tceEq,
        tce_coal_method: tceCoal,
        tce_by_carrier_equivalent: carrierRecord(tceByCarrier),
        electricity: {
          demand_mwh: demand,
          pv_mwh: st.pv_mwh,
          wind_mwh: st.wind_mwh,
          pressure_power_mwh: st.pressure_mwh,
          self_consumed_mwh: bal.self_consumed_mwh,
          renewable_self_consumed_mwh: reSelf,
          exported_mwh: bal.exported_mwh,
          curtailed_mwh: bal.curtailed_mwh,
          grid_import_mwh: gridImport,
          green_power_mwh: green,
          storage_losses_mwh: bal.storage_losses_mwh,
          storage_throughput_mwh: bal.storage_throughput_mwh,
          peak_import_kw: bal.peak_import_kw,
          non_fossil_mwh: nonFossilMwh,
          balance_method: bal.method,
          direct_use_mwh: bal.direct_use_mwh,
          storage_charge_mwh: bal.storage_charge_mwh,
          storage_discharge_mwh: bal.storage_discharge_mwh,
          storage_soc_change_mwh: bal.storage_soc_change_mwh,
          storage_start_mwh: bal.storage_start_mwh,
          storage_end_mwh: bal.storage_end_mwh,
          storage_grid_charge_mwh: bal.storage_grid_charge_mwh,
          storage_rule: bal.storage_rule,
          storage_net_charge_mwh: bal.storage_net_charge_mwh,
          storage_equivalent_cycles: bal.storage_equivalent_cycles,
          peak_import_hour: bal.peak_import_hour,
          self_sufficiency: ratio(bal.self_consumed_mwh, bal.self_consumed_mwh + gridImport),
          self_consumption_share: ratio(bal.self_consumed_mwh, generation),
          import_cost_cny: bal.import_cost_cny,
          import_by_period_mwh: bal.import_by_period_mwh,
          import_cost_by_period_cny: bal.import_cost_by_period_cny,
          demand_charge_cny: bal.demand_charge_cny,
        },
        waste_heat_recovered_gj: st.waste_recovered_gj,
        waste_heat_available_gj: wasteAvail,
        hydrogen_produced_t: h2.produced_t,
        hydrogen: { ...h2, sale_revenue_cny: h2SalesCny },
      },
      emissions: {
        scope1_tco2: scope1,
        scope1_fuel_tco2: fuelCo2,
        scope1_by_fuel: byFuel,
        process_tco2: processT,
        scope2_tco2: scope2,
        scope2_electricity_tco2: scope2Elec,
        scope2_heat_tco2: scope2Heat,
        gross_tco2: gross,
        ccus_tco2: st.ccus_t,
        sinks_tco2: st.sinks_t,
        offsets_tco2: st.offsets_t,
        net_tco2: net,
      },
      factors: {
        grid_average_tco2_per_mwh: sf.gridAvg[yi]!,
        grid_excl_market_tco2_per_mwh: sf.gridExcl[yi]!,
        grid_applied_tco2_per_mwh: gridFactor,
        grid_applied_series: useExcl ? 'excl_market' : 'average',
        grid_basis: sf.gridBasis[yi]!,
        grid_non_fossil_fraction: gridNonFossil,
        electricity_coal_method_tce_per_mwh: coalRate,
        carbon_price_cny_per_t: sf.carbonPrice[yi]!,
      },
      indicators: {
        coal_t: byCarrier[COAL]!,
        total_tce_equivalent: tceEq,
        total_tce_coal_method: tceCoal,
        gross_emissions_tco2: gross,
        net_emissions_tco2: net,
        co2_per_tce_equivalent: ratio(energyCo2, tceEq),
        co2_per_tce_coal_method: ratio(energyCo2, tceCoal),
        tco2_per_10k_cny_va: ratio(gross, va),
        tce_per_10k_cny_va_equivalent: ratio(tceEq, va),
        tce_per_10k_cny_va_coal_method: ratio(tceCoal, va),
        non_fossil_share_equivalent: ratio(nonFossilMwh * ctx.carriers[ELEC]!.tce_eq_per_unit, tceEq),
        non_fossil_share_coal_method: ratio(nonFossilMwh * coalRate, tceCoal),
        clean_energy_share_equivalent: ratio(cleanTceEq, tceEq),
        clean_energy_share_coal_method: ratio(cleanTceCoal, tceCoal),
        renewable_electricity_share: ratio(reSelf + green, byCarrier[ELEC]!),
        renewable_electricity_share_incl_grid: ratio(nonFossilMwh, byCarrier[ELEC]!),
        electrification_rate_equivalent: ratio(elecTceEq, tceEq),
        electrification_rate_coal_method: ratio(elecTceCoal, tceCoal),
        waste_heat_utilisation: ratio(st.waste_recovered_gj, wasteAvail),
      },
      targets: [],
      costs: {
        capex_cny: capex,
        residual_value_cny: residual,
        fixed_opex_cny: opex,
        fuel_cny: fuelCny,
        electricity_cny: electricityCny,
        green_premium_cny: greenPremium,
        export_revenue_cny: exportRevenue,
        demand_charge_cny: bal.demand_charge_cny,
        carbon_cny: carbonCny,
        offsets_cny: st.offsets_cny,
        hydrogen_sales_cny: h2SalesCny,
        total_cny: total,
      },
    });
  }
  return out;
}
