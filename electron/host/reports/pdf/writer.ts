import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FontFile } from '../fonts.ts';

/**
 * Layout primitives over pdfkit: a cursor that flows headings, paragraphs, tables and charts
 * down A4 pages and breaks pages itself (pdfkit's own automatic breaks would split table rows),
 * then a last pass that writes the running header and "page X of Y" footers once the page count
 * is known (pages are buffered for that). Every drawing call sets its font first, so state
 * left behind by a chart never leaks into text.
 */

export type Align = 'left' | 'right' | 'center';
export interface Column {
  header: string;
  /** Relative width. */
  weight: number;
  align?: Align;
}
export interface StyledCell {
  text: string;
  fill?: string;
  color?: string;
  bold?: boolean;
}
export type Cell = string | StyledCell;

export interface WriterFonts {
  regular: FontFile;
  bold: FontFile;
  /** A full CJK font for characters the bundled subset lacks; null when the system has none. */
  fallback: FontFile | null;
}

export interface WriterOptions {
  fonts: WriterFonts;
  info: { title: string; subject: string; keywords: string; creationDate: Date };
  /** Running header of every page but the first. */
  headerText: string;
  footerLeft: string;
  pageLabel: (page: number, pages: number) => string;
}

export const COLORS = {
  ink: '#1d2a30',
  muted: '#5b6b73',
  accent: '#1f6f54',
  rule: '#c9d3d8',
  headerFill: '#e4ecea',
  zebra: '#f5f8f7',
  passFill: '#d7efdf',
  passInk: '#17603a',
  failFill: '#f8d6d3',
  failInk: '#a3261b',
  warnFill: '#fff1cc',
} as const;

const MARGIN = { top: 56, bottom: 58, left: 48, right: 48 };

interface FontWithCoverage {
  font?: { hasGlyphForCodePoint?: (cp: number) => boolean };
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  y: number;
  private readonly options: WriterOptions;
  private readonly coverage = new Map<string, boolean>();

