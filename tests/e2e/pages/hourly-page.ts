import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page.ts';

/** Selectors for the Park screen's "Hourly data" panel (imported hourly series). */
export class HourlyPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get panel(): Locator {
    return this.page.getByTestId('hourly-data');
  }
  get rows(): Locator {
    return this.panel.getByTestId('hourly-row');
  }
  row(seriesId: string): Locator {
    return this.panel.locator(`[data-testid="hourly-row"][data-series-id="${seriesId}"]`);
  }
  get empty(): Locator {
    return this.panel.getByTestId('hourly-empty');
  }
  get kindSelect(): Locator {
    return this.panel.getByRole('combobox', { name: /^(Data|数据)$/ });
  }
  get enterpriseSelect(): Locator {
    return this.panel.getByRole('combobox', { name: /^(Enterprise|企业)$/ });
  }
  get fileInput(): Locator {
    return this.panel.getByLabel(/CSV file|CSV 文件|EPW/);
  }
  get importButton(): Locator {
    return this.panel.getByRole('button', { name: /^(Import|导入)$/ });
  }
  get problems(): Locator {
    return this.panel.getByTestId('hourly-problems');
  }
  get imported(): Locator {
    return this.panel.getByTestId('hourly-imported');
  }
  removeButton(seriesName: string): Locator {
    return this.panel.getByRole('button', { name: new RegExp(`^(Remove hourly series|删除逐时序列) ?“${seriesName}”$`) });
  }

  /** Pick the kind and enterprise, put the file on the input and press Import. */
  async importLoad(consumerId: string, path: string): Promise<void> {
    await this.kindSelect.selectOption('load');
    await this.enterpriseSelect.selectOption(consumerId);
    await this.fileInput.setInputFiles(path);
    await this.importButton.click();
  }
}
