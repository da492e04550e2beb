import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../paths.ts';

/**
 * Fonts for reports. The app ships Noto Sans CJK SC (SIL OFL 1.1, see resources/fonts/README.md)
 * cut to Latin, punctuation, symbols and the 6,763 hanzi of GB 2312, which covers nearly all
 * Chinese text; pdfkit embeds only the glyphs a report uses (a subset), so PDFs stay small.
 *
 * A name with a rarer hanzi (not in GB 2312) would print as an empty box; for such runs the
 * writer falls back to a full CJK font of the operating system when one is found.
 */
export interface FontFile {
  path: string;
  /** Face inside a TrueType/OpenType collection (.ttc), by PostScript name. */
  face?: string;
}

export function bundledFonts(): { regular: FontFile; bold: FontFile } {
  const dir = join(resourcesDir(), 'fonts');
  return {
    regular: { path: join(dir, 'NotoSansSC-Regular.otf') },
    bold: { path: join(dir, 'NotoSansSC-Bold.otf') },
  };
}

/** Full CJK fonts found on common systems, best first (Linux, Windows, macOS). */
const SYSTEM_FALLBACKS: readonly FontFile[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: 'C:\\Windows\\Fonts\\msyh.ttc', face: 'MicrosoftYaHei' },
  { path: 'C:\\Windows\\Fonts\\simsun.ttc', face: 'SimSun' },
  { path: '/System/Library/Fonts/Hiragino Sans GB.ttc', face: 'HiraginoSansGB-W3' },
];

export function systemFallbackFont(): FontFile | null {
  return SYSTEM_FALLBACKS.find((f) => existsSync(f.path)) ?? null;
}
