import type { Locator, Page } from 'playwright-core';
import { LeversPage } from './levers-page.ts';

/** Selectors for the Plan-to-targets screen: actions by role and name, data by test ids. */
export class OptimisePage extends LeversPage {
  constructor(page: Page) {
    super(page);
  }
  get candidates(): Locator {
    return this.page.getByTestId('optimise-candidates');
  }
  candidateRow(id: string): Locator {
    return this.candidates.locator(`tr[data-candidate-id="${id}"]`);
  }
  get progress(): Locator {
    return this.page.getByTestId('optimise-progress');
  }
  get result(): Locator {
    return this.page.getByTestId('optimise-result');
  }
  get verdict(): Locator {
    return this.page.getByTestId('optimise-verdict');
  }
  get shortfalls(): Locator {
    return this.page.getByTestId('optimise-shortfalls');
  }
  get create(): Locator {
    return this.page.getByTestId('optimise-create');
  }
  button(name: RegExp): Locator {
    return this.main.getByRole('button', { name });
  }
  async setResolution(days: string, periodYears: string): Promise<void> {
    await this.main.getByRole('spinbutton', { name: /Representative days per period|每个时段的典型日数/ }).fill(days);
    await this.main.getByRole('spinbutton', { name: /Years per period|每个时段的年数/ }).fill(periodYears);
  }
}
