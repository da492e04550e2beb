/**
 * Where a report goes by default, and the checks on a typed path. The host writes to exactly
 * the path it is given and refuses one whose extension does not match the format; these checks
 * say the same thing earlier, in the person's language.
 */

export type ReportFormat = 'pdf' | 'docx' | 'xlsx';
export type ReportLang = 'zh' | 'en';

const SEPARATOR = /[\\/]/;

/** The folder part of a path, with its trailing separator; null for a bare file name. */
export function folderOf(path: string): string | null {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? null : path.slice(0, i + 1);
}

function stemOf(path: string): string {
  const file = path.split(SEPARATOR).at(-1) ?? path;
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/** A park name made safe as a file name on Windows, macOS and Linux. */
export function fileStem(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return safe === '' ? 'parkzero' : safe;
}

/** A folder with its trailing separator (in the folder's own style, / or \\). */
function asFolder(dir: string): string {
  return /[\\/]$/.test(dir) ? dir : `${dir}${dir.includes('\\') && !dir.includes('/') ? '\\' : '/'}`;
}

/**
 * Next to the project file when it has one (named after it), else in the folder of the most
 * recently opened project, else in the user's documents folder (a bare name would be refused:
 * the path must be absolute). Only while none of these is known yet is it a bare name.
 */
export function defaultReportPath(o: {
  projectPath: string | null;
  recentPath: string | null;
  documentsDir?: string | null;
  parkName: string;
  format: ReportFormat;
  lang: ReportLang;
}): string {
  const folder =
    (o.projectPath !== null ? folderOf(o.projectPath) : null) ??
    (o.recentPath !== null ? folderOf(o.recentPath) : null) ??
    (o.documentsDir ? asFolder(o.documentsDir) : null);
  const stem = o.projectPath !== null ? stemOf(o.projectPath) : fileStem(o.parkName);
  return `${folder ?? ''}${stem}-report-${o.lang}.${o.format}`;
}

/** The path with another format's extension swapped for this one's (anything else unchanged). */
export function withFormat(path: string, format: ReportFormat): string {
  const other = (['pdf', 'docx', 'xlsx'] as const).find((f) => f !== format && path.toLowerCase().endsWith(`.${f}`));
  return other === undefined ? path : `${path.slice(0, -other.length)}${format}`;
}

/** The default name's language part follows the language choice ("-report-en.pdf" → "-report-zh.pdf"). */
export function withLang(path: string, lang: ReportLang): string {
  return path.replace(/-report-(zh|en)(\.(pdf|docx|xlsx))$/i, `-report-${lang}$2`);
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

export type PathProblem = 'not_absolute' | 'wrong_extension' | null;

export function pathProblem(path: string, format: ReportFormat): PathProblem {
  const p = path.trim();
  if (!isAbsolutePath(p)) return 'not_absolute';
  if (!p.toLowerCase().endsWith(`.${format}`)) return 'wrong_extension';
  return null;
}
