import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n.ts';

/**
 * The plan report as one document: what the PDF and the DOCX renderers both draw, so the two
 * formats carry the same chapters, paragraphs, numbered tables and figures. Everything here is
 * plain data built from the engine's results (generated) and the project's narrative (written by
 * a person); renderers only lay it out.
 */

export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  header: string;
  /** Relative width. */
  weight: number;
  align?: Align;
}

export type CellTone = 'pass' | 'fail' | 'total' | 'muted';
export interface TableCell {
  text: string;
  tone?: CellTone;
  bold?: boolean;
}
export type Cell = string | TableCell;

/**
 * Where a paragraph comes from. `generated`: facts from the model, rebuilt on every report;
 * `user`: the project's narrative text, printed as written and never rebuilt; `placeholder`:
 * a chapter's reminder that its author has not written it yet (a draft shows it, in grey).
 */
export type ParagraphOrigin = 'generated' | 'user' | 'placeholder';

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; origin: ParagraphOrigin; style?: 'normal' | 'note' | 'strong' }
  | { kind: 'bullets'; items: string[]; origin: ParagraphOrigin }
  | {
      kind: 'table';
      /** "表 3-2" / "Table 3.2": numbered per chapter. */
      label: string;
      title: string;
      columns: TableColumn[];
      rows: Cell[][];
      source: string;
      compact?: boolean;
    }
  | {
      kind: 'figure';
      label: string;
      title: string;
      chart: EChartsCoreOption;
      /** Drawing size in points (1 CSS px of the chart = 1 pt). */
      width: number;
      height: number;
      source: string;
    }
  | { kind: 'pageBreak' };

export interface Chapter {
  /** Stable id (also the narrative key of user text for this chapter). */
  id: string;
  /** Numbered title as printed: "第三章 现状与基准情景分析", "Annex A ...". */
  title: string;
  blocks: Block[];
}

export interface Cover {
  title: string;
  subtitle: string;
  park: string;
  /** Lines "label: value" (organisation, client, version, status, date). */
  fields: { label: string; value: string }[];
  /** Draft status as a banner ("征求意见稿" / "DRAFT"); null when final. */
  draftBanner: string | null;
  illustrativeBanner: string | null;
  fingerprintLabel: string;
  fingerprint: string;
  fingerprintNote: string;
  generatedBy: string;
}

export interface ReportDocument {
  lang: Lang;
  cover: Cover;
  tocTitle: string;
  /** The one-page summary; its blocks are kept short enough for one A4 page. */
  summary: Chapter;
  chapters: Chapter[];
  annexes: Chapter[];
  headerText: string;
  footerText: string;
  /** Document metadata. */
  info: { title: string; subject: string; keywords: string; date: string };
}

/**
 * A chapter or annex contributed by another module (the least-cost planner's result, the
 * uncertainty analysis). `build` gets the chapter number it will carry and returns its blocks;
 * it is called only when the module has something to report (`present`).
 */
export interface ExtraSection {
  id: string;
  placement: 'chapter' | 'annex';
  title: (lang: Lang) => string;
  build: (ctx: { lang: Lang; label: LabelMaker }) => Block[];
}

/** Numbers tables and figures within a chapter: "表 5-1", "图 5-2" / "Table 5.1", "Figure 5.2". */
export interface LabelMaker {
  table(): string;
  figure(): string;
}
