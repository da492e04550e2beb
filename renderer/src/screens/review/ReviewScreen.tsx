import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_ANCHORS, type Plan } from '../../../../core/model/plan.ts';
import { useStore, useStoreState } from '../../app/context.tsx';
import type { ProjectMeta } from '../../state/project-store.ts';
import { FingerprintPanel } from './FingerprintPanel.tsx';
import { SignaturePanel } from './SignaturePanel.tsx';
import { ReviewerName } from './ReviewerName.tsx';
import { CommentForm } from './CommentForm.tsx';
import { CommentList } from './CommentList.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { MemoPanel } from './MemoPanel.tsx';
import { filterComments, type CommentFilter } from './anchors.ts';
import { browserStorage, readReviewerName } from './reviewer-name.ts';
import { useCommentActions } from './use-comment-actions.ts';
import './review.css';

type Tab = 'comments' | 'compare' | 'memo';
const TABS: readonly Tab[] = ['comments', 'compare', 'memo'];

/**
 * The reviewer's screen: the plan's fingerprint and signatures, comments anchored to what they are about
 * (filter, add, resolve, reopen, save into the file), comparison with another version, and the
 * review memo. In review mode the plan cannot change; only the comments can.
 */
export function ReviewScreen({ plan, meta }: { plan: Plan; meta: ProjectMeta }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('comments');
  const [reviewer, setReviewer] = useState(() => readReviewerName(browserStorage()));
  const open = plan.comments.filter((c) => c.status === 'open').length;
  return (
    <div className="page review">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('review.title')}</h1>
        <p className="page__intro">{t('review.intro')}</p>
      </header>
      <FingerprintPanel plan={plan} />
      <SignaturePanel projectId={meta.project_id} path={meta.path} plan={plan} />
      <ReviewerName name={reviewer} onChange={setReviewer} />
      <div className="segmented review-tabs" role="group" aria-label={t('review.tabs.label')}>
        {TABS.map((id) => (
          <button key={id} type="button" className="segmented__item" aria-pressed={tab === id} onClick={() => setTab(id)}>
            {id === 'comments' ? t('review.tabs.comments', { open, count: plan.comments.length }) : t(`review.tabs.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'comments' && <CommentsTab plan={plan} meta={meta} reviewer={reviewer} />}
      {tab === 'compare' && <ComparePanel projectId={meta.project_id} plan={plan} />}
      {tab === 'memo' && <MemoPanel projectId={meta.project_id} reviewer={reviewer} />}
    </div>
  );
}

function CommentsTab({ plan, meta, reviewer }: { plan: Plan; meta: ProjectMeta; reviewer: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const { busy } = useStoreState();
  const { add, setStatus } = useCommentActions();
  const [filter, setFilter] = useState<CommentFilter>({ status: 'all', kind: 'all' });
  const shown = filterComments(plan.comments, filter);
  const inReview = meta.read_only_reason === 'review';
  // How many comments the last save took from other reviewers' saves (null: no save yet).
  const [merged, setMerged] = useState<number | null>(null);
  const save = async () => {
    const saved = await store.saveReviewComments();
    setMerged(saved === null ? null : saved.merged);
  };
  return (
    <div className="review-comments">
      <CommentForm plan={plan} author={reviewer} busy={busy} onAdd={(anchor, body) => add(anchor, reviewer, body)} />
      <section className="section" aria-labelledby="review-comments-title">
        <div className="section__head review-comments__head">
          <h2 id="review-comments-title">{t('review.list.title')}</h2>
          <div className="review-filters" role="group" aria-label={t('review.filters.label')}>
            <label className="review-filter">
              <span>{t('review.filters.status')}</span>
              <select
                className="input"
                value={filter.status}
                onChange={(e) => setFilter({ ...filter, status: e.target.value as CommentFilter['status'] })}
              >
                <option value="all">{t('review.filters.all')}</option>
                <option value="open">{t('review.list.open')}</option>
                <option value="resolved">{t('review.list.resolved')}</option>
              </select>
            </label>
            <label className="review-filter">
              <span>{t('review.filters.anchor')}</span>
              <select
                className="input"
                value={filter.kind}
                onChange={(e) => setFilter({ ...filter, kind: e.target.value as CommentFilter['kind'] })}
              >
                <option value="all">{t('review.filters.all')}</option>
                {COMMENT_ANCHORS.map((k) => (
                  <option key={k} value={k}>
                    {t(`review.anchor.${k}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <CommentList
          plan={plan}
          comments={shown}
          total={plan.comments.length}
          busy={busy}
          onStatus={(id, s) => void setStatus(id, s)}
        />
      </section>
      {inReview && meta.path !== null && (
        <div className="review-save" role="group" aria-label={t('review.save.action')}>
          <span className={meta.dirty ? 'save-state save-state--dirty' : 'save-state'} role="status">
            {meta.dirty ? t('review.save.unsaved') : t('review.save.saved')}
          </span>
          <button type="button" className="btn btn--primary" disabled={!meta.dirty || busy} onClick={() => void save()}>
            {t('review.save.action')}
          </button>
          <span className="field__hint">{t('review.save.hint')}</span>
          {merged !== null && merged > 0 && !meta.dirty && (
            <p role="status" className="notice notice--inline review-save__merged" data-testid="comments-merged">
              {t('review.save.merged', { count: merged })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
