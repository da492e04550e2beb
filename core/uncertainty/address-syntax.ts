/**
 * The shape every input address has (what the plan schema accepts); addresses.ts gives each
 * form its meaning and checks it against the plan:
 *
 *   settings.<key>                       a scenario setting (grid_factor_decline_rate, ...)
 *   settings.energy_prices.<key>         one energy price
 *   consumers[<id>|*].<field>            one enterprise or every enterprise
 *   measures[<id>].<field>               a measure's common field (start_year, capex_cny, ...)
 *   measures[<id>].params.<field>        a measure parameter
 *   measures[kind=<kind>].<...>          the same field of every measure of that kind
 *
 * Ids may contain dots, so selectors sit in brackets and never need escaping.
 */
export const ADDRESS_PATTERN = /^[a-z_]+(\[[A-Za-z0-9*][A-Za-z0-9_.=-]{0,69}\])?(\.[a-z0-9_]+){1,3}$/;
