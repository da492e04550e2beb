import type { Locator, Page } from 'playwright-core';

/** Selectors of the carbon-market panel (Park screen), the coverage fields and the results table. */
export class CarbonMarketPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  get panel(): Locator {
    return this.page.getByTestId('carbon-markets');
  }
  get addNational(): Locator {
    return this.page.getByTestId('add-national-market');
  }
  marketField(key: string): Locator {
    return this.page.getByTestId('carbon-market-form').getByTestId(`market-field-${key}`);
  }
  get save(): Locator {
    return this.page.getByTestId('carbon-market-save');
  }
  get problem(): Locator {
    return this.page.getByTestId('carbon-market-problem');
  }
  async marketRows(): Promise<string[]> {
    return this.page.getByTestId('carbon-market-row').locator('th').allInnerTexts();
  }
  coverageField(key: string): Locator {
    return this.page.getByTestId('coverage-fields').getByTestId(`coverage-field-${key}`);
  }
  get coverageSave(): Locator {
    return this.page.getByTestId('coverage-save');
  }
  get coverageStatus(): Locator {
    return this.page.getByTestId('coverage-status');
  }
  get resultsCard(): Locator {
    return this.page.getByTestId('carbon-market-card');
  }
  /** The cells of one enterprise's row in one year: [year, enterprise, market, verified, allowances, balance, offsets, cost]. */
  async position(year: number): Promise<string[]> {
    return this.page
      .locator(`[data-testid="carbon-market-position"][data-year="${year}"]`)
      .first()
      .locator('th, td')
      .allInnerTexts();
  }
  get everyYear(): Locator {
    return this.page.getByTestId('carbon-market-every-year');
  }
  /** The years that have a park-total row, in table order. */
  async years(): Promise<number[]> {
    const ys = await this.page
      .locator('[data-testid="carbon-market-total"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-year')));
    return ys.map(Number);
  }
  async total(year: number): Promise<string[]> {
    return this.page.locator(`[data-testid="carbon-market-total"][data-year="${year}"]`).locator('th, td').allInnerTexts();
  }
}