  constructor(options: WriterOptions) {
    this.options = options;
    // The initial font is ours: pdfkit would otherwise load Helvetica's metrics from its data folder.
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      font: options.fonts.regular.path,
      info: {
        Title: options.info.title,
        Author: 'ParkZero',
        Subject: options.info.subject,
        Keywords: options.info.keywords,
        Creator: 'ParkZero',
        Producer: 'ParkZero (pdfkit)',
        // Fixed dates make the same plan on the same day give the same bytes.
        CreationDate: options.info.creationDate,
        ModDate: options.info.creationDate,
      },
    });
    this.y = MARGIN.top;
  }

  get left(): number {
    return MARGIN.left;
  }
  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  get atPageTop(): boolean {
    return this.y <= MARGIN.top + 1;
  }

  /**
   * Fonts are selected by file (and face), not by registered alias: pdfkit caches an opened font
   * under the key it was asked for, and an alias of an already open file misses that cache and
   * re-parses the whole font on every call (seconds per report).
   */
  private select(file: FontFile): void {
    if (file.face === undefined) this.doc.font(file.path);
    else this.doc.font(file.path, file.face);
  }

  /**
   * Selects the font for `text`: the bundled face when it has every glyph, otherwise the
   * system's full CJK font (a name with a rare hanzi must not print as empty boxes).
   */
  useFont(text: string, bold: boolean, size: number): this {
    const face = bold ? 'bold' : 'regular';
    this.select(this.options.fonts[face]);
    this.doc.fontSize(size);
    const fallback = this.options.fonts.fallback;
    if (fallback === null || this.covered(face, text)) return this;
    this.select(fallback);
    return this;
  }

  private covered(face: string, text: string): boolean {
    const key = `${face}\u0000${text}`;
    let ok = this.coverage.get(key);
    if (ok === undefined) {
      // pdfkit keeps the fontkit font of an embedded font in `font`; without it, assume coverage.
      const font = (this.doc as unknown as { _font: FontWithCoverage })._font.font;
      ok = true;
      if (font?.hasGlyphForCodePoint) {
        for (const ch of text) {
          const cp = ch.codePointAt(0)!;
          if (cp > 0x20 && !font.hasGlyphForCodePoint(cp)) {
            ok = false;
            break;
          }
        }
      }
      this.coverage.set(key, ok);
    }
    return ok;
  }

  /** Text width in points, in the font the text will be drawn with (for chart layout). */
  readonly measure = (text: string, size: number, bold: boolean): number => {
    this.useFont(text, bold, size);
    return this.doc.widthOfString(text);
  };

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  textHeight(text: string, size: number, width: number, bold = false): number {
    this.useFont(text, bold, size);
    return this.doc.heightOfString(text, { width, lineGap: size * 0.25 });
  }

  /** Draws text at an absolute position without moving the flow cursor. */
  textAt(
    text: string,
    x: number,
    y: number,
    opts: { size: number; width: number; bold?: boolean; color?: string; align?: Align },
  ): void {
    this.useFont(text, opts.bold ?? false, opts.size);
    this.doc.fillColor(opts.color ?? COLORS.ink).text(text, x, y, {
      width: opts.width,
      align: opts.align ?? 'left',
      lineGap: opts.size * 0.25,
    });
  }

  /** Level 1 starts a page; level 2 keeps at least `keepWithNext` points below it on the page. */
  heading(text: string, level: 1 | 2 | 3, keepWithNext = 90): void {
    const size = level === 1 ? 17 : level === 2 ? 12.5 : 10;
    if (level === 1 && !this.atPageTop) this.newPage();
    const h = this.textHeight(text, size, this.width, true);
    this.ensureSpace(h + keepWithNext);
    if (!this.atPageTop) this.space(level === 2 ? 10 : 6);
    this.textAt(text, this.left, this.y, {
      size,
      width: this.width,
      bold: true,
      color: level === 3 ? COLORS.ink : COLORS.accent,
    });
    this.y += h + (level === 1 ? 4 : 3);
    if (level === 1) {
      this.doc
        .moveTo(this.left, this.y)
        .lineTo(this.left + this.width, this.y)
        .lineWidth(0.8)
        .strokeColor(COLORS.accent)
        .stroke();
      this.y += 10;
    }
  }

  paragraph(text: string, opts: { size?: number; color?: string; bold?: boolean } = {}): void {
    const size = opts.size ?? 9;
    const h = this.textHeight(text, size, this.width, opts.bold);
    this.ensureSpace(h);
    this.textAt(text, this.left, this.y, { size, width: this.width, bold: opts.bold ?? false, color: opts.color ?? COLORS.ink });
    this.y += h + size * 0.6;
  }

  /** Draws an SVG (an echarts chart) as vector graphics at the cursor. */
  svg(svg: string, width: number, height: number): void {
    this.ensureSpace(height);
    SVGtoPDF(this.doc, svg, this.left + (this.width - width) / 2, this.y, {
      width,
      height,
      assumePt: true,
      // echarts names a CSS font family; ours are the only fonts the document embeds.
      fontCallback: (_family, bold) => (bold ? this.options.fonts.bold.path : this.options.fonts.regular.path),
    });
    this.y += height + 6;
  }

  /**
   * A table that breaks across pages between rows, repeating its header. Cells wrap; a row is
   * as tall as its tallest cell.
   */
  table(
    columns: readonly Column[],
    rows: readonly (readonly Cell[])[],
    opts: { size?: number; zebra?: boolean; header?: boolean; keepTogether?: boolean; padY?: number } = {},
  ): void {
    const size = opts.size ?? 7.5;
    const padX = 3;
    const padY = opts.padY ?? 2.5;
    const withHeader = opts.header ?? true;
    const totalWeight = columns.reduce((s, c) => s + c.weight, 0);
    const widths = columns.map((c) => (c.weight / totalWeight) * this.width);
    const cellHeight = (cells: readonly Cell[], boldAll: boolean) =>
      Math.max(
        ...cells.map((cell, i) => {
          const c = typeof cell === 'string' ? { text: cell } : cell;
          return this.textHeight(c.text === '' ? ' ' : c.text, size, widths[i]! - 2 * padX, boldAll || (c.bold ?? false));
        }),
      ) +
      2 * padY;

    const drawRow = (cells: readonly Cell[], h: number, header: boolean, zebra: boolean) => {
      let x = this.left;
      cells.forEach((cell, i) => {
        const c: StyledCell = typeof cell === 'string' ? { text: cell } : cell;
        const fill = header ? COLORS.headerFill : (c.fill ?? (zebra ? COLORS.zebra : undefined));
        if (fill) this.doc.rect(x, this.y, widths[i]!, h).fillColor(fill).fill();
        this.textAt(c.text, x + padX, this.y + padY, {
          size,
          width: widths[i]! - 2 * padX,
          bold: header || (c.bold ?? false),
          color: c.color ?? COLORS.ink,
          align: header ? (columns[i]!.align === 'right' ? 'right' : 'left') : (columns[i]!.align ?? 'left'),
        });
        x += widths[i]!;
      });
      this.doc
        .moveTo(this.left, this.y + h)
        .lineTo(this.left + this.width, this.y + h)
        .lineWidth(header ? 0.7 : 0.3)
        .strokeColor(COLORS.rule)
        .stroke();
      this.y += h;
    };

    const headerCells = columns.map((c) => c.header);
    const headerHeight = withHeader ? cellHeight(headerCells, true) : 0;
    const heights = rows.map((row) => cellHeight(row, false));
    const total = headerHeight + heights.reduce((a, b) => a + b, 0);
    // A short table reads better whole on the next page than split over two.
    const pageRoom = this.bottom - 56;
    this.ensureSpace(opts.keepTogether && total <= pageRoom ? total : headerHeight + (heights[0] ?? 0));
    if (withHeader) drawRow(headerCells, headerHeight, true, false);
    rows.forEach((row, r) => {
      const h = heights[r]!;
      if (this.y + h > this.bottom) {
        this.newPage();
        if (withHeader) drawRow(headerCells, headerHeight, true, false);
      }
      drawRow(row, h, false, (opts.zebra ?? true) && r % 2 === 1);
    });
    this.y += 8;
  }

  /** Writes running headers and footers on every page, then returns the finished PDF. */
  async finish(): Promise<Uint8Array> {
    const range = this.doc.bufferedPageRange();
    const pages = range.count;
    for (let i = range.start; i < range.start + pages; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      // Text below the bottom margin would make pdfkit add a page; footers live there.
      const savedBottom = page.margins.bottom;
      page.margins.bottom = 0;
      const footerY = page.height - 38;
      this.doc
        .moveTo(this.left, footerY - 5)
        .lineTo(this.left + this.width, footerY - 5)
        .lineWidth(0.4)
        .strokeColor(COLORS.rule)
        .stroke();
      this.textAt(this.options.footerLeft, this.left, footerY, { size: 6.5, width: this.width * 0.8, color: COLORS.muted });
      this.textAt(this.options.pageLabel(i - range.start + 1, pages), this.left + this.width * 0.8, footerY, {
        size: 7,
        width: this.width * 0.2,
        color: COLORS.muted,
        align: 'right',
      });
      if (i > range.start) {
        this.textAt(this.options.headerText, this.left, 30, { size: 7, width: this.width, color: COLORS.muted });
        this.doc
          .moveTo(this.left, 42)
          .lineTo(this.left + this.width, 42)
          .lineWidth(0.4)
          .strokeColor(COLORS.rule)
          .stroke();
      }
      page.margins.bottom = savedBottom;
    }
    const chunks: Buffer[] = [];
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    this.doc.end();
    await done;
    return new Uint8Array(Buffer.concat(chunks));
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }
}
