import type ExcelJS from 'exceljs';
import { CARRIERS } from '../../../../core/model/carriers.ts';
import { resolveScenario } from '../../../../core/engine/index.ts';
import type { ReportModel } from '../report-model.ts';
import { carrierName, indicatorName, kindName, loadProfileName, regionName, scopeName, sectorName, t } from '../i18n.ts';
import { carrierUnit, formatDate, headed, unit } from '../format.ts';
import { indicatorDefinition, indicatorKey } from '../../../../core/engine/index.ts';
import { technologyName } from '../cost-library.ts';
import { addTableSheet, type CellValue } from './sheet.ts';

const INT = '#,##0';
const DEC = '#,##0.00';
const PCT = '0.0%';

/** Inputs: the park, its enterprises, every scenario with its measures and overrides, the targets. */
export function addInputSheets(wb: ExcelJS.Workbook, m: ReportModel): void {
  const { lang, plan } = m;
  const park = plan.park;
  const kv: [string, CellValue][] = [
    [t(lang, 'name'), park.name],
    [t(lang, 'province'), park.province],
    [t(lang, 'city'), park.city],
    [t(lang, 'gridRegion'), regionName(park.grid_region, lang)],
    [t(lang, 'baseYear'), park.base_year],
    [t(lang, 'horizonYear'), park.horizon_year],
    [t(lang, 'discountRate'), park.discount_rate],
    [t(lang, 'illustrativeFlag'), park.illustrative ? t(lang, 'yes') : t(lang, 'no')],
    [t(lang, 'description'), park.description],
    [t(lang, 'fingerprint'), m.fingerprint],
    [t(lang, 'generatedOn'), formatDate(m.date, lang)],
  ];
  const parkSheet = addTableSheet(wb, t(lang, 'sheetPark'), [{ header: t(lang, 'field') }, { header: t(lang, 'value') }], kv);
  // The discount rate is a fraction; show it as a percentage without turning it into text.
  parkSheet.getCell(8, 2).numFmt = PCT;

  addTableSheet(
    wb,
    t(lang, 'sheetConsumers'),
    [
      { header: t(lang, 'id') },
      { header: t(lang, 'name') },
      { header: t(lang, 'sector') },
      { header: t(lang, 'loadProfile') },
      { header: headed(t(lang, 'outputValue'), unit('cny_10k', lang)), numFmt: INT },
      { header: headed(t(lang, 'valueAdded'), unit('cny_10k', lang)), numFmt: INT },
      ...CARRIERS.map((c) => ({ header: headed(carrierName(c.id, lang), carrierUnit(c.id, lang)), numFmt: INT })),
      { header: headed(t(lang, 'processEmissions'), unit('tco2_per_year', lang)), numFmt: INT },
      { header: headed(t(lang, 'outputGrowth'), '%'), numFmt: PCT },
      { header: headed(t(lang, 'efficiencyGain'), '%'), numFmt: PCT },
      { header: headed(t(lang, 'roofArea'), unit('m2', lang)), numFmt: INT },
      { header: headed(t(lang, 'wasteHeat'), `GJ${unit('per_year', lang)}`), numFmt: INT },
    ],
    plan.consumers.map((c) => [
      c.id,
      c.name,
      sectorName(c.sector, lang),
      loadProfileName(c.load_profile, lang),
      c.output_value_10k_cny,
      c.value_added_10k_cny,
      ...CARRIERS.map((k) => c.energy[k.energyKey]),
      c.process_emissions_tco2,
      c.output_growth_rate,
      c.efficiency_gain_rate,
      c.roof_area_m2,
      c.waste_heat_available_gj,
    ]),
  );

  const resolved = plan.scenarios.map((s) => ({ s, settings: resolveScenario(plan, s.id).settings }));
  const prices = Object.keys(
    resolved[0]!.settings.energy_prices,
  ) as (keyof (typeof resolved)[number]['settings']['energy_prices'])[];
  addTableSheet(
    wb,
    t(lang, 'sheetScenarios'),
    [
      { header: t(lang, 'id') },
      { header: t(lang, 'name') },
      { header: t(lang, 'parent') },
      { header: t(lang, 'gridScope') },
      { header: headed(t(lang, 'gridDecline'), `%${unit('per_year', lang)}`), numFmt: PCT },
      { header: headed(t(lang, 'carbonPrice'), unit('cny_per_tco2', lang)) },
      { header: headed(t(lang, 'outputGrowth'), `%${unit('per_year', lang)}`) },
      // Price keys carry their unit in the name (coal_cny_per_t), as in the plan file.
      ...prices.map((p) => ({ header: p, numFmt: DEC })),
      { header: t(lang, 'gridVintage') },
      { header: t(lang, 'description') },
    ],
    resolved.map(({ s, settings }) => [
      s.id,
      s.name,
      s.parent_id,
      scopeName(settings.grid_factor_scope, lang),
      settings.grid_factor_decline_rate,
      settings.carbon_price_cny_per_t.map((p) => `${p.year}: ${p.value}`).join('; '),
      // A path reads as year: % per year, like the carbon price's year: price.
      settings.output_growth_path === null
        ? t(lang, 'outputGrowthOwn')
        : settings.output_growth_path.map((p) => `${p.year}: ${Number((p.value * 100).toPrecision(12))}`).join('; '),
      ...prices.map((p) => settings.energy_prices[p]),
      settings.grid_factor_vintage_year === null ? t(lang, 'gridVintageLatest') : settings.grid_factor_vintage_year,
      s.description,
    ]),
  );

  addTableSheet(
    wb,
    t(lang, 'sheetMeasures'),
    [
      { header: t(lang, 'scenario') },
      { header: t(lang, 'id') },
      { header: t(lang, 'name') },
      { header: t(lang, 'kind') },
      { header: t(lang, 'start') },
      { header: headed(t(lang, 'ramp'), unit('years', lang)) },
      { header: headed(t(lang, 'lifetime'), unit('years', lang)) },
      { header: t(lang, 'technology') },
      { header: headed(t(lang, 'unitCapex'), 'CNY') },
      { header: headed(t(lang, 'unitCapexKw'), 'CNY/kW') },
      { header: headed(t(lang, 'unitOpex'), `CNY${unit('per_year', lang)}`) },
      { header: headed(t(lang, 'fixedPartCapex'), 'CNY'), numFmt: INT },
      { header: headed(t(lang, 'fixedPartOpex'), `CNY${unit('per_year', lang)}`), numFmt: INT },
      { header: t(lang, 'consumers') },
      { header: t(lang, 'params') },
      { header: t(lang, 'note') },
    ],
    plan.scenarios.flatMap((s) =>
      s.measures.map((x) => [
        s.id,
        x.id,
        x.name,
        kindName(x.kind, lang),
        x.start_year,
        x.ramp_years,
        x.lifetime_years,
        x.technology === undefined ? '' : technologyName(x.technology, lang),
        x.capex_cny_per_unit ?? t(lang, 'fromLibrary'),
        x.capex_cny_per_kw ?? (x.kind === 'storage' ? t(lang, 'fromLibrary') : ''),
        x.fixed_opex_cny_per_unit_year ?? t(lang, 'fromLibrary'),
        x.capex_cny,
        x.fixed_opex_cny_per_year,
        x.consumer_ids.join(', '),
        JSON.stringify(x.params),
        x.notes,
      ]),
    ),
  );

  const overrides = plan.scenarios.flatMap((s) =>
    s.measure_overrides.map(
      (o) => [s.id, o.measure_id, o.disabled ? t(lang, 'yes') : t(lang, 'no'), JSON.stringify(o.set)] as CellValue[],
    ),
  );
  if (overrides.length > 0)
    addTableSheet(
      wb,
      t(lang, 'overrides'),
      [
        { header: t(lang, 'scenario') },
        { header: t(lang, 'measure') },
        { header: t(lang, 'switchedOff') },
        { header: t(lang, 'params') },
      ],
      overrides,
    );

  addTableSheet(
    wb,
    t(lang, 'sheetTargets'),
    [
      { header: t(lang, 'id') },
      { header: t(lang, 'name') },
      { header: t(lang, 'indicator') },
      { header: t(lang, 'bound') },
      { header: t(lang, 'path') },
      { header: t(lang, 'source') },
      { header: t(lang, 'numerator') },
      { header: t(lang, 'denominator') },
      { header: t(lang, 'method') },
    ],
    plan.targets.map((x) => {
      const method = x.kind === 'limit' ? x.energy_method : 'equivalent';
      const d = indicatorDefinition(x.indicator, method, lang);
      return [
        x.id,
        x.name,
        indicatorName(indicatorKey(x.indicator, method), lang),
        x.kind === 'limit' ? (x.bound === 'max' ? '≤' : '≥') : `${t(lang, 'peakBy')} ${x.peak_by_year}`,
        x.kind === 'limit' ? x.path.map((p) => `${p.year}: ${p.value}`).join('; ') : '',
        x.source,
        d.numerator,
        d.denominator ?? t(lang, 'notRatio'),
        d.method,
      ];
    }),
  );
}
