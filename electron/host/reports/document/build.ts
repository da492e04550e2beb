import type { ReportModel } from '../report-model.ts';
import type { Chapter, Cover, ExtraSection, ReportDocument } from './model.ts';
import { ChapterBuilder, chapterTitle } from './context.ts';
import { d, type DocStringKey } from './strings.ts';
import { buildSummary } from './summary.ts';
import { basisChapter, baselineChapter, overviewChapter } from './chapters-context.ts';
import { safeguardsChapter, targetsChapter, tasksChapter } from './chapters-plan.ts';
import { benefitsChapter, investmentChapter, projectsChapter } from './chapters-money.ts';
import { assumptionsAnnex, factorsAnnex, warningsAnnex } from './annexes.ts';
import { t } from '../i18n.ts';
import { formatDate } from '../format.ts';
import { localName } from '../../../../core/text/names.ts';
import { registeredSections } from './extra-sections.ts';

/** The chapters of a park plan in the order a provincial reviewer expects them. */
const CHAPTERS: { id: string; title: DocStringKey; build: (b: ChapterBuilder) => void }[] = [
  { id: 'basis', title: 'chBasis', build: basisChapter },
  { id: 'overview', title: 'chOverview', build: overviewChapter },
  { id: 'baseline', title: 'chBaseline', build: baselineChapter },
  { id: 'targets', title: 'chTargets', build: targetsChapter },
  { id: 'tasks', title: 'chTasks', build: tasksChapter },
  { id: 'projects', title: 'chProjects', build: projectsChapter },
  { id: 'investment', title: 'chInvestment', build: investmentChapter },
  { id: 'benefits', title: 'chBenefits', build: benefitsChapter },
  { id: 'safeguards', title: 'chSafeguards', build: safeguardsChapter },
];

const ANNEXES: { id: string; title: DocStringKey; build: (b: ChapterBuilder) => void }[] = [
  { id: 'assumptions', title: 'anAssumptions', build: assumptionsAnnex },
  { id: 'factors', title: 'anFactors', build: factorsAnnex },
  { id: 'warnings', title: 'anWarnings', build: warningsAnnex },
];

/**
 * The plan document of a report model. Other modules' chapters (the least-cost plan, the
 * uncertainty analysis) come from the registered providers (extra-sections.ts) and `given`: a
 * `chapter` goes after the nine chapters of a park plan (in the middle it would break the order
 * reviewers expect), an `annex` after the annexes.
 */
export function buildReportDocument(m: ReportModel, given: readonly ExtraSection[] = []): ReportDocument {
  const { lang } = m;
  const extras = [...registeredSections(m), ...given];
  const chapters: Chapter[] = [];
  const make = (n: number, annex: boolean, id: string, title: string, fill: (b: ChapterBuilder) => void): Chapter => {
    const b = new ChapterBuilder(m, n, annex);
    fill(b);
    return { id, title: chapterTitle(lang, n, title, annex), blocks: b.blocks };
  };
  CHAPTERS.forEach((c, i) => chapters.push(make(i + 1, false, c.id, d(lang, c.title), c.build)));
  for (const x of extras.filter((e) => e.placement === 'chapter'))
    chapters.push(make(chapters.length + 1, false, x.id, x.title(lang), (b) => b.blocks.push(...x.build({ lang, label: b }))));
  const annexes: Chapter[] = [];
  ANNEXES.forEach((a, i) => annexes.push(make(i + 1, true, a.id, d(lang, a.title), a.build)));
  for (const x of extras.filter((e) => e.placement === 'annex'))
    annexes.push(make(annexes.length + 1, true, x.id, x.title(lang), (b) => b.blocks.push(...x.build({ lang, label: b }))));

  const summary = buildSummary(m);
  const parkName = localName(m.plan.park, lang).text;
  return {
    lang,
    cover: cover(m, parkName),
    tocTitle: d(lang, 'toc'),
    summary: { id: 'summary', title: d(lang, 'summary'), blocks: summary.blocks },
    chapters,
    annexes,
    headerText: `${parkName} · ${d(lang, 'title')}`,
    footerText: t(lang, 'footerFingerprint', { fp: m.fingerprint }),
    info: {
      title: `${d(lang, 'title')}: ${parkName}`,
      subject: d(lang, 'subtitle'),
      keywords: `parkzero plan-fingerprint:${m.fingerprint}`,
      date: m.date,
    },
  };
}

function cover(m: ReportModel, parkName: string): Cover {
  const { lang } = m;
  const r = m.plan.report;
  const value = (v: string | undefined) => (v === undefined || v.trim() === '' ? d(lang, 'notGiven') : v);
  const status = r?.status ?? 'draft';
  return {
    title: d(lang, 'title'),
    subtitle: d(lang, 'subtitle'),
    park: parkName,
    fields: [
      { label: d(lang, 'organisation'), value: value(r?.organisation) },
      { label: d(lang, 'client'), value: value(r?.client) },
      { label: d(lang, 'version'), value: value(r?.version) },
      { label: d(lang, 'status'), value: d(lang, status === 'draft' ? 'draft' : 'final') },
      { label: d(lang, 'date'), value: formatDate(m.date, lang) },
    ],
    draftBanner: status === 'draft' ? d(lang, 'draft') : null,
    illustrativeBanner: m.plan.park.illustrative ? t(lang, 'illustrative') : null,
    fingerprintLabel: t(lang, 'fingerprint'),
    fingerprint: m.fingerprint,
    fingerprintNote: t(lang, 'fingerprintNote'),
    generatedBy: t(lang, 'generatedBy', { version: m.appVersion }),
  };
}
