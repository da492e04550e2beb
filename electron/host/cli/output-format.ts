import { extname } from 'node:path';

/**
 * Which format a command writes, from `--format` and the output file's extension. Both must
 * agree: `-o plan.docx` once wrote a PDF named .docx and exited 0, and `--format pdf -o r.xlsx`
 * a PDF named .xlsx. So the extension picks the format when `--format` is absent, an unknown
 * extension is refused, and a `--format` that contradicts the extension is refused, each with
 * a message that names the formats this command writes.
 */

export type FormatChoice<F extends string> = { ok: true; format: F } | { ok: false; message: string };

/**
 * `formats` maps each format to its file extension (without the dot), e.g. {pdf: 'pdf', xlsx: 'xlsx'}.
 * `output` null means standard output: then `--format` (or `fallback`) decides alone.
 */
export function chooseOutputFormat<F extends string>(
  formats: Readonly<Record<F, string>>,
  flag: unknown,
  output: string | null,
  fallback: F,
): FormatChoice<F> {
  const names = Object.keys(formats) as F[];
  const list = names.map((f) => `"${f}" (.${formats[f]})`).join(' or ');
  if (flag !== undefined && !names.includes(flag as F))
    return { ok: false, message: `--format must be ${list}, got "${String(flag)}"` };
  if (output === null) return { ok: true, format: (flag as F | undefined) ?? fallback };
  const ext = extname(output).slice(1).toLowerCase();
  const byExt = names.find((f) => formats[f] === ext);
  if (byExt === undefined)
    return {
      ok: false,
      message: `"${output}" does not end in a format this command writes: ${list}${ext === '' ? '' : ` (".${ext}" is not one)`}`,
    };
  if (flag !== undefined && flag !== byExt)
    return {
      ok: false,
      message: `--format ${String(flag)} does not match the output file "${output}" (a .${ext} file is ${byExt}); change one of them`,
    };
  return { ok: true, format: byExt };
}
