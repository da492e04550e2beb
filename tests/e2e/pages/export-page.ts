import type { Locator, Page } from 'playwright-core';

/** The "Export report" dialog opened from the top bar. */
export class ExportPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get openButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^(Export report…|导出报告…)$/ });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Export a report|导出报告)$/ });
  }
  async open(): Promise<void> {
    await this.openButton.click();
    await this.dialog.waitFor();
  }
  radio(name: string): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }
  scenario(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true });
  }
  get scenarioBoxes(): Locator {
    return this.dialog.getByRole('checkbox');
  }
  get path(): Locator {
    return this.dialog.getByRole('textbox', { name: /^(Save to|保存到)$/ });
  }
  get submit(): Locator {
    return this.dialog.getByRole('button', { name: /^(Export|导出)$/ });
  }
  get alert(): Locator {
    return this.dialog.getByRole('alert');
  }
  get result(): Locator {
    return this.dialog.getByTestId('export-result');
  }
  get resultPath(): Locator {
    return this.dialog.getByTestId('export-path');
  }
  /** "… already exists. Replace it": shown instead of replacing a file silently. */
  get exists(): Locator {
    return this.dialog.getByTestId('export-exists');
  }
  get replaceButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Replace it|替换该文件)$/ });
  }
  get error(): Locator {
    return this.dialog.getByTestId('export-error');
  }
  get closeButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Close|关闭)$/ });
  }
  get cancelButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Cancel|取消)$/ });
  }
}
