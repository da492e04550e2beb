import { useTranslation } from 'react-i18next';
import { issuePlace, issueWhat, type IssueLike } from './plan-issue-words.ts';

const SHOWN = 20;

/**
 * The problems of a refused plan (PLAN_INVALID details, a local check's issues), one per line:
 * where in the plan, in words of the screen's language, then what is wrong and what would fix
 * it (app/plan-issue-words.ts). `plan` is the plan they were found in (the edited draft, the
 * imported file): list positions in the paths are read against it. Without it, positions are
 * said as numbers ("enterprise no. 4").
 */
export function PlanIssues({ issues, plan = null }: { issues: readonly IssueLike[]; plan?: unknown }) {
  const { t, i18n } = useTranslation();
  if (issues.length === 0) return null;
  const input = { t, language: i18n.language, plan };
  const shown = issues.slice(0, SHOWN);
  return (
    <ul className="notice__issues" aria-label={t('planIssues.label')}>
      {shown.map((d, i) => (
        <li key={`${i}:${d.path}:${d.message}`}>
          <span className="notice__issue-where">{t('planIssues.lead', { where: issuePlace(d.path, input) })}</span>
          {issueWhat(d, input)}
        </li>
      ))}
      {issues.length > SHOWN && <li className="muted">{t('planIssues.more', { count: issues.length - SHOWN })}</li>}
    </ul>
  );
}
