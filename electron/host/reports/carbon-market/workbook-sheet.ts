import type ExcelJS from 'exceljs';
import type { ReportModel } from '../report-model.ts';
import { unit, headed } from '../format.ts';
import { addTableSheet } from '../workbook/sheet.ts';
import { reportName } from '../local-names.ts';
import { ct } from './strings.ts';

const INT = '#,##0';
const MONEY = '#,##0.00';

/**
 * The carbon-market sheet, long (tidy) like the other result sheets: one row per scenario,
 * year and covered enterprise, the engine's numbers unchanged (money in 10^4 CNY as elsewhere
 * in the workbook). Absent when no chosen scenario has a covered enterprise.
 */
export function addCarbonMarketSheet(wb: ExcelJS.Workbook, m: ReportModel): void {
  addInputsSheet(wb, m);
  const { lang } = m;
  const results = m.results.filter((r) => r.carbon_market !== undefined);
  if (results.length === 0) return;
  const t = unit('tco2', lang);
  const perT = unit('cny_per_tco2', lang);
  const named = (e: { name: string; name_zh: string | null; name_en: string | null }) =>
    reportName({ name: e.name, name_zh: e.name_zh ?? undefined, name_en: e.name_en ?? undefined }, lang);
  addTableSheet(
    wb,
    ct(lang, 'sheet'),
    [
      { header: ct(lang, 'scenario') },
      { header: ct(lang, 'year') },
      { header: ct(lang, 'market') },
      { header: ct(lang, 'enterprise') },
      { header: headed(ct(lang, 'verified'), t), numFmt: INT },
      { header: ct(lang, 'output'), numFmt: INT },
      { header: headed(ct(lang, 'allowances'), t), numFmt: INT },
      { header: headed(ct(lang, 'balance'), t), numFmt: INT },
      { header: headed(ct(lang, 'offsets'), t), numFmt: INT },
      { header: headed(ct(lang, 'bought'), t), numFmt: INT },
      { header: headed(ct(lang, 'sold'), t), numFmt: INT },
      { header: headed(ct(lang, 'price'), perT), numFmt: INT },
      { header: headed(ct(lang, 'offsetPrice'), perT), numFmt: INT },
      { header: headed(ct(lang, 'cost'), unit('cny_10k', lang)), numFmt: MONEY },
    ],
    results.flatMap((r) => {
      const cm = r.carbon_market!;
      const markets = new Map(cm.markets.map((x) => [x.id, named(x)]));
      const enterprises = new Map(cm.enterprises.map((x) => [x.consumer_id, named(x)]));
      return cm.years.flatMap((y) =>
        y.enterprises.map((e) => [
          r.scenario_name,
          y.year,
          markets.get(e.market_id) ?? e.market_id,
          enterprises.get(e.consumer_id) ?? e.consumer_id,
          e.verified_tco2,
          e.output,
          e.allowances_tco2,
          e.balance_tco2,
          e.offsets_used_tco2,
          e.bought_tco2,
          e.sold_tco2,
          e.price_cny_per_t,
          e.offset_price_cny_per_t,
          e.cost_cny / 1e4,
        ]),
      );
    }),
  );
}

const pathText = (points: readonly { year: number; value: number }[]) => points.map((p) => `${p.year}: ${p.value}`).join('; ');

/**
 * The plan's carbon-market inputs with their sources: one row per market, then one per covered
 * enterprise. Absent when the plan defines no market.
 */
function addInputsSheet(wb: ExcelJS.Workbook, m: ReportModel): void {
  const { lang, plan } = m;
  const markets = plan.carbon_markets ?? [];
  if (markets.length === 0) return;
  const perT = unit('cny_per_tco2', lang);
  const name = (e: { name: string; name_zh?: string | undefined; name_en?: string | undefined }) => reportName(e, lang);
  const marketName = new Map(markets.map((x) => [x.id, name(x)]));
  const blank = ['', '', '', '', '', '', ''];
  addTableSheet(
    wb,
    ct(lang, 'inputsSheet'),
    [
      { header: ct(lang, 'whatRow') },
      { header: ct(lang, 'market') },
      { header: ct(lang, 'kind') },
      { header: headed(ct(lang, 'price'), perT) },
      { header: ct(lang, 'priceSource') },
      { header: headed(ct(lang, 'offsetCap'), '%') },
      { header: ct(lang, 'offsetCapSource') },
      { header: headed(ct(lang, 'offsetPrice'), perT) },
      { header: ct(lang, 'offsetPriceSource') },
      { header: ct(lang, 'enterprise') },
      { header: ct(lang, 'scope') },
      { header: ct(lang, 'allocation') },
      { header: ct(lang, 'rule') },
      { header: ct(lang, 'outputUnit') },
      { header: ct(lang, 'baseOutput') },
      { header: ct(lang, 'allocationSource') },
      { header: ct(lang, 'fromYear') },
    ],
    [
      ...markets.map((x) => [
        ct(lang, 'rowMarket'),
        name(x),
        ct(lang, `kind_${x.kind}`),
        pathText(x.price_cny_per_t),
        x.price_source,
        x.offset_cap_share * 100,
        x.offset_cap_source,
        pathText(x.offset_price_cny_per_t),
        x.offset_price_source,
        ...blank.slice(0, 6),
        '',
        null,
      ]),
      ...plan.consumers.flatMap((c) => {
        const cov = c.carbon_market;
        if (cov === undefined) return [];
        const a = cov.allocation;
        return [
          [
            ct(lang, 'rowCoverage'),
            marketName.get(cov.market_id) ?? cov.market_id,
            '',
            '',
            '',
            null,
            '',
            '',
            '',
            name(c),
            ct(lang, `scope_${cov.scope}`),
            ct(lang, `allocation_${a.kind}`),
            pathText(a.kind === 'benchmark' ? a.benchmark_tco2_per_unit : a.allowance_tco2),
            a.kind === 'benchmark' ? a.output_unit : '',
            a.kind === 'benchmark' ? a.output_base_year : null,
            a.source,
            cov.from_year,
          ],
        ];
      }),
    ],
  );
}
