import path from 'node:path';
import { userInfo } from 'node:os';
import type { Command, CliIo } from '../cli/commands.ts';
import { readPlanFile } from '../store/index.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import { runPlan } from '../../../core/engine/index.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { comparePlans, formatDiffText } from '../../../core/diff/index.ts';
import { memoMarkdown } from './memo.ts';
import { chooseOutputFormat } from '../cli/output-format.ts';
import { memoModel, REVIEW_CONCLUSIONS, type ReviewConclusion } from './memo-model.ts';
import { memoSignature } from './memo-signature.ts';
import { isCleanName } from '../../../core/text/control-chars.ts';
import { generateKeyFiles, readPrivateKey, readPublicKey } from '../signing/keys.ts';
import { SignatureError, sidecarPath, signPlan, verifyPlan } from '../signing/signatures.ts';

/** The reviewer's commands: fingerprint, diff, keygen, sign, verify, memo. */

type Values = Record<string, string | boolean | undefined>;

function str(values: Values, name: string): string | null {
  const v = values[name];
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

const isConclusion = (v: string | null): v is ReviewConclusion => (REVIEW_CONCLUSIONS as readonly (string | null)[]).includes(v);

function usage(io: CliIo, command: string, message: string): number {
  io.err(`parkzero ${command}: ${message}`);
  return 2;
}

function emit(io: CliIo, text: string, output: string | null, what: string): void {
  if (output === null) io.out(text.trimEnd());
  else {
    writeTextFileAtomically(output, text.endsWith('\n') ? text : `${text}\n`);
    io.out(`wrote ${what} to ${output}`);
  }
}

export const reviewCommands: Record<string, Command> = {
  fingerprint: {
    positionals: ['file'],
    options: {},
    async run([file], _values, io) {
      io.out(planFingerprint(readPlanFile(file!)));
      return 0;
    },
  },

  diff: {
    positionals: ['a', 'b'],
    options: { format: { type: 'string', default: 'text' }, output: { type: 'string', short: 'o' } },
    async run([a, b], values, io) {
      const format = values.format;
      if (format !== 'text' && format !== 'json')
        return usage(io, 'diff', `--format must be "text" or "json", got "${String(format)}"`);
      const planA = readPlanFile(a!);
      const planB = readPlanFile(b!);
      const diff = comparePlans(
        { label: path.basename(a!), plan: planA, results: runPlan(planA, { mac: false }) },
        { label: path.basename(b!), plan: planB, results: runPlan(planB, { mac: false }) },
      );
      emit(
        io,
        format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffText(diff),
        str(values, 'output'),
        `the ${format} diff`,
      );
      return 0;
    },
  },

  keygen: {
    positionals: [],
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    async run(_p, values, io) {
      const base = str(values, 'out');
      if (base === null) return usage(io, 'keygen', '--out KEYBASE is required');
      const keys = generateKeyFiles(path.resolve(base), { overwrite: values.force === true });
      io.out(
        `wrote ${keys.privatePath} (private key: keep it to yourself) and ${keys.publicPath} (give it to reviewers); key id ${keys.keyId}`,
      );
      return 0;
    },
  },

  sign: {
    positionals: ['file'],
    options: { key: { type: 'string' }, signer: { type: 'string' }, sig: { type: 'string' } },
    async run([file], values, io) {
      const keyFile = str(values, 'key');
      if (keyFile === null) return usage(io, 'sign', '--key KEY.key is required');
      const key = readPrivateKey(keyFile);
      const sidecar = str(values, 'sig') ?? sidecarPath(file!);
      const entry = signPlan(readPlanFile(file!), {
        key,
        signer: str(values, 'signer') ?? localUser(),
        now: new Date(),
        sidecar,
      });
      io.out(
        `signed ${file}: fingerprint ${entry.fingerprint} by ${entry.signer} at ${entry.signed_at}; signature in ${sidecar}`,
      );
      return 0;
    },
  },

  verify: {
    positionals: ['file'],
    options: { pub: { type: 'string' }, sig: { type: 'string' } },
    async run([file], values, io) {
      const pubFile = str(values, 'pub');
      if (pubFile === null) return usage(io, 'verify', '--pub KEY.pub is required');
      const publicKey = readPublicKey(pubFile);
      try {
        const verified = verifyPlan(() => readPlanFile(file!), { publicKey, sidecar: str(values, 'sig') ?? sidecarPath(file!) });
        io.out(verified.message);
        return 0;
      } catch (e) {
        if (!(e instanceof SignatureError)) throw e;
        io.err(e.message);
        return 1;
      }
    },
  },

  memo: {
    positionals: ['file'],
    options: {
      format: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      output: { type: 'string', short: 'o' },
      reviewer: { type: 'string' },
      conclusion: { type: 'string' },
      'public-key': { type: 'string' },
    },
    async run([file], values, io) {
      const output = str(values, 'output');
      const chosen = chooseOutputFormat<'md' | 'pdf'>({ md: 'md', pdf: 'pdf' }, values.format, output, 'md');
      if (!chosen.ok) return usage(io, 'memo', chosen.message);
      const format = chosen.format;
      const lang = values.lang;
      if (lang !== 'en' && lang !== 'zh') return usage(io, 'memo', `--lang must be "en" or "zh", got "${String(lang)}"`);
      if (format === 'pdf' && output === null) return usage(io, 'memo', '-o OUT.pdf is required for a PDF memo');
      // The memo records who reviewed and what they concluded: both are asked for, never guessed
      // (the OS login is not the reviewer's name, and no figure decides the conclusion).
      const reviewer = str(values, 'reviewer')?.trim() ?? '';
      if (reviewer === '' || !isCleanName(reviewer) || reviewer.length > 200)
        return usage(
          io,
          'memo',
          '--reviewer NAME is required: the name the memo gives as the reviewer (one line, at most 200 characters)',
        );
      const conclusion = str(values, 'conclusion');
      if (!isConclusion(conclusion))
        return usage(
          io,
          'memo',
          `--conclusion is required: ${REVIEW_CONCLUSIONS.join(', ')} (the reviewer's overall conclusion)${conclusion === null ? '' : `; got "${conclusion}"`}`,
        );
      // Markdown may go to standard output; a file's extension must agree with --format.
      const plan = readPlanFile(file!);
      const keyPath = str(values, 'public-key');
      const model = memoModel({
        plan,
        results: runPlan(plan, { mac: false }),
        reviewer,
        conclusion,
        signature: memoSignature(plan, file!, keyPath === null ? null : readPublicKey(keyPath)),
        now: new Date(),
        file: file!,
        lang,
      });
      if (format === 'pdf') {
        // pdfkit is loaded only for a PDF memo (it is a large part of the command's start).
        const { renderMemoPdf } = await import('./memo-pdf.ts');
        writeTextFileAtomically(output!, await renderMemoPdf(model));
        io.out(`wrote the review memo (PDF) to ${output}`);
      } else emit(io, memoMarkdown(model), output, 'the review memo');
      return 0;
    },
  },
};
