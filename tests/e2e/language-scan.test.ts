import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/**
 * A lasting guard for "Chinese first" (CONVENTIONS.md 12): the Suining sample names every
 * scenario, measure, target and enterprise in both languages, so in the English UI no screen may
 * show a Chinese character, and in the Chinese UI no English word, except what is listed here.
 * The scan reads `document.body.innerText` of every workspace screen and every Results tab.
 */

/** The nav rail's screens, with the content each has once its data arrived. */
const SCREENS: { en: string; zh: string; ready: string }[] = [
  { en: 'Park', zh: '园区', ready: '[data-testid="consumers-table"]' },
  { en: 'Scenarios', zh: '情景', ready: '[data-testid="scenario-title"]' },
  { en: 'Measures', zh: '措施', ready: '[data-testid="measures-list"]' },
  { en: 'Targets', zh: '目标', ready: '[data-testid="target-card"]' },
  { en: 'Factors', zh: '因子', ready: 'table.factors-table' },
  { en: 'Results', zh: '结果', ready: '[data-testid="figure-net-horizon"]' },
  { en: 'Compare', zh: '情景对比', ready: '[data-testid="compare-figures"]' },
  { en: 'Plan to targets', zh: '优化', ready: '[data-testid="optimise-target-list"]' },
  { en: 'Risk', zh: '不确定性', ready: '[data-testid="risk-offers"]' },
  { en: 'Report text', zh: '报告文字', ready: '.report-text' },
  { en: 'Review', zh: '审阅', ready: '[data-testid="signature-state"]' },
];

/**
 * Elements left out of the scan: the language switch names each language in itself ("中文" in
 * the English UI, "English" in the Chinese one), and the inventory grid has a column for each
 * language's name, which holds the other language by design.
 */
const SKIPPED_ELEMENTS = {
  en: ['.topbar [role="group"] button[lang]', '[data-testid="consumer-name-zh"]'],
  zh: ['.topbar [role="group"] button[lang]', '[data-testid="consumer-name-en"]'],
} as const;

/**
 * Latin words of three letters or more that the Chinese UI may show, each as Chinese technical
 * writing uses it. Nothing here is a word of English prose.
 */
const ALLOWED_LATIN_IN_ZH = new Set([
  // The product's brand, and its command-line program as the user types it ("parkzero keygen").
  'ParkZero',
  'parkzero',
  'keygen',
  // Units written in Latin letters in Chinese standards and statistics (GB 3100, GB/T 2589):
  // tCO of tCO₂ / tCO₂e (the subscript is not a letter), kWp of PV capacity.
  'MWh',
  'kWh',
  'GWh',
  'kWp',
  'tce',
  'kgce',
  'tCO',
  // Key caps, named as printed on the keyboard (the grid's keyboard help).
  'Tab',
  'Home',
  'End',
  'Shift',
  'Enter',
  'Esc',
  'Ctrl',
  'Delete',
  // File formats and extensions, named as the files are: CSV, EPW weather files, .pub keys.
  'CSV',
  'EPW',
  'pub',
  // Names used as they are in Chinese texts: CCUS (as in the national CCUS reports), the SHA-256
  // hash, and NASA POWER (the climate data set the sample's weather is derived from).
  'CCUS',
  'SHA',
  'NASA',
  'POWER',
]);

/** The words of a space-separated list. */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Findings of this scan that are fixed on branch lang-factors, by screen: the Factors screen's
 * raw factor keys and English source titles in the Chinese UI (its cost library included), the
 * same cost library source titles shown beside each candidate on Plan to targets (lang-factors
 * gives them Chinese titles in core/text/cited-sources.ts; that screen must use them), and the
 * province name left in English on Scenarios ("省级（Sichuan）").
 * REMOVE THESE ENTRIES WHEN lang-factors IS MERGED: the third test fails on any entry the scan no
 * longer finds, so the list cannot outlive the fix. Nothing else is skipped.
 */
const FIXED_BY_LANG_FACTORS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'Factors',
    words(`
      coal ncv per Guidelines for GHG accounting and reporting industrial enterprises NDRC default
      fossil fuel parameters guidelines carbon oxidation derived NCV content rate recomputed from the
      overridden inputs when any them General principles calculation comprehensive energy consumption
      appendix reference coefficients raw standard coefficient coke diesel oil gasoline lpg LPG
      natural gas field statistical convention oilfield only engine uses electricity method gce kwh
      China Electricity Council national electric power industry statistics reprint thermal plant
      supply use National average plants DOMAIN calorific equivalent value grid MEE with NBS
      announcement emission factors provincial hebei province inner mongolia qinghai shanxi sichuan
      yunnan regional central region east north northeast northwest south southwest excl market
      excluding traded non generation heat factor purchased hydrogen lower heating physical constant
      contains upstream emissions are scope not counted LHV printed yield anhui table order magnitude
      NEA utilisation hours illustrative specific fixed tilt beijing chongqing fujian gansu guangdong
      guangxi guizhou hainan heilongjiang henan hubei hunan jiangsu jiangxi jilin liaoning ningxia
      shaanxi shandong shanghai tianjin tibet xinjiang zhejiang Chengdu city chengdu Golmud golmud
      Guiyang guiyang Kunming kunming Lanzhou lanzhou Lhasa lhasa Liangshan liangshan Panzhihua
      panzhihua Suining suining Xichang xichang Xining xining wind full load CPIA Photovoltaic
      Industry Association Development Roadmap edition initial investment systems distributed
      commercial CNY about year design life years ground mounted IRENA Renewable Power Generation
      Costs onshore total installed cost ranges converted USD CNESA Energy Storage Alliance storage
      system price tracking tender prices part cells racks BMS hour LFP PCS transformer connection
      estimate public replace project quotes IEA Global Hydrogen Review alkaline electrolysers made
      balance installation capex exchangers piping controls recovered ACCA Tsinghua University Annual
      Report capture capacity estimated operating without penalty battery light truck van cell heavy
      planting park green space
    `),
  ],
  ['Scenarios', words('Sichuan')],
  [
    'Plan to targets',
    words(`
      IRENA Renewable Power Generation Costs onshore wind total installed cost and ranges China
      converted CNY USD CPIA Photovoltaic Industry Association Development Roadmap edition initial
      investment systems ground mounted CNESA Energy Storage Alliance storage system price tracking
      tender prices power part PCS transformer connection energy cells racks BMS hour LFP
    `),
  ],
]);
const fixedByLangFactors = (f: Finding) => FIXED_BY_LANG_FACTORS.get(f.screen)?.has(f.word) === true;

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{3,}/g;

