import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { GridPage } from './pages/grid-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The Park screen's inventory as a spreadsheet, keyboard only, against the real host. */
describe('inventory grid', () => {
  let s: E2eSession;
  let app: AppPage;
  let g: GridPage;
  let names: string[];

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    g = new GridPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    names = await app.consumerNames();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('is one tab stop; arrows, Home, End and Tab move a visible cursor', async () => {
    await app.addEnterpriseButton.focus();
    await g.press('Tab');
    await expect.poll(() => g.focused()).toEqual({ cell: '0:1', text: names[0], selected: 'true' });
    await g.press('ArrowDown', 'ArrowRight');
    expect((await g.focused())?.text).toBe('Electronics');
    await g.press('End');
    expect((await g.focused())?.cell).toBe(`1:${(await g.grid.locator('thead tr:last-child th').count()) - 1}`);
    await g.press('Home');
    expect((await g.focused())?.cell).toBe('1:0');
    await g.press('Tab', 'Tab');
    expect((await g.focused())?.cell).toBe('1:2');
    await g.press('Shift+Tab');
    expect((await g.focused())?.text).toBe(names[1]);
    await g.press('Control+End', 'Control+Home');
    expect((await g.focused())?.cell).toBe('0:0');
    // The cursor is drawn, not only focused.
    const shadow = await (await g.cell(0, 'Details')).evaluate((el) => getComputedStyle(el).boxShadow);
    expect(shadow).not.toBe('none');
  });

  it('typing edits a cell, Enter commits and moves down, and the totals follow', async () => {
    await expect.poll(() => app.totalFor('Coal')).toBe('165,500');
    await (await g.cell(0, 'Coal')).click();
    await s.page.keyboard.type('1234');
    await g.press('Enter');
    await expect.poll(() => g.text(0, 'Coal')).toBe('1,234');
    expect((await g.focused())?.cell).toBe(`1:${await g.columnIndex('Coal')}`);
    await expect.poll(() => app.totalFor('Coal')).toBe('166,734');
  });

  it('F2 edits the current value and Escape cancels', async () => {
    await g.press('ArrowUp', 'F2');
    await expect.poll(() => g.editor.inputValue()).toBe('1,234');
    await g.press('Backspace', 'Backspace', 'Escape');
    await expect.poll(() => g.text(0, 'Coal')).toBe('1,234');
    expect((await g.focused())?.cell).toBe(`0:${await g.columnIndex('Coal')}`);
  });

  it('Delete clears a number to zero, as one undo step', async () => {
    await g.press('Delete');
    await expect.poll(() => g.text(0, 'Coal')).toBe('0');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => g.text(0, 'Coal')).toBe('1,234');
  });

  it('picks a sector from the keyboard, filtering in either language', async () => {
    await (await g.cell(2, 'Sector')).click();
    await g.press('Enter');
    await g.listbox.waitFor();
    await s.page.keyboard.type('冶');
    await expect.poll(() => g.listbox.getByRole('option').allInnerTexts()).toEqual(['Metals']);
    await app.screenshot('inventory-grid-picker-en');
    await g.press('Enter');
    await expect.poll(() => g.text(2, 'Sector')).toBe('Metals');
    await g.press('ArrowUp', 'Enter', 'ArrowDown', 'ArrowDown', 'Escape');
    await expect.poll(() => g.text(2, 'Sector')).toBe('Metals');
  });

  it('outlines an invalid cell with the reason and keeps the editor open', async () => {
    const before = await g.text(3, 'Output growth');
    await (await g.cell(3, 'Output growth')).click();
    await s.page.keyboard.type('150');
    await g.press('Enter');
    const cell = await g.cell(3, 'Output growth');
    await expect.poll(() => cell.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => g.message.innerText()).toContain('Enter a number from -50 to 100.');
    await app.screenshot('inventory-grid-invalid-en');
    await g.press('Escape');
    await expect.poll(() => cell.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => g.text(3, 'Output growth')).toBe(before);
  });

  it('pastes a 2 × 3 block from a spreadsheet, and one undo reverts all of it', async () => {
    const before = [await g.text(4, 'Output value'), await g.text(4, 'Value added'), await g.text(5, 'Coal')];
    await (await g.cell(4, 'Output value')).click();
    await g.paste('700,000\t１４０，０００\t90000\r\n5,000\t1000\t0\r\n');
    await expect.poll(() => g.message.innerText()).toContain('Pasted 2 × 3 cells');
    expect([await g.text(4, 'Output value'), await g.text(4, 'Value added'), await g.text(4, 'Coal')]).toEqual([
      '700,000',
      '140,000',
      '90,000',
    ]);
    expect([await g.text(5, 'Output value'), await g.text(5, 'Value added'), await g.text(5, 'Coal')]).toEqual([
      '5,000',
      '1,000',
      '0',
    ]);
    await expect.poll(() => g.grid.locator('[aria-selected="true"]').count()).toBe(6);
    await app.screenshot('inventory-grid-paste-en');
    await app.topButton(/^Undo$/).click();
    expect([await g.text(4, 'Output value'), await g.text(4, 'Value added'), await g.text(5, 'Coal')]).toEqual(before);
    await expect.poll(() => g.text(4, 'Coal')).toBe('18,000');
  });

  it('refuses a paste with an invalid value as a whole, naming row, column and reason', async () => {
    await (await g.cell(4, 'Output value')).click();
    await g.paste('1\t2\n3\tlots\n');
    await expect
      .poll(() => g.message.innerText())
      // The row is named in the screen's language: the sample's sixth enterprise, 肉类及饲料加工厂, in English.
      .toBe('Nothing was pasted. Row 6 (Meat and feed processing), Value added: “lots” — Enter a number.');
    await expect.poll(async () => (await g.cell(5, 'Value added')).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => g.text(4, 'Output value')).toBe('184,000');
    await app.screenshot('inventory-grid-refused-en');
  });

  it('grows the inventory when the paste runs past the last row, with labels in either language', async () => {
    const last = names.length - 1;
    await (await g.cell(last, 'Enterprise')).click();
    await g.paste(`${names[last]}\tOffices\n冷库二期\t物流\t冷链仓储\t3,500\n`);
    await expect.poll(() => g.message.innerText()).toContain('added 1 enterprise');
    await expect.poll(() => app.consumerNames()).toEqual([...names, '冷库二期']);
    await expect.poll(() => g.text(last + 1, 'Load profile')).toBe('Cold storage');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => app.consumerNames()).toEqual(names);
  });

  it('edits the name in the screen’s language and leaves the other language’s name as it is', async () => {
    const chinese = await g.text(0, 'Chinese name');
    await (await g.cell(0, 'Enterprise')).click();
    await s.page.keyboard.type('PCB plant');
    await g.press('Enter');
    await expect.poll(() => g.text(0, 'Enterprise')).toBe('PCB plant');
    await expect.poll(() => g.text(0, 'English name')).toBe('PCB plant');
    expect(await g.text(0, 'Chinese name')).toBe(chinese);
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => g.text(0, 'Enterprise')).toBe(names[0]);
  });

  it('copies a selected block as tab-separated text', async () => {
    await (await g.cell(0, 'Enterprise')).click();
    await g.press('Shift+ArrowRight', 'Shift+ArrowDown');
    expect(await g.copy()).toBe(`${names[0]}\tElectronics\r\n${names[1]}\tElectronics\r\n`);
  });

  it('works in Chinese too', async () => {
    await app.switchLanguage('中文');
    await (await g.cell(1, '行业')).click();
    await g.press('Enter');
    await g.listbox.waitFor();
    await app.screenshot('inventory-grid-zh');
    await g.press('Escape');
    await expect.poll(() => g.text(1, '行业')).toBe('电子信息');
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
