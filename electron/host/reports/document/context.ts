import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n.ts';
import type { ReportModel } from '../report-model.ts';
import type { Block, Cell, LabelMaker, ParagraphOrigin, TableColumn } from './model.ts';
import { d, zhNumeral } from './strings.ts';
import { localName } from '../../../../core/text/names.ts';
import { narrativeText, type NarrativeChapter } from '../../../../core/model/report-text.ts';
import type { ScenarioResult } from '../../../../core/engine/index.ts';

/** What every chapter builder gets: the model, the language, a name picker and a block list. */
export class ChapterBuilder implements LabelMaker {
  readonly blocks: Block[] = [];
  private tables = 0;
  private figures = 0;

  readonly m: ReportModel;
  /** Chapter number (1-based) or annex number. */
  readonly number: number;
  readonly annex: boolean;

  constructor(m: ReportModel, number: number, annex: boolean) {
    this.m = m;
    this.number = number;
    this.annex = annex;
  }

  get lang(): Lang {
    return this.m.lang;
  }

  table(): string {
    this.tables++;
    return d(this.lang, this.annex ? 'annexTableLabel' : 'tableLabel', { c: this.number, i: this.tables });
  }
  figure(): string {
    this.figures++;
    return d(this.lang, this.annex ? 'annexFigureLabel' : 'figureLabel', { c: this.number, i: this.figures });
  }

  heading(text: string, level: 2 | 3 = 2): void {
    this.blocks.push({ kind: 'heading', level, text });
  }
  para(text: string, origin: ParagraphOrigin = 'generated', style: 'normal' | 'note' | 'strong' = 'normal'): void {
    this.blocks.push({ kind: 'paragraph', text, origin, style });
  }
  note(text: string): void {
    this.para(text, 'generated', 'note');
  }
  bullets(items: string[]): void {
    if (items.length > 0) this.blocks.push({ kind: 'bullets', items, origin: 'generated' });
  }
  addTable(title: string, columns: TableColumn[], rows: Cell[][], source: string, compact = false): string {
    const label = this.table();
    this.blocks.push({ kind: 'table', label, title, columns, rows, source, compact });
    return label;
  }
  addFigure(title: string, chart: EChartsCoreOption, height: number, source: string): string {
    const label = this.figure();
    this.blocks.push({ kind: 'figure', label, title, chart, width: 499, height, source });
    return label;
  }

  /**
   * The user's text of a narrative chapter in this language, paragraph by paragraph, marked as
   * theirs; when there is none and `remind`, a grey reminder that a person still has to write it.
   */
  narrative(chapter: NarrativeChapter, remind: boolean): boolean {
    const text = narrativeText(this.m.plan.report, chapter, this.lang).trim();
    if (text === '') {
      if (remind) this.para(d(this.lang, 'placeholder'), 'placeholder', 'note');
      return false;
    }
    for (const p of text.split(/\n\s*\n/)) if (p.trim() !== '') this.para(p.trim(), 'user');
    return true;
  }

  name(entity: { name: string }): string {
    return localName(entity, this.lang).text;
  }
  scenarioName(r: ScenarioResult): string {
    const s = this.m.plan.scenarios.find((x) => x.id === r.scenario_id);
    return s === undefined ? r.scenario_name : this.name(s);
  }
}

/** "第三章 现状与基准情景分析" / "3 Current state and baseline scenario". */
export function chapterTitle(lang: Lang, n: number, title: string, annex: boolean): string {
  if (annex) return d(lang, 'annex', { n, title });
  return d(lang, 'chapter', { n: lang === 'zh' ? zhNumeral(n) : n, title });
}
