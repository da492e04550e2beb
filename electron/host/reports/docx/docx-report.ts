import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import PDFDocument from 'pdfkit';
import { Resvg } from '@resvg/resvg-js';
import { bundledFonts } from '../fonts.ts';
import { renderChart, type TextMeasurer } from '../charts.ts';
import type { Block, Cell, Chapter, ReportDocument } from '../document/model.ts';

/**
 * The plan document as a Word file, for consultants who edit in Word: real headings (Word's
 * navigation pane and its table of contents use them), tables with repeating header rows,
 * charts as SVG with a PNG for Word versions without SVG, and the page number and fingerprint
 * in the footer. The contents field is filled from the headings; Word adds page numbers when
 * it updates fields on opening.
 */

const INK = '1D2A30';
const MUTED = '5B6B73';
const ACCENT = '1F6F54';
const FILLS = { pass: 'D7EFDF', fail: 'F8D6D3', total: 'E4ECEA', header: 'E4ECEA', draft: 'FFF1CC' } as const;

/** Points to the half-points Word's run sizes use. */
const hp = (pt: number) => Math.round(pt * 2);

function run(text: string, opts: { size?: number; bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text, size: hp(opts.size ?? 10.5), bold: opts.bold ?? false, color: opts.color ?? INK });
}

/** Text with line breaks as separate runs (Word ignores "\n" inside a run). */
function runs(text: string, opts: { size?: number; bold?: boolean; color?: string } = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : 0,
        size: hp(opts.size ?? 10.5),
        bold: opts.bold ?? false,
        color: opts.color ?? INK,
      }),
  );
}

export async function renderDocxReport(doc: ReportDocument): Promise<Uint8Array> {
  const measure = textMeasurer();
  const zh = doc.lang === 'zh';
  const children: FileChild[] = [
    ...coverParagraphs(doc),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.tocTitle, { size: 16, bold: true, color: ACCENT })] }),
    new TableOfContents(doc.tocTitle, { hyperlink: true, headingStyleRange: '1-1' }),
  ];
  for (const chapter of [doc.summary, ...doc.chapters, ...doc.annexes]) children.push(...chapterContent(chapter, measure));

  const file = new Document({
    creator: 'ParkZero',
    title: doc.info.title,
    subject: doc.info.subject,
    keywords: doc.info.keywords,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: {
            font: zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' } : 'Arial',
            size: hp(10.5),
            color: INK,
            // The text's language: Word proofs and breaks lines by it. (LibreOffice on Linux without
            // SimSun still substitutes the Japanese face of Noto Serif CJK, language or not.)
            language: zh ? { value: 'zh-CN', eastAsia: 'zh-CN' } : { value: 'en-GB', eastAsia: 'zh-CN' },
          },
          // lineRule spelled out: LibreOffice reads a bare w:line as an exact height and crops
          // every chart (an inline image) to one line; Word reads it as a multiple either way.
          paragraph: { spacing: { after: 80, line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: {
            font: zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' } : 'Arial',
            size: hp(16),
            bold: true,
            color: ACCENT,
          },
          paragraph: { spacing: { before: 240, after: 200 } },
        },
        heading2: {
          run: {
            font: zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' } : 'Arial',
            size: hp(13),
            bold: true,
            color: ACCENT,
          },
          paragraph: { spacing: { before: 200, after: 120 } },
        },
        heading3: {
          run: {
            font: zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' } : 'Arial',
            size: hp(11),
            bold: true,
            color: INK,
          },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } },
          titlePage: true,
        },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [run(doc.headerText, { size: 8, color: MUTED })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: footer(doc),
          first: footer(doc),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

function footer(doc: ReportDocument): Footer {
  const zh = doc.lang === 'zh';
  const page = (k: (typeof PageNumber)[keyof typeof PageNumber]) => new TextRun({ children: [k], size: hp(8), color: MUTED });
  return new Footer({
    children: [
      new Paragraph({ children: [run(doc.footerText, { size: 7, color: MUTED })] }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: zh
          ? [
              run('第 ', { size: 8, color: MUTED }),
              page(PageNumber.CURRENT),
              run(' 页，共 ', { size: 8, color: MUTED }),
              page(PageNumber.TOTAL_PAGES),
              run(' 页', { size: 8, color: MUTED }),
            ]
          : [
              run('Page ', { size: 8, color: MUTED }),
              page(PageNumber.CURRENT),
              run(' of ', { size: 8, color: MUTED }),
              page(PageNumber.TOTAL_PAGES),
            ],
      }),
    ],
  });
}

function coverParagraphs(doc: ReportDocument): FileChild[] {
  const c = doc.cover;
  const out: FileChild[] = [
    new Paragraph({
      spacing: { before: 1600, after: 200 },
      alignment: AlignmentType.CENTER,
      children: [run(c.title, { size: 26, bold: true, color: ACCENT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 600 },
      children: [run(c.subtitle, { size: 13, color: MUTED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [run(c.park, { size: 20, bold: true })],
    }),
  ];
  for (const banner of [c.draftBanner, c.illustrativeBanner])
    if (banner !== null)
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          shading: { type: ShadingType.CLEAR, fill: FILLS.draft, color: 'auto' },
          spacing: { after: 200 },
          children: [run(banner, { size: 12, bold: true, color: '7A4D00' })],
        }),
      );
  out.push(
    new Table({
      width: { size: 80, type: WidthType.PERCENTAGE },
      alignment: AlignmentType.CENTER,
      rows: c.fields.map(
        (f) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: 30, type: WidthType.PERCENTAGE },
                children: [new Paragraph({ children: [run(f.label, { size: 12, bold: true })] })],
              }),
              new TableCell({
                width: { size: 70, type: WidthType.PERCENTAGE },
                children: [new Paragraph({ children: [run(f.value, { size: 12 })] })],
              }),
            ],
          }),
      ),
    }),
    new Paragraph({ spacing: { before: 1200 }, children: [run(c.fingerprintLabel, { size: 9, bold: true })] }),
    new Paragraph({ children: [run(c.fingerprint, { size: 9 })] }),
    new Paragraph({ children: [run(c.fingerprintNote, { size: 8, color: MUTED })] }),
    new Paragraph({ children: [run(c.generatedBy, { size: 8, color: MUTED })] }),
  );
  return out;
}

