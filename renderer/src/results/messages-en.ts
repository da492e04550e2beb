/**
 * English strings of the Results and Compare screens. Mounted into the language files as
 * `results` and `compare` (renderer/src/i18n/en.ts), so t() keys stay type-checked.
 */
export const resultsEn = {
  title: 'Results',
  intro: 'Year-by-year results of a scenario, recomputed after every edit.',
  scenario: 'Scenario',
  computing: 'Computing…',
  waiting: 'Computing the results…',
  noData: 'No data: this result has no years.',
  parentLabel: 'Compared with its parent: {{name}}',
  rootLabel: 'Root scenario (no parent)',
  tabsLabel: 'Result views',
  tab: {
    pathway: 'Pathway',
    sources: 'Sources',
    energy: 'Energy mix',
    flow: 'Energy flow',
    hourly: 'Hourly',
    indicators: 'Indicators',
    mac: 'Abatement cost',
    costs: 'Costs',
    warnings: 'Warnings',
  },
  figures: {
    label: 'Key figures',
    netIn: 'Net emissions {{year}}',
    cumulative: 'Cumulative net emissions {{from}}–{{to}}',
    peakYear: 'Peak year of net emissions',
    notPeakedBy: 'Not peaked by {{year}}',
    npv: 'NPV of total cost',
    targets: 'Targets met',
    targetsOf: '{{passed}} of {{total}}',
    noTargets: 'none set',
  },
  axis: {
    withUnit: '{{name}} ({{unit}})',
    year: 'Year',
    dayOfYear: 'Day of the year',
    hour: 'Hour of day',
    emissions: 'Emissions',
    abatement: 'Abatement vs parent',
    energy: 'Energy use',
    cost: 'Cost',
    mac: 'Marginal abatement cost',
    averageAbatement: 'Average annual abatement',
  },
  unit: {
    tco2: 'tCO₂',
    tco2PerYear: 'tCO₂/yr',
    mw: 'MW',
    tce: 'tce',
    t: 't',
    cny10k: '10⁴ CNY',
    cnyPerTco2: 'CNY/tCO₂',
    tco2PerTce: 'tCO₂/tce',
    tco2Per10kCny: 'tCO₂/10⁴ CNY',
    tcePer10kCny: 'tce/10⁴ CNY',
    share: '%',
  },
  series: {
    net: 'Net emissions',
    gross: 'Gross emissions',
    scope1: 'Scope 1',
    scope2: 'Scope 2',
    capLimit: '{{name}} (cap)',
    peakLimit: '{{name}} (peak level)',
    targetMet: 'Emission target met',
    targetMissed: 'Emission target missed',
  },
  tooltip: {
    margin: 'margin {{value}}',
    value: 'Value',
    limit: 'Limit',
    marginLabel: 'Margin',
  },
  pathway: {
    title: 'Emissions pathway against targets',
    note: 'Dashed lines: emission caps and peak levels from the plan’s targets; ● met, ▲ missed in that year.',
    noTargets: 'This plan has no emission cap or peak target; its other targets are on the Indicators tab.',
  },
  source: {
    title: 'Emissions by source',
    note: 'Scope 1 by fuel and process emissions, scope 2 by electricity and purchased heat; CCUS, carbon sinks and offsets below zero.',
    fuel: 'Scope 1: {{fuel}}',
    process: 'Process emissions',
    scope2_electricity: 'Scope 2: electricity',
    scope2_heat: 'Scope 2: purchased heat',
    ccus: 'CCUS',
    sinks: 'Carbon sinks',
    offsets: 'Offsets',
  },
  method: {
    label: 'Electricity counted by',
    equivalent: 'equivalent value',
    coal_method: 'coal-consumption method',
    note: 'GB/T 2589: the equivalent value counts electricity at 0.1229 kgce/kWh; the coal-consumption method at the year’s thermal-plant coal rate.',
  },
  energy: {
    title: 'Energy use by carrier',
    total: 'Total',
  },
  hydrogen: {
    title: 'Hydrogen balance',
    note: 'Tonnes of hydrogen a year. Produced + bought = used + sold + flared + losses. The park’s own hydrogen serves each electrolyser’s fuel substitution, then hydrogen vehicles, then the enterprises; only the shortfall is bought. Electrolysis electricity (MWh) is part of the park’s demand.',
    year: 'Year',
    col: {
      produced_t: 'Produced',
      bought_t: 'Bought',
      used_substitution_t: 'Fuel substitution',
      used_vehicles_t: 'Vehicles',
      used_enterprises_t: 'Enterprises',
      sold_t: 'Sold',
      flared_t: 'Flared',
      losses_t: 'Losses',
      electrolysis_mwh: 'Electrolysis (MWh)',
    },
  },
  flow: {
    title: 'Energy flow in {{year}}',
    year: 'Year',
    note: 'In tce by the chosen method. Exported and curtailed on-site power is shown for comparison and is not part of the park’s consumption. The park’s electricity use is its demand plus storage’s net charge (losses and energy left stored, less energy drawn from the start-of-year charge). The results do not split consumption by enterprise or end use, so the flow ends at the park.',
    node: {
      pv: 'Solar PV',
      wind: 'Wind',
      pressure_power: 'Residual pressure power',
      onsite: 'On-site generation',
      green_power: 'Green power purchase',
      grid_other: 'Other grid purchase',
      electricity: 'Electricity',
      exported: 'Exported',
      curtailed: 'Curtailed',
      storage: 'Storage (charge → discharge)',
      storage_losses: 'Storage losses',
      storage_stored: 'Left stored at year end',
      storage_start: 'Drawn from the start-of-year charge',
      park: 'Park final use',
    },
  },
  dispatch: {
    title: 'Electricity dispatch by milestone year',
    figure: 'Figure',
    unit: 'Unit',
    note: 'From the hour-by-hour dispatch of each year. Throughput is the energy charged into storage; cycles are equivalent full cycles of the usable energy. Costs are in constant real terms; the import cost is priced hour by hour with the tariff.',
    annualNote: 'Annual netting: no hours, so no peak import and no time-of-use split.',
    row: {
      generation: 'On-site generation',
      self_consumed: 'Self-consumed',
      exported: 'Exported',
      curtailed: 'Curtailed',
      grid_import: 'Grid import',
      self_sufficiency: 'Self-sufficiency',
      storage_charge: 'Storage throughput (charged)',
      storage_discharge: 'Storage discharged',
      storage_cycles: 'Storage cycles',
      peak_import: 'Peak grid import',
      import_cost: 'Grid import cost',
      demand_charge: 'Demand charge',
      import_period: 'Import, {{period}}',
      import_cost_period: 'Import cost, {{period}}',
      storage_start: 'Stored energy, start of year',
      storage_end: 'Stored energy, end of year',
      storage_grid_charge: 'Storage charged from the grid',
      storage_rule: 'Storage rule used',
    },
    rule: {
      load_following: 'load following',
      tou_arbitrage: 'TOU arbitrage',
      peak_shaving: 'peak shaving',
    },
    period: {
      critical: 'critical peak',
      peak: 'peak',
      flat: 'flat',
      valley: 'valley',
    },
    unitName: {
      mwh: 'MWh',
      kw: 'kW',
      cycles: 'cycles',
      share: '%',
      cny: '10⁴ CNY',
      rule: 'rule',
    },
  },
  targetCheck: {
    scenario: 'Checked against',
    computing: 'Checking…',
    met_one: 'Met in the {{count}} year checked',
    met_other: 'Met in all {{count}} years checked',
    missed: 'Missed from {{year}}',
    worstMargin: 'worst margin {{margin}}',
  },
  dispatchNote: {
    label: 'Electricity balance',
    method_hourly: 'hourly dispatch, 8,760 hours a year (load following)',
    method_annual: 'annual netting',
    tariff: 'Tariff',
    tariff_tou: 'time-of-use',
    tariff_flat: 'flat',
    exportLimit: 'Export limit',
    exportNone: '0 kW (no export)',
    exportNoLimit: 'no limit',
    demandCharge: 'Demand charge',
    storageStrategy: 'Storage',
    strategy_tou_arbitrage: 'time-of-use arbitrage',
    strategy_peak_shaving: 'peak shaving',
    strategy_best_bill: 'best for the bill, year by year',
    climate: 'Climate',
    climateNone: 'none (annual netting)',
    details: 'Method and sources',
    /**
     * The engine's dispatch sentences (result.dispatch.sentences), filled by dispatchSentence
     * with the params core/engine/dispatch-notes.ts declares. Climate notes use
     * warnings.text.climate_note: they are the same sentences as the climate_note warning.
     */
    text: {
      method: {
        hourly:
          'Hourly load-following dispatch in every year (8,760 h): on-site generation serves load, surplus charges storage, then is exported up to the export limit, then curtailed; deficits are met by storage, then the grid; storage runs by the scenario’s storage strategy (load following by default) and carries its stored energy from each year into the next.',
        annual_no_climate:
          'Annual netting (no climate for the park, see warnings): on-site generation serves the annual demand, surplus exported without limit; storage adds only losses.',
        annual_chosen:
          'Annual netting (chosen for comparison): on-site generation serves the annual demand, surplus exported without limit; storage adds only losses.',
      },
      tariff: {
        tou: '{{tariff}}: flat period {{flat_price}}, peak ×{{peak_ratio}}, valley ×{{valley_ratio}}, critical peak ×{{critical_ratio}} (so that the base-year park load pays {{average_price}} on average); export {{export_price}}. Source: {{source}}',
        flat: 'Flat tariff: import {{import_price}}, export {{export_price}}.',
        annual: 'Flat price: import {{import_price}}, export {{export_price}} (annual netting).',
      },
      load_series:
        'Load of {{consumer}} [{{consumer_id}}] follows the imported hourly series “{{series}}” ({{file}}, imported {{imported_on}}) instead of the {{load_profile}} load profile, scaled to the engine’s annual electricity.',
      generation_series: {
        pv: 'PV measure {{measure}} [{{measure_id}}] generates along the imported hourly series “{{series}}” ({{file}}, imported {{imported_on}}) instead of the modelled profile, scaled to the engine’s annual energy.',
        wind: 'Wind measure {{measure}} [{{measure_id}}] generates along the imported hourly series “{{series}}” ({{file}}, imported {{imported_on}}) instead of the modelled profile, scaled to the engine’s annual energy.',
      },
      weather_series:
        'PV profiles and yields use the imported weather “{{series}}” ({{file}}, imported {{imported_on}}) instead of the synthetic weather of the city.',
    },
  },
  hourly: {
    title: '{{series}} hour by hour, {{year}}',
    seriesLabel: 'Hourly series',
    series: {
      load_mw: 'Electric load',
      pv_mw: 'PV generation',
      import_mw: 'Grid import',
    },
    note: 'Load-following dispatch over the 8,760 hours of the reference year (one column per day, midnight at the bottom).',
    totals: 'This year: peak import {{peak}} MW, grid import {{import}} MWh, PV {{pv}} MWh.',
  },
  scorecard: {
    title: 'Target scorecard',
    caption: 'Each target in each year it is checked: ✓ met, ✗ missed; hover a cell for value, limit and margin.',
    target: 'Target',
    overall: 'Overall',
    met: 'Met',
    missed: 'Missed',
    firstMiss: 'missed from {{year}}',
    notChecked: 'not checked',
    summary: '{{passed}} of {{checked}} yearly checks met',
    none: 'This plan has no targets.',
    cellLabel: '{{target}}, {{year}}: {{status}}',
  },
  indicators: {
    title: 'Key indicators',
    indicator: 'Indicator',
    co2_per_tce: 'CO₂ per unit of energy',
    non_fossil_share: 'Non-fossil share',
    clean_energy_share: 'Clean-energy share',
    renewable_electricity_share: 'Renewable electricity share (certificates incl.)',
    electrification_rate: 'Electrification rate',
    waste_heat_utilisation: 'Residual heat utilisation',
    coal_t: 'Coal use',
    notAvailable: 'n/a',
  },
  indicator: {
    coal_t: 'Coal use',
    total_tce_equivalent: 'Total energy (equivalent value)',
    total_tce_coal_method: 'Total energy (coal-consumption method)',
    gross_emissions_tco2: 'Gross emissions',
    net_emissions_tco2: 'Net emissions',
    co2_per_tce_equivalent: 'CO₂ per tce (equivalent value)',
    co2_per_tce_coal_method: 'CO₂ per tce (coal-consumption method)',
    tco2_per_10k_cny_va: 'Carbon intensity of value added',
    tce_per_10k_cny_va_equivalent: 'Energy intensity of value added (equivalent value)',
    tce_per_10k_cny_va_coal_method: 'Energy intensity of value added (coal-consumption method)',
    non_fossil_share_equivalent: 'Non-fossil share (equivalent value)',
    non_fossil_share_coal_method: 'Non-fossil share (coal-consumption method)',
    clean_energy_share_equivalent: 'Clean-energy share (equivalent value)',
    clean_energy_share_coal_method: 'Clean-energy share (coal-consumption method)',
    renewable_electricity_share: 'Renewable electricity share (certificates incl.)',
    renewable_electricity_share_incl_grid: 'Renewable electricity share incl. grid mix',
    electrification_rate_equivalent: 'Electrification rate (equivalent value)',
    electrification_rate_coal_method: 'Electrification rate (coal-consumption method)',
    waste_heat_utilisation: 'Residual heat utilisation',
  },
  mac: {
    title: 'Marginal abatement cost curve',
    note: 'Bar width: the measure’s average annual abatement while active; height: its cost per tonne (NPV of cost without carbon price / discounted abatement). Measures interact, so the widths do not add up to the scenario’s abatement.',
    computing: 'Computing each measure’s abatement (one extra run per measure)…',
    none: 'This scenario has no measures, so there is no abatement curve.',
    col: {
      index: '#',
      measure: 'Measure',
      kind: 'Kind',
      mac: 'MAC',
      average: 'Average annual abatement',
      cumulative: 'Cumulative abatement',
      npvCost: 'NPV of cost',
      note: 'Note',
    },
    off: 'Not on the curve (no positive discounted abatement to divide by)',
    status: {
      raises: 'Raises emissions by {{t}} tCO2/yr on average, at an NPV cost of {{cost}} 10^4 CNY',
      mixed:
        'Abates {{t}} tCO2/yr on average but raises emissions in earlier years, so its discounted abatement is not positive: MAC undefined',
      none: 'No abatement (exactly zero)',
    },
    byMeasure: 'Abatement against the parent by measure (approximate)',
    byMeasureNote:
      'The total (line) is exact: parent’s net emissions minus this scenario’s. Its split by measure is approximate: each year’s total is shared among the measures active that year in proportion to their average annual abatement from the MAC run.',
    noParent: 'A root scenario has no parent to compare with.',
    noOwnMeasures: 'This scenario adds or changes no measure against its parent.',
    cut: 'Cut at the end of the axis (true value in the table): {{list}}',
    unattributed: 'Not attributed',
    totalAbatement: 'Total abatement vs parent',
  },
  costs: {
    title: 'Costs by year',
    note: 'The total excludes the residual value: the value left in equipment still within its lifetime at the horizon (linear over the lifetime) is shown on its own, below zero, and credited only in the NPV. Electricity is net of export revenue; carbon is a shadow cost at the scenario’s carbon price.',
    residual: 'Residual value (credited in the NPV)',
    total: 'Total',
    part: {
      capex: 'Investment',
      fixed_opex: 'Fixed O&M',
      fuel: 'Fuel and heat',
      electricity: 'Electricity',
      carbon: 'Carbon cost',
      offsets: 'Offsets',
    },
    summary: 'Net present value',
    npvTotal: 'NPV of total cost',
    npvExclCarbon: 'NPV of cost excluding carbon',
    npvVsParent: 'NPV vs parent',
    npvVsParentExclCarbon: 'NPV vs parent excluding carbon',
    abatementVsParent: 'Cumulative abatement vs parent',
    notApplicable: '— (root scenario)',
  },
  warnings: {
    title: 'Warnings',
    none: 'The engine reported no warnings for this scenario.',
    severity: 'Level',
    warning: 'Warning',
    info: 'Info',
    path: 'Where',
    /** The "Where" cell: the plan's names for what a warning's path points at (warning-place.ts). */
    place: { factors: 'Factor library', park: 'Park', settings: 'Scenario settings', plan: 'Plan' },
    message: 'Message',
    years: 'Years',
    count: 'Times',
    /**
     * One sentence per engine warning code (or per variant of it), filled from the warning's
     * params by results/warning-text.ts; figures arrive formatted with their unit.
     */
    text: {
      switch_share_above_one: 'A switch share of {{share}} exceeds all of the fuel; clamped to 100%',
      switch_exceeds_fuel:
        'Switches {{requested}} of {{carrier}} but the consumers use only {{available}} at this point; clamped',
      switch_efficiency_implausible:
        'An efficiency of {{to_efficiency}} after the switch (above 1) is only plausible for heat pumps (switching to electricity), not for {{carrier}}',
      efficiency_shares_above_one:
        'Efficiency measures on {{consumer}} save {{saving_share}} of its {{carrier}} together; scaled down to 100%',
      waste_heat_exceeds_available:
        'Recovers {{recovered_gj}} but the consumers declare {{available_gj}} of residual heat; capped',
      waste_heat_no_available_declared:
        'The targeted consumers declare no residual heat available: the utilisation indicator cannot count this recovery against a potential',
      displaced_fuel_missing:
        'Recovered heat would displace {{needed}} of {{carrier}} but the consumers use only {{available}}; capped',
      hydrogen_exceeds_use:
        'Hydrogen would displace {{needed}} of {{carrier}} but the consumers use {{available}}; production scaled to {{scale}}',
      transport_exceeds_fuel:
        'The fleet would use {{needed}} of {{carrier}} but the consumers report {{available}}; the fleet’s fuel must be in the inventory. Scaled to {{scale}}',
      ccus_exceeds_emissions: 'Captures {{captured_tco2}} but the targeted consumers emit {{emitted_tco2}} (scope 1); capped',
      green_power_exceeds_import: 'Green-power purchases ({{green_mwh}}) exceed the grid purchase ({{import_mwh}}); capped',
      green_power_raises_factor:
        'The green-power rule raises scope 2: the remaining purchase at the factor excluding market-traded non-fossil power outweighs the green MWh',
      pv_exceeds_roof: {
        park_consumers:
          'PV needs about {{area_m2}} but the park’s consumers declare {{roof_m2}} of roof (no consumers named: ground-mounted PV is not checked against roofs)',
        named_consumers: 'PV needs about {{area_m2}} but the named consumers declare {{roof_m2}} of roof',
      },
      negative_energy_clamped: 'Measures would take the {{carrier}} use of {{consumer}} below zero ({{amount}}); clamped at 0',
      lifetime_before_horizon:
        'Lifetime ends in {{end_year}}, before the horizon {{horizon_year}}: the engine assumes like-for-like replacement at the same capex',
      measure_starts_before_base_year: 'Starts before the base year {{base_year}}: capex before the base year is not counted',
      measure_never_active: 'Starts in {{start_year}}, after the horizon {{horizon_year}}: the measure has no effect',
      grid_factor_projected:
        'Grid factors from {{from_year}} on are projected from the last published value at {{decline_rate}} a year',
      grid_factor_estimated: {
        regional:
          'The {{region}} grid factor excluding market-traded non-fossil power is not published: estimated as the regional average × the national (excluding / average) ratio',
        provincial:
          'The {{province}} factor excluding market-traded non-fossil power is not published: estimated as the provincial average × the national (excluding / average) ratio',
      },
      grid_factor_fallback: 'No provincial grid factors for “{{province}}”: the {{region}} series is used',
      // No factor keys or library sources in these sentences (a key is a code, a source may be in
      // the other language): the Factors screen shows the factor with its source.
      default_yield_used: {
        pv_model:
          'PV yield not given: {{yield_kwh_per_kwp}} a year from the PV model for tilt {{tilt_deg}}, azimuth {{azimuth_deg}} at {{climate}} (approximate climate; the factor library’s default is {{library_kwh_per_kwp}})',
        pv_library:
          'PV yield not given: the factor library’s default of {{yield_kwh_per_kwp}} a year used (source on the Factors screen)',
        wind_library:
          'Wind full-load hours not given: the factor library’s default of {{full_load_hours}} used (source on the Factors screen)',
      },
      storage_annual_losses_only:
        'The annual balance counts only storage losses ({{cycles}} equivalent cycles a year); its value needs the hourly dispatch',
      surplus_exported_annual:
        'On-site generation exceeds the annual demand; {{exported_mwh}} counted as exported (annual netting, no export limit)',
      surplus_curtailed: {
        limited:
          'On-site generation beyond load, storage and the export limit is curtailed ({{curtailed_mwh}} in the year; export limit {{export_limit_kw}})',
        unlimited: 'On-site generation beyond load and storage is curtailed ({{curtailed_mwh}} in the year; no export limit)',
      },
      climate_unknown:
        'No climate for the city “{{city}}” or the province “{{province}}”, so electricity is balanced over the year (annual netting: optimistic self-consumption, no export limit)',
      climate_note: {
        weather_file: 'Hourly weather from {{source}}.',
        imported_weather: 'Hourly weather from the imported series “{{series}}” ({{file}}, imported {{imported_on}}).',
        capital_fallback:
          'No climate data for “{{city}}”; using {{capital}}, the capital of {{province}}. Import an EPW file or an hourly series for a site-specific profile.',
        climate_source: 'Climate of {{climate}}: {{source}}.',
      },
      storage_idle:
        'Storage never charges: on-site generation never exceeds the load in any hour and load following does not charge from the grid; it only releases the energy it started with. Time-of-use arbitrage or peak shaving (scenario settings) charge from the grid',
      tou_tariff_fallback:
        "No time-of-use table for the province “{{province}}”; the Sichuan-like periods are used. Enter the province's periods in the scenario's tariff table",
      hydrogen_flared:
        'The electrolyser makes {{flared_t}} of hydrogen more than the park uses (of {{produced_t}} produced) and no sale price is set: the excess is flared. Set a hydrogen sale price, add hydrogen uses or reduce the electrolyser',
      electrolysis_raises_emissions:
        'The electrolyser draws about {{grid_mwh}} from the grid ({{grid_tco2}} at the year’s grid factor) while its hydrogen displaces {{displaced_tco2}} of fuel: electrolysis raises the park’s emissions (hydrogen replacing purchased hydrogen displaces nothing, since purchased hydrogen counts at zero)',
      output_growth_rates_ignored:
        'The park-wide output growth path replaces the enterprises’ own growth rates in this scenario; ignored: {{count}} non-zero rates (e.g. {{consumer}}, {{rate}} a year)',
      grid_factor_vintage_unavailable:
        'No grid factor of this series is published in or before {{vintage_year}}: its first published year, {{used_year}}, is used',
      coal_method_rate_held:
        'The coal-consumption rate for electricity is held at {{rate_gce_per_kwh}} ({{last_year}}, the last published year) from {{from_year}} on: add year points under Factors to set its path',
    },
    /** Units after figures in warning sentences (the code puts a space before them). */
    unit: {
      gj: 'GJ',
      tco2: 'tCO₂',
      mwh: 'MWh',
      m2: 'm²',
      kw: 'kW',
      kwh_per_kwp: 'kWh/kWp',
      hours_per_year: 'h a year',
      cny_per_mwh: 'CNY/MWh',
      gce_per_kwh: 'gce/kWh',
      t_h2: 't',
    },
  },
};

export const compareEn = {
  title: 'Compare',
  intro: 'Put two to four scenarios side by side; differences are against the first one chosen.',
  pick: 'Scenarios to compare',
  pickHint: 'Choose 2 to 4; the first chosen is the reference.',
  needTwo: 'Choose at least two scenarios to compare.',
  reference: 'reference',
  figures: 'Key figures',
  figure: 'Figure',
  delta: 'Δ vs {{name}}',
  row: {
    net_2030: 'Net emissions {{year}}',
    net_2035: 'Net emissions {{year}}',
    net_horizon: 'Net emissions {{year}} (horizon)',
    cumulative: 'Cumulative net emissions',
    npv: 'NPV of total cost',
    targets_passed: 'Targets met (of {{of}})',
  },
  overlay: 'Net emissions by scenario',
  byYear: 'Indicator by year',
  indicator: 'Indicator',
  year: 'Year',
};
