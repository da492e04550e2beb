import type { Locator, Page } from 'playwright-core';

/**
 * The inventory grid on the Park screen: cells by row and column header, the focused cell,
 * and clipboard events dispatched the way the browser sends them for Ctrl+C / Ctrl+V.
 */
export class GridPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: /^(Enterprises|企业)$/ });
  }
  get message(): Locator {
    return this.page.getByTestId('grid-message');
  }
  get listbox(): Locator {
    return this.grid.getByRole('listbox');
  }
  get editor(): Locator {
    return this.grid.locator('input.grid__input');
  }

  /** Index of a column by the first line of its header (the label without its unit). */
  async columnIndex(label: string): Promise<number> {
    const headers = await this.grid.locator('thead tr:last-child th').allInnerTexts();
    const index = headers.findIndex((h) => h.split('\n')[0]?.trim() === label);
    if (index < 0) throw new Error(`no column ${label} in ${headers.join(' | ')}`);
    return index;
  }
  async cell(row: number, column: string): Promise<Locator> {
    return this.grid.locator(`[data-cell="${row}:${await this.columnIndex(column)}"]`);
  }
  async text(row: number, column: string): Promise<string> {
    return (await (await this.cell(row, column)).innerText()).trim();
  }
  async rowCount(): Promise<number> {
    return this.grid.locator('tbody tr').count();
  }

  /** The focused cell's "row:col" and text, or null when focus is not on a grid cell. */
  focused(): Promise<{ cell: string; text: string; selected: string | null } | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const cell = el?.dataset['cell'];
      return cell === undefined
        ? null
        : { cell, text: (el?.innerText ?? '').trim(), selected: el!.getAttribute('aria-selected') };
    });
  }

  async press(...keys: string[]): Promise<void> {
    for (const k of keys) await this.page.keyboard.press(k);
  }

  /** A paste event carrying `text`, sent to the focused cell as Ctrl+V would. */
  paste(text: string): Promise<void> {
    return this.page.evaluate((tsv) => {
      const data = new DataTransfer();
      data.setData('text/plain', tsv);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** A copy event sent to the focused cell; answers what the grid put on the clipboard. */
  copy(): Promise<string> {
    return this.page.evaluate(() => {
      const data = new DataTransfer();
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
  }
}