/** Wait until the screen has its content and no computation is pending, so the text is final. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => {
      if (document.querySelector('.results-status--busy, [aria-busy="true"]') !== null) return false;
      // Every chart on the screen has drawn its current option (EChart sets data-revision).
      return [...document.querySelectorAll('main .chart')].every((c) => (c.getAttribute('data-revision') ?? '') !== '');
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

/** The page's text without the skipped elements (hidden for the read: innerText leaves them out). */
async function visibleText(page: Page, lang: 'en' | 'zh'): Promise<string> {
  return page.evaluate(
    (selectors) => {
      const hidden = selectors.flatMap((sel) => [...document.querySelectorAll<HTMLElement>(sel)]);
      const before = hidden.map((el) => el.style.visibility);
      for (const el of hidden) el.style.visibility = 'hidden';
      const read = document.body.innerText;
      hidden.forEach((el, i) => (el.style.visibility = before[i]!));
      return read;
    },
    SKIPPED_ELEMENTS[lang] as readonly string[],
  );
}

interface Finding {
  screen: string;
  /** A Latin word in the Chinese UI; in the English one, the line with Han characters. */
  word: string;
  line: string;
}

/** What on the screen is in the other language: Han characters in English, Latin words in Chinese. */
function findingsIn(text: string, lang: 'en' | 'zh', screen: string): Finding[] {
  const found = new Map<string, Finding>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (lang === 'en') {
      if (HAN.test(line)) found.set(line, { screen, word: line, line });
      continue;
    }
    for (const [word] of line.matchAll(LATIN_WORD))
      if (!ALLOWED_LATIN_IN_ZH.has(word) && !found.has(word)) found.set(word, { screen, word, line });
  }
  return [...found.values()];
}

describe('every screen reads in one language (Suining sample)', () => {
  let s: E2eSession;
  let app: AppPage;
  /** Entries of FIXED_BY_LANG_FACTORS the scans met, as `screen: word`. */
  const met = new Set<string>();

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`has no ${lang === 'en' ? 'Chinese' : 'English'} text in the ${lang === 'en' ? 'English' : 'Chinese'} UI`, async () => {
      if (lang === 'zh') await app.switchLanguage('中文');
      const findings: Finding[] = [];
      const scan = async (screen: string) => findings.push(...findingsIn(await visibleText(s.page, lang), lang, screen));
      for (const screen of SCREENS) {
        const item = app.navItem(new RegExp(`^${screen[lang]}$`));
        await item.click();
        await expect.poll(() => item.getAttribute('aria-current')).toBe('page');
        await settle(s.page, screen.ready);
        if (screen.en !== 'Results') {
          await scan(screen.en);
          continue;
        }
        const tabs = await s.page
          .getByRole('tablist')
          .getByRole('tab')
          .evaluateAll((els) => els.map((el) => el.id));
        expect(tabs.length).toBeGreaterThanOrEqual(9);
        for (const tab of tabs) {
          const panel = `#${tab.replace('results-tab-', 'results-panel-')}`;
          await s.page.locator(`#${tab}`).click();
          await settle(s.page, panel);
          await scan(`Results/${tab.replace('results-tab-', '')}`);
        }
      }
      for (const f of findings) if (fixedByLangFactors(f)) met.add(`${f.screen}: ${f.word}`);
      // Each finding with the line it is on, so a failure says where to look.
      const left = findings.filter((f) => !fixedByLangFactors(f));
      expect(
        left.map((f) => (lang === 'en' ? `${f.screen}: ${f.line}` : `${f.screen}: ${f.word}   ‹${f.line.slice(0, 100)}›`)),
      ).toEqual([]);
    });
  }

  it('skips nothing the scans no longer find (remove fixed entries from FIXED_BY_LANG_FACTORS)', () => {
    const listed = [...FIXED_BY_LANG_FACTORS].flatMap(([screen, list]) => [...list].map((word) => `${screen}: ${word}`));
    expect(listed.filter((k) => !met.has(k))).toEqual([]);
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