function chapterContent(chapter: Chapter, measure: TextMeasurer): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(chapter.title)] }),
  ];
  for (const b of chapter.blocks) out.push(...block(b, measure));
  return out;
}

function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 160, after: 80 },
    children: [run(text, { size: 10, bold: true })],
  });
}
function source(text: string): Paragraph {
  return new Paragraph({ spacing: { after: 160 }, children: [run(text, { size: 8, color: MUTED })] });
}

function block(b: Block, measure: TextMeasurer): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          keepNext: true,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'paragraph': {
      const grey = b.origin === 'placeholder' || b.style === 'note';
      return [
        new Paragraph({
          children: runs(b.text, { size: grey ? 9 : 10.5, color: grey ? MUTED : INK, bold: b.style === 'strong' }),
          // A person's paragraphs get the first-line indent of Chinese official documents.
          indent: b.origin === 'user' && b.text.length > 0 ? { firstLine: 420 } : undefined,
        }),
      ];
    }
    case 'bullets':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [run(item, { size: 9.5 })] }));
    case 'table':
      return [caption(`${b.label}  ${b.title}`), table(b), source(b.source)];
    case 'figure': {
      const svg = renderChart(b.chart, b.width, b.height, measure);
      const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: resvgFonts() }).render().asPng();
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(svg),
              // Points to pixels at 96 dpi, as docx's transformation expects.
              transformation: { width: Math.round((b.width * 96) / 72), height: Math.round((b.height * 96) / 72) },
              fallback: { type: 'png', data: png },
            }),
          ],
        }),
        caption(`${b.label}  ${b.title}`),
        source(b.source),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const TONE_FILL: Record<string, string> = { pass: FILLS.pass, fail: FILLS.fail, total: FILLS.total };
const TONE_INK: Record<string, string> = { pass: '17603A', fail: 'A3261B', muted: MUTED };

/**
 * Column widths in percent of the text width, by weight, none under 6%: a cell's margins take
 * about 0.4 cm, so a narrower column (a row number) wraps "10" into two lines in Word and
 * LibreOffice, which the PDF writer's own layout never does.
 */
function columnPercents(weights: readonly number[]): number[] {
  const MIN = 6;
  const total = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (w / total) * 100);
  const narrow = raw.filter((p) => p < MIN).length;
  const wide = raw.filter((p) => p >= MIN).reduce((s, p) => s + p, 0);
  const scale = (100 - narrow * MIN) / wide;
  return raw.map((p) => Math.round(p < MIN ? MIN : p * scale));
}

function table(b: Block & { kind: 'table' }): Table {
  const size = b.compact ? 8 : 8.5;
  const widths = columnPercents(b.columns.map((c) => c.weight));
  const align = (a: string | undefined) =>
    a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, fill: FILLS.header, color: 'auto' },
          children: [new Paragraph({ alignment: align(c.align), children: runs(c.header, { size, bold: true }) })],
        }),
    ),
  });
  const body = b.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((raw: Cell, i) => {
          const c = typeof raw === 'string' ? { text: raw } : raw;
          const fill = c.tone ? TONE_FILL[c.tone] : undefined;
          return new TableCell({
            width: { size: widths[i]!, type: WidthType.PERCENTAGE },
            ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
            children: [
              new Paragraph({
                alignment: align(b.columns[i]!.align),
                children: runs(c.text, {
                  size,
                  bold: c.bold === true || c.tone === 'total' || c.tone === 'pass' || c.tone === 'fail',
                  color: (c.tone && TONE_INK[c.tone]) ?? INK,
                }),
              }),
            ],
          });
        }),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...body] });
}

function resvgFonts() {
  const f = bundledFonts();
  return { loadSystemFonts: false, fontFiles: [f.regular.path, f.bold.path], defaultFontFamily: 'Noto Sans SC ParkZero' };
}

/** Measures chart text with the report's own font, as the PDF writer does. */
function textMeasurer(): TextMeasurer {
  const f = bundledFonts();
  const pdf = new PDFDocument({ font: f.regular.path, autoFirstPage: true });
  return (text, size, bold) => {
    pdf.font(bold ? f.bold.path : f.regular.path).fontSize(size);
    return pdf.widthOfString(text);
  };
}
