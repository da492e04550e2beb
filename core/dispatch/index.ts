/**
 * Hourly electricity dispatch (DOMAIN.md, "Hourly dispatch: the reference rule") for every
 * year of a pathway. Pure and allocation-free per year: a workspace owns all arrays.
 *
 * Public API
 *   dispatchYear(hourly, storage, export_limit_mw, tariff, out) -> DispatchTotals
 *       one year; reads hourly.load_mw / generation_mw, writes the other hourly arrays and `out`
 *   runPathway(profiles, inputs, tariff, workspace, onYear?) -> PathwayTotals (Float64Array per total, by year)
 *   runPathwayYear(profiles, inputs, year_index, tariff, workspace) -> DispatchTotals (one year, for year loops)
 *   createPathwayInputs(profiles, first_year, n_years) / createPathwayWorkspace(n_years)
 *   createProfileCache(city, province, {weather?}) -> {ok, value: ProfileCache} | {ok:false, message}
 *       once per plan: weather, PV per orientation, wind per hub height, load shapes (memoised)
 *   sharedProfileCache(city, province) -> the same, memoised across plans for the last few sites
 *   scenarioProfiles(cache, measures, {default_wind_full_load_hours?, electrolyser_mode?, overrides?}) -> ScenarioProfiles
 *       the load classes and generators of one scenario, with their index maps
 *   combineStorage(units in kW/kWh) -> StorageSpec (MW/MWh)
 *   dispatchStorageYear(hourly, storage, export_limit_mw, tariff, out, {strategy, start_mwh, grid_import_cap_mw, peak_target_mw})
 *       one year under a storage strategy (load following, TOU arbitrage, peak shaving, best for the bill)
 *   touTariff(definition, {flat_import_cny_per_mwh, export_cny_per_mwh}) / flatTariff(import, export)
 *   provinceTou(province) -> {def, found}: the province's TOU table (tariffs-cn.ts), Sichuan-like when unknown
 *   customTou(table) -> a user's TOU table (scenario setting tou_tariff) as a definition
 *   followSurplus(load_mw, generation_mw, electrolysers, power, totals): the surplus-following
 *       electrolysers' pre-pass (before the dispatch: they take surplus before storage and export)
 * Units: hourly arrays in MW (= MWh per hour), energies MWh, prices CNY/MWh, money CNY.
 * How the engine calls this: core/dispatch/README.md.
 */
export { dispatchYear } from './dispatch.ts';
export { createHourlyDispatch, createTotals, checkStorage, TOTAL_KEYS, NO_STORAGE } from './dispatch-types.ts';
export { dispatchStorageYear, yearBill, STORAGE_RULES, STORAGE_STRATEGIES, LOAD_FOLLOWING } from './strategies.ts';
export type { StorageOptions, StorageRule, StorageStrategy } from './strategies.ts';
export { PROVINCE_TOU, provinceTou, customTou } from './tariffs-cn.ts';
export type { ProvinceTouResult } from './tariffs-cn.ts';
export type { StorageSpec, HourlyDispatch, DispatchTotals, TotalKey } from './dispatch-types.ts';
export {
  runPathway,
  runPathwayYear,
  createPathwayInputs,
  createPathwayWorkspace,
  combineStorage,
  checkProfiles,
  yearStartMwh,
} from './pathway.ts';
export type { PathwayProfiles, PathwayInputs, PathwayTotals, PathwayWorkspace, YearObserver } from './pathway.ts';
export {
  createProfileCache,
  sharedProfileCache,
  clearSharedProfileCaches,
  scenarioProfiles,
  climateFromWeather,
} from './scenario-profiles.ts';
export type {
  ProfileCache,
  ProfileCacheOptions,
  ProfileCacheResult,
  ScenarioProfiles,
  ScenarioProfileOptions,
} from './scenario-profiles.ts';
export { touTariff, flatTariff, touPeriodAt, touShape, touDay, checkTouTable, SICHUAN_LIKE_TOU, TOU_PERIODS } from './tariff.ts';
export { followSurplus, hourlySum } from './electrolyser-surplus.ts';
export type { SurplusElectrolyser } from './electrolyser-surplus.ts';
export type { Tariff, TouDefinition, TouPeriod, TouPrices } from './tariff.ts';
