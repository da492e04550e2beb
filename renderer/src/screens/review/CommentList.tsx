import { useTranslation } from 'react-i18next';
import type { Comment, Plan } from '../../../../core/model/plan.ts';
import { anchorName } from './anchors.ts';
import { formatDateTime } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';

/** The comments, newest last, each with what it is about, who wrote it, and resolve/reopen. */
export function CommentList({
  plan,
  comments,
  total,
  busy,
  onStatus,
}: {
  plan: Plan;
  comments: readonly Comment[];
  total: number;
  busy: boolean;
  onStatus: (id: string, status: Comment['status']) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (comments.length === 0)
    return <p className="review-empty">{total === 0 ? t('review.list.empty') : t('review.list.emptyFiltered')}</p>;
  return (
    <ul className="review-list" data-testid="comment-list">
      {comments.map((c) => {
        const name = anchorName(plan, c.anchor, i18n.language === 'zh-CN' ? 'zh' : 'en');
        const kind = t(`review.anchor.${c.anchor.kind}`);
        const about =
          c.anchor.kind === 'park'
            ? kind
            : t('review.list.about', { kind, name: name ?? t('review.anchor.missing', { id: c.anchor.ref ?? '' }) });
        return (
          <li key={c.id} className={`review-item review-item--${c.status}`} data-testid="comment" data-status={c.status}>
            <div className="review-item__head">
              <span className="chip review-item__about">{about}</span>
              <span className={c.status === 'open' ? 'badge badge--warn' : 'badge badge--muted'}>
                {t(`review.list.${c.status}`)}
              </span>
              <span className="review-item__meta">
                {t('review.list.by', { author: c.author, time: formatDateTime(c.created_at, locale) })}
                {c.resolved_at !== null && ` · ${t('review.list.resolvedAt', { time: formatDateTime(c.resolved_at, locale) })}`}
              </span>
              <button
                type="button"
                className="btn btn--quiet review-item__action"
                disabled={busy}
                onClick={() => onStatus(c.id, c.status === 'open' ? 'resolved' : 'open')}
              >
                {c.status === 'open' ? t('review.list.resolve') : t('review.list.reopen')}
              </button>
            </div>
            <p className="review-item__body">{c.body}</p>
          </li>
        );
      })}
    </ul>
  );
}
