import { PdfWriter, COLORS, type Cell as WriterCell } from './writer.ts';
import { bundledFonts, systemFallbackFont } from '../fonts.ts';
import { t } from '../i18n.ts';
import { renderChart } from '../charts.ts';
import type { Block, Cell, Chapter, ReportDocument } from '../document/model.ts';

export interface PdfReport {
  bytes: Uint8Array;
  pages: number;
}

const TONES = {
  pass: { fill: COLORS.passFill, color: COLORS.passInk, bold: true },
  fail: { fill: COLORS.failFill, color: COLORS.failInk, bold: true },
  total: { fill: COLORS.headerFill, bold: true },
  muted: { color: COLORS.muted },
} as const;

function cell(c: Cell): WriterCell {
  if (typeof c === 'string') return c;
  return { text: c.text, ...(c.tone ? TONES[c.tone] : {}), ...(c.bold ? { bold: true } : {}) };
}

/**
 * The plan document as a PDF: cover, contents (drawn last on its reserved page, once every
 * chapter's page is known), the one-page summary, the chapters and the annexes.
 */
export async function renderPdfReport(doc: ReportDocument): Promise<PdfReport> {
  const { lang } = doc;
  const w = new PdfWriter({
    fonts: { ...bundledFonts(), fallback: systemFallbackFont() },
    info: {
      title: doc.info.title,
      subject: doc.info.subject,
      keywords: doc.info.keywords,
      creationDate: new Date(`${doc.info.date}T00:00:00Z`),
    },
    headerText: doc.headerText,
    footerLeft: doc.footerText,
    pageLabel: (x, y) => t(lang, 'pageXofY', { x, y }),
  });
  drawCover(w, doc);
  w.newPage();
  const tocPage = w.pageCount - 1;
  w.newPage();
  const entries: { title: string; page: number }[] = [];
  for (const chapter of [doc.summary, ...doc.chapters, ...doc.annexes]) {
    if (!w.atPageTop) w.newPage();
    entries.push({ title: chapter.title, page: w.pageCount });
    w.heading(chapter.title, 1);
    drawBlocks(w, chapter);
  }
  drawToc(w, doc.tocTitle, entries, tocPage);
  const pages = w.pageCount;
  return { bytes: await w.finish(), pages };
}

function drawCover(w: PdfWriter, doc: ReportDocument): void {
  const c = doc.cover;
  const pdf = w.doc;
  pdf.rect(0, 0, pdf.page.width, 150).fillColor(COLORS.accent).fill();
  w.textAt(c.title, w.left, 58, { size: 24, width: w.width, bold: true, color: '#ffffff' });
  w.textAt(c.subtitle, w.left, 98, { size: 12, width: w.width, color: '#e6f2ed' });
  w.y = 190;
  const h = w.textHeight(c.park, 22, w.width, true);
  w.textAt(c.park, w.left, w.y, { size: 22, width: w.width, bold: true });
  w.y += h + 14;
  for (const banner of [c.draftBanner, c.illustrativeBanner]) {
    if (banner === null) continue;
    const bh = w.textHeight(banner, 11, w.width - 20, true) + 16;
    pdf.rect(w.left, w.y, w.width, bh).fillColor(COLORS.warnFill).fill();
    pdf.rect(w.left, w.y, 4, bh).fillColor('#d08a00').fill();
    w.textAt(banner, w.left + 12, w.y + 8, { size: 11, width: w.width - 20, bold: true, color: '#7a4d00' });
    w.y += bh + 10;
  }
  w.space(8);
  w.table(
    [
      { header: '', weight: 1 },
      { header: '', weight: 3 },
    ],
    c.fields.map((f) => [{ text: f.label, bold: true }, f.value]),
    { size: 11, zebra: false, header: false, padY: 4 },
  );
  const fpY = w.bottom - 100;
  if (w.y < fpY) w.y = fpY;
  w.paragraph(c.fingerprintLabel, { size: 9, bold: true });
  w.paragraph(c.fingerprint, { size: 9 });
  w.paragraph(c.fingerprintNote, { size: 7.5, color: COLORS.muted });
  w.paragraph(c.generatedBy, { size: 7.5, color: COLORS.muted });
}

function drawToc(w: PdfWriter, title: string, entries: { title: string; page: number }[], page: number): void {
  w.doc.switchToPage(page);
  let y = 70;
  w.textAt(title, w.left, y, { size: 17, width: w.width, bold: true, color: COLORS.accent, align: 'center' });
  y += 40;
  for (const e of entries) {
    w.textAt(e.title, w.left, y, { size: 11, width: w.width - 40 });
    w.textAt(String(e.page), w.left + w.width - 40, y, { size: 11, width: 40, align: 'right' });
    const textWidth = w.measure(e.title, 11, false);
    w.doc
      .moveTo(w.left + textWidth + 6, y + 11)
      .lineTo(w.left + w.width - 44, y + 11)
      .dash(1, { space: 2 })
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke()
      .undash();
    y += 24;
  }
}

function drawBlocks(w: PdfWriter, chapter: Chapter): void {
  for (const b of chapter.blocks) drawBlock(w, b);
}

function drawBlock(w: PdfWriter, b: Block): void {
  switch (b.kind) {
    case 'heading':
      w.heading(b.text, b.level, b.level === 2 ? 120 : 80);
      return;
    case 'paragraph':
      if (b.origin === 'placeholder') w.paragraph(b.text, { size: 9, color: COLORS.muted });
      else if (b.style === 'note') w.paragraph(b.text, { size: 8, color: COLORS.muted });
      else w.paragraph(b.text, { size: 10, bold: b.style === 'strong' });
      return;
    case 'bullets':
      for (const item of b.items) w.paragraph(`• ${item}`, { size: 8.5 });
      return;
    case 'table': {
      // The caption stays with the table: a short table (estimated) starts on a page where it
      // fits whole, a long one where its caption and first rows fit.
      w.ensureSpace(w.textHeight(b.title, 9, w.width, true) + Math.min(40 + b.rows.length * 15, 320));
      caption(w, `${b.label}  ${b.title}`);
      w.table(
        b.columns,
        b.rows.map((r) => r.map(cell)),
        { size: b.compact ? 7 : 7.5 },
      );
      w.y -= 5;
      w.paragraph(b.source, { size: 7, color: COLORS.muted });
      return;
    }
    case 'figure': {
      w.ensureSpace(b.height + 40);
      const width = Math.min(b.width, w.width);
      w.svg(renderChart(b.chart, width, b.height, w.measure), width, b.height);
      caption(w, `${b.label}  ${b.title}`);
      w.paragraph(b.source, { size: 7, color: COLORS.muted });
      return;
    }
    case 'pageBreak':
      w.newPage();
  }
}

function caption(w: PdfWriter, text: string): void {
  const h = w.textHeight(text, 9, w.width, true);
  w.textAt(text, w.left, w.y, { size: 9, width: w.width, bold: true, align: 'center' });
  w.y += h + 4;
}
