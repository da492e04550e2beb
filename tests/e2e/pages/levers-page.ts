import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page.ts';

/**
 * Selectors for the Measures, Targets and Factors screens. Actions go by accessible role and
 * name where a person would; data is read through data-testid hooks.
 */
export class LeversPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async goTo(screen: RegExp): Promise<void> {
    await this.navItem(screen).click();
    await this.heading.waitFor();
  }

  // --- measures ---
  get measuresScenario(): Locator {
    return this.page.getByTestId('measures-scenario');
  }
  async chooseScenario(name: string): Promise<void> {
    const value = await this.measuresScenario.locator('option', { hasText: name }).first().getAttribute('value');
    if (value === null) throw new Error(`no scenario ${name}`);
    await this.measuresScenario.selectOption(value);
  }
  get measuresList(): Locator {
    return this.page.getByTestId('measures-list');
  }
  measureRow(name: string): Locator {
    return this.measuresList.getByTestId('measure-row').filter({ hasText: name });
  }
  async measureNames(): Promise<string[]> {
    return this.measuresList.locator('tbody th').allInnerTexts();
  }
  get addMeasureButton(): Locator {
    return this.page.getByTestId('add-measure-open');
  }
  get addMeasureForm(): Locator {
    return this.page.getByTestId('add-measure');
  }
  /** The radio of a measure kind; its label card is what a person clicks. */
  kindOption(label: RegExp): Locator {
    return this.addMeasureForm.getByRole('radio', { name: label });
  }
  async pickKind(label: RegExp): Promise<void> {
    await this.addMeasureForm
      .locator('label.kind-option')
      .filter({ has: this.page.getByRole('radio', { name: label }) })
      .click();
  }
  addField(path: string): Locator {
    return this.addMeasureForm.getByTestId(`add-field-${path}`);
  }
  get addMeasureSubmit(): Locator {
    return this.page.getByTestId('add-measure-submit');
  }
  get measureEditor(): Locator {
    return this.page.getByTestId('measure-editor');
  }
  measureField(path: string): Locator {
    return this.measureEditor.getByTestId(`measure-field-${path}`);
  }
  resetButton(path: string): Locator {
    return this.measureEditor.getByTestId(`reset-${path}`);
  }
  get timeline(): Locator {
    return this.page.getByTestId('measure-timeline');
  }
  async timelineNames(): Promise<string[]> {
    return this.timeline.getByTestId('timeline-row').locator('.gantt__name').allInnerTexts();
  }

  // --- targets ---
  get targetsList(): Locator {
    return this.page.getByTestId('targets-list');
  }
  /** A target's card by its id (names also appear in every card's indicator options). */
  targetCard(id: string): Locator {
    return this.targetsList.locator(`[data-testid="target-card"][data-target-id="${id}"]`);
  }
  async targetNames(): Promise<string[]> {
    return this.targetsList.getByTestId('target-name').allInnerTexts();
  }

  // --- factors ---
  get factorSearch(): Locator {
    return this.page.getByTestId('factor-search');
  }
  factorRow(key: string): Locator {
    return this.page.locator(`tr[data-factor-key="${key}"]`);
  }
}
