import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AppPage } from './pages/app-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { main } from '../../electron/host/cli/main.ts';
import { parsePlan } from '../../core/model/plan.ts';

/**
 * A lasting guard for "Chinese first" (CONVENTIONS.md 12): the Suining sample names every
 * scenario, measure, target and enterprise in both languages, so in the English UI no screen may
 * show a Chinese character, and in the Chinese UI no English word, except what is listed here.
 * The scan reads `document.body.innerText` of every workspace screen and every Results tab, and
 * of the Review screen's Compare versions list against an older version of the sample with
 * changes in every kind of place (park, enterprise, scenario settings, measures, targets,
 * factor overrides).
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
  'gce', // grams of standard coal (供电煤耗 gce/kWh)
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

/**
 * An older version of the Suining sample, as a project file, that differs from the sample in
 * numbers, choices, measures, targets and overrides: what the Compare versions list must word.
 */
async function olderSuining(workDir: string): Promise<string> {
  const parsed = parsePlan(JSON.parse(readFileSync('resources/samples/suining.plan.json', 'utf8')));
  if (!parsed.ok) throw new Error('sample invalid');
  const plan = parsed.plan;
  plan.park.discount_rate = 0.08;
  plan.consumers.find((c) => c.id === 'li-carbonate')!.energy.coal_t = 90_000;
  plan.consumers.find((c) => c.id === 'pcb')!.output_growth_rate = 0.07;
  const [baseline, transition, nearZero] = ['baseline', 'clean-transition', 'near-zero'].map((id) =>
    plan.scenarios.find((x) => x.id === id)!,
  );
  baseline!.settings.grid_factor_scope = 'national';
  baseline!.settings.carbon_price_cny_per_t = [{ year: 2025, value: 80 }];
  transition!.settings.storage_strategy = 'load_following';
  const pv = transition!.measures.find((m) => m.id === 'rooftop-pv')!;
  if (pv.kind === 'pv') pv.params.capacity_kw += 1000;
  const efficiency = transition!.measures.find((m) => m.id === 'cathode-efficiency')!;
  if (efficiency.kind === 'efficiency') efficiency.params.carrier = null;
  efficiency.start_year += 1;
  nearZero!.measures = nearZero!.measures.filter((m) => m.id !== 'green-space');
  const cap = plan.targets.find((x) => x.id === 'coal-cap')!;
  if (cap.kind === 'limit') cap.path = cap.path.map((p) => ({ ...p, value: p.value + 10_000 }));
  plan.factor_overrides = [{ key: 'coal.ncv_gj_per_t', value: 20.5, source: '企业化验报告', note: '' }];
  const json = join(workDir, 'suining-older.json');
  writeFileSync(json, JSON.stringify(plan));
  const file = join(workDir, 'suining-older.parkzero');
  const err: string[] = [];
  if ((await main(['import', json, '-o', file], { out: () => {}, err: (l) => err.push(l) })) !== 0)
    throw new Error(err.join('\n'));
  return file;
}

describe('every screen reads in one language (Suining sample)', () => {
  let s: E2eSession;
  let app: AppPage;
  let review: ReviewPage;
  let older: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    review = new ReviewPage(s.page);
    older = await olderSuining(s.workDir);
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
        if (screen.en === 'Review') {
          await scan(screen.en);
          // Compare versions: every change line and the results table, with real changes.
          await review.tab(lang === 'en' ? /^Compare versions$/ : /^版本比较$/).click();
          await review.compareWith(older);
          await settle(s.page, '[data-testid="diff-view"]');
          expect(await review.diffChanges.count()).toBeGreaterThanOrEqual(10);
          await scan('Review/compare');
          continue;
        }
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
      // Each finding with the line it is on, so a failure says where to look.
      expect(
        findings.map((f) => (lang === 'en' ? `${f.screen}: ${f.line}` : `${f.screen}: ${f.word}   ‹${f.line.slice(0, 100)}›`)),
      ).toEqual([]);
    });
  }

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
