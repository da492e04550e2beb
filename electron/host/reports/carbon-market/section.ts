import type { CarbonMarketResult, PositionTotals } from '../../../../core/carbon-market/index.ts';
import type { ScenarioResult } from '../../../../core/engine/index.ts';
import type { Lang } from '../i18n.ts';
import { formatNumber, unit } from '../format.ts';
import { reportName } from '../local-names.ts';
import type { ReportModel } from '../report-model.ts';
import type { Block, Cell, ExtraSection, LabelMaker } from '../document/model.ts';
import { ct } from './strings.ts';

/**
 * The carbon-market chapter of the plan document (PDF and Word alike): for each chosen scenario
 * with covered enterprises, one table per market (year x enterprise, with the park's total per
 * year) and the market's price and offset rule with their sources. Absent when no chosen
 * scenario has a covered enterprise.
 */
export function carbonMarketSections(m: ReportModel): ExtraSection[] {
  const results = m.results.filter((r) => r.carbon_market !== undefined);
  if (results.length === 0) return [];
  return [
    {
      id: 'carbon-market',
      placement: 'chapter',
      title: (lang) => ct(lang, 'chapter'),
      build: ({ lang, label }) => [
        { kind: 'paragraph', text: ct(lang, 'intro'), origin: 'generated' },
        ...results.flatMap((r) => scenarioPart(r, r.carbon_market!, lang, label, results.length > 1)),
      ],
    },
  ];
}

/** Names as the reader's language has them (the other language's with a mark when missing). */
function named(e: { name: string; name_zh: string | null; name_en: string | null }, lang: Lang): string {
  return reportName({ name: e.name, name_zh: e.name_zh ?? undefined, name_en: e.name_en ?? undefined }, lang);
}

function scenarioPart(r: ScenarioResult, cm: CarbonMarketResult, lang: Lang, label: LabelMaker, headed: boolean): Block[] {
  const out: Block[] = [];
  if (headed) out.push({ kind: 'heading', level: 2, text: ct(lang, 'scenarioHeading', { name: r.scenario_name }) });
  const t = unit('tco2', lang);
  const money = unit('cny_10k', lang);
  const columns = [
    { header: ct(lang, 'year'), weight: 0.8 },
    { header: ct(lang, 'enterprise'), weight: 2.2 },
    { header: `${ct(lang, 'verified')} (${t})`, weight: 1.3, align: 'right' as const },
    { header: `${ct(lang, 'allowances')} (${t})`, weight: 1.3, align: 'right' as const },
    { header: `${ct(lang, 'balance')} (${t})`, weight: 1.4, align: 'right' as const },
    { header: `${ct(lang, 'offsets')} (${t})`, weight: 1.2, align: 'right' as const },
    { header: `${ct(lang, 'cost')} (${money})`, weight: 1.4, align: 'right' as const },
  ];
  const cells = (p: PositionTotals): Cell[] => [
    formatNumber(p.verified_tco2, 0),
    formatNumber(p.allowances_tco2, 0),
    formatNumber(p.balance_tco2, 0),
    formatNumber(p.offsets_used_tco2, 0),
    formatNumber(p.cost_cny, 1, 1e-4),
  ];
  const enterprises = new Map(cm.enterprises.map((e) => [e.consumer_id, named(e, lang)]));
  for (const market of cm.markets) {
    const years = cm.years.filter((y) => y.by_market.some((b) => b.market_id === market.id));
    if (years.length === 0) continue;
    const name = named(market, lang);
    out.push({
      kind: 'paragraph',
      text: ct(lang, 'marketNote', {
        market: name,
        price: market.price_source,
        cap: formatNumber(market.offset_cap_share * 100, 1),
        capSource: market.offset_cap_source,
        offsetPrice: market.offset_price_source,
      }),
      origin: 'generated',
      style: 'note',
    });
    const rows: Cell[][] = [];
    for (const y of years) {
      const mine = y.enterprises.filter((e) => e.market_id === market.id);
      for (const e of mine) rows.push([String(y.year), enterprises.get(e.consumer_id) ?? e.consumer_id, ...cells(e)]);
      const totals = y.by_market.find((b) => b.market_id === market.id)!.totals;
      rows.push([
        { text: String(y.year), tone: 'total' },
        { text: ct(lang, 'total'), tone: 'total' },
        ...cells(totals).map((c) => ({ text: c as string, tone: 'total' as const })),
      ]);
    }
    out.push({
      kind: 'table',
      label: label.table(),
      title: ct(lang, 'tableTitle', { market: name }),
      columns,
      rows,
      source: ct(lang, 'source'),
      compact: true,
    });
  }
  return out;
}
