import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from '../support/browser.ts';

/**
 * Selectors for the ParkZero window, in one place. Actions use accessible roles and names (as
 * a person would find them); data is read through data-testid hooks.
 */
export class AppPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.topbar').waitFor();
  }

  // --- shell ---
  get banner(): Locator {
    return this.page.getByRole('banner');
  }
  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: /Workspace|工作区/ });
  }
  get main(): Locator {
    return this.page.getByRole('main');
  }
  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }
  get projectTitle(): Locator {
    return this.page.getByTestId('project-title');
  }
  languageButton(label: 'English' | '中文'): Locator {
    return this.page.getByRole('group', { name: /Language|语言/ }).getByRole('button', { name: label });
  }
  async switchLanguage(label: 'English' | '中文'): Promise<void> {
    await this.languageButton(label).click();
    await this.page.locator(`html[lang="${label === '中文' ? 'zh-CN' : 'en'}"]`).waitFor({ state: 'attached' });
  }
  navItem(name: RegExp): Locator {
    return this.navigation.getByRole('button', { name });
  }

  // --- start screen ---
  get openSampleButton(): Locator {
    return this.main.getByRole('button', { name: /Open the sample park|打开示例园区/ });
  }
  get pathField(): Locator {
    return this.main.getByRole('textbox', { name: /Path of a \.parkzero file|\.parkzero 文件的路径/ });
  }
  async openSample(): Promise<void> {
    await this.openSampleButton.click();
    await this.consumersTable.waitFor();
  }

  get reviewCheckbox(): Locator {
    return this.main.getByRole('checkbox', { name: /Open for review only|仅以审阅方式打开/ });
  }
  async openPath(path: string, options: { review?: boolean } = {}): Promise<void> {
    await this.pathField.fill(path);
    if (options.review === true) await this.reviewCheckbox.check();
    await this.main.getByRole('button', { name: /^(Open file|打开文件)$/ }).click();
  }
  get recoverySection(): Locator {
    return this.main.getByRole('region', { name: /Unsaved work from an earlier session|上次未保存的工作/ });
  }
  recoveryItem(title: string): Locator {
    return this.recoverySection.getByRole('listitem').filter({ hasText: title });
  }
  recentFile(title: string): Locator {
    return this.main.getByRole('region', { name: /Recent files|最近打开/ }).getByRole('button', { name: new RegExp(title) });
  }

  // --- top bar: file and edit actions ---
  topButton(name: RegExp): Locator {
    return this.banner.getByRole('button', { name });
  }
  get saveState(): Locator {
    return this.banner.getByRole('status').first();
  }
  get readOnlyBanner(): Locator {
    return this.page.locator('.readonly-banner');
  }
  async saveAsTyped(path: string): Promise<void> {
    await this.topButton(/^(Save as…|另存为…)$/).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(path);
    await dialog.getByRole('button', { name: /^(Save|保存)$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  // --- park screen ---
  get parkNameInput(): Locator {
    return this.page.getByTestId('park-name-input');
  }
  get discountRateInput(): Locator {
    return this.page.getByTestId('discount-rate-input');
  }
  /** Type into a commit-on-Enter field and commit. */
  async editField(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Enter');
  }
  get parkName(): Locator {
    return this.page.getByTestId('park-name');
  }
  get illustrativeBadge(): Locator {
    return this.page.getByTestId('illustrative-badge');
  }
  get consumersTable(): Locator {
    return this.page.getByTestId('consumers-table');
  }
  get addEnterpriseButton(): Locator {
    return this.main.getByRole('button', { name: /^(Add enterprise|添加企业)$/ });
  }
  /** The button that opens an enterprise's details (the first cell of its grid row). */
  consumerRowButton(name: string): Locator {
    return this.consumersTable
      .getByRole('row')
      .filter({ has: this.page.getByTestId('consumer-name').getByText(name, { exact: true }) })
      .getByRole('button');
  }
  get consumerEditor(): Locator {
    return this.page.getByTestId('consumer-editor');
  }
  editorField(testId: string): Locator {
    return this.consumerEditor.getByTestId(testId);
  }
  editorFieldByLabel(label: string): Locator {
    return this.consumerEditor.getByLabel(label, { exact: true });
  }
  get removeEnterpriseButton(): Locator {
    return this.consumerEditor.getByRole('button', { name: /^(Remove enterprise|删除企业)$/ });
  }
  /** The totals row value under a column header (matched by the header's first line). */
  async totalFor(header: string): Promise<string> {
    const headers = await this.consumersTable.locator('thead tr:last-child th').allInnerTexts();
    const index = headers.findIndex((h) => h.split('\n')[0]?.trim() === header);
    if (index < 0) throw new Error(`no column ${header}`);
    return this.consumersTable.locator('tfoot tr').locator('th, td').nth(index).innerText();
  }
  async consumerNames(): Promise<string[]> {
    return this.consumersTable.getByTestId('consumer-name').allInnerTexts();
  }
  async columnHeaders(): Promise<string[]> {
    const texts = await this.consumersTable.locator('thead tr:last-child th').allInnerTexts();
    return texts.map((t) => t.replace(/\s+/g, ' ').trim());
  }

  // --- scenarios screen ---
  scenarioInTree(name: string): Locator {
    return this.main.getByRole('navigation').getByRole('button', { name: new RegExp(name) });
  }
  get scenarioTree(): Locator {
    return this.main.getByRole('navigation', { name: /Scenario inheritance|情景继承关系/ });
  }
  scenarioButton(name: RegExp): Locator {
    return this.main.getByRole('button', { name });
  }
  get scenarioNameInput(): Locator {
    return this.page.getByTestId('scenario-name-input');
  }
  /** The "in effect" checkbox of a measure row on the Scenarios screen. */
  measureSwitch(measureName: string): Locator {
    return this.measuresTable.getByRole('row', { name: measureName }).getByRole('checkbox');
  }
  settingGroup(key: string): Locator {
    return this.page.getByTestId(`setting-${key}`);
  }
  /** Output growth: `own` = each enterprise's rate, `path` = a park-wide path (radio buttons). */
  growthMode(mode: 'own' | 'path'): Locator {
    return this.settingGroup('output_growth_path').getByTestId(`growth-mode-${mode}`);
  }
  get growthPathTable(): Locator {
    return this.settingGroup('output_growth_path').getByTestId('growth-path-table');
  }
  /** The value field (% per year) of the growth path's row `row` (0-based). */
  growthRateInput(row: number): Locator {
    return this.growthPathTable.locator('tbody tr').nth(row).getByRole('textbox').nth(1);
  }

  // --- results screen (the key figures and tabs other screens' tests read) ---
  resultFigure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}`).locator('dd');
  }
  resultsTab(name: RegExp): Locator {
    return this.page.getByRole('tablist').getByRole('tab', { name });
  }

  get scenarioTitle(): Locator {
    return this.page.getByTestId('scenario-title');
  }
  get measuresTable(): Locator {
    return this.page.getByTestId('measures-table');
  }

  /**
   * Wait until the locator's whole text is `text`. For state that arrives from the host
   * (save state, results) when a locator should be found by its text; for other reads use expect.poll.
   */
  async waitForText(locator: Locator, text: string, timeout = 10_000): Promise<void> {
    const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    await locator.filter({ hasText: exact }).first().waitFor({ timeout });
  }

  async screenshot(name: string): Promise<string> {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
