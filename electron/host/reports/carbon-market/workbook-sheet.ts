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
