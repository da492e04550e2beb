import { useTranslation } from 'react-i18next';
import { useStore, useStoreState } from './context.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { ProjectActions } from './ProjectActions.tsx';
import { ExportReportButton } from '../screens/export/ExportReport.tsx';
import type { ProjectMeta } from '../state/project-store.ts';
import { useLocalName } from '../i18n/use-local-name.ts';
import { reasonSentence } from './error-reason.ts';

/** Why the project is read-only: the host's reason with the file's name when it sent one, else by kind. */
function useReadOnlyMessage(meta: ProjectMeta): string {
  const { t, i18n } = useTranslation();
  const sentence = reasonSentence(meta.read_only_detail ?? undefined, i18n.language);
  if (sentence !== null) return sentence;
  switch (meta.read_only_reason) {
    case 'locked_by_other':
      return meta.lock_holder !== null
        ? t('topbar.readOnly.locked_by_other', { holder: meta.lock_holder })
        : t('topbar.readOnly.locked_by_other_unknown');
    case 'review':
    case 'newer_lock_format':
    case 'file_not_writable':
      return t(`topbar.readOnly.${meta.read_only_reason}`);
    case null:
      return t('topbar.readOnly.unknown');
  }
}

function ReadOnlyBanner({ meta }: { meta: ProjectMeta }) {
  const { t } = useTranslation();
  const message = useReadOnlyMessage(meta);
  return (
    <div className="readonly-banner" role="status">
      <span className="badge badge--warn">{t('topbar.readOnly.badge')}</span>
      <span>{message}</span>
    </div>
  );
}

function UndoRedo() {
  const { t } = useTranslation();
  const store = useStore();
  const { session } = useStoreState();
  if (session === null || session.meta.read_only) return null;
  const last = session.undo.at(-1);
  const next = session.redo.at(-1);
  return (
    <div className="topbar__group">
      <button
        type="button"
        className="btn btn--quiet"
        disabled={last === undefined}
        title={last !== undefined ? t('edit.undoLabel', { label: last.label }) : t('edit.nothingToUndo')}
        aria-keyshortcuts="Control+Z"
        onClick={() => store.undo()}
      >
        {t('edit.undo')}
      </button>
      <button
        type="button"
        className="btn btn--quiet"
        disabled={next === undefined}
        title={next !== undefined ? t('edit.redoLabel', { label: next.label }) : t('edit.nothingToRedo')}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={() => store.redo()}
      >
        {t('edit.redo')}
      </button>
    </div>
  );
}

function SaveState({ meta, pending }: { meta: ProjectMeta; pending: number }) {
  const { t } = useTranslation();
  const text =
    pending > 0
      ? t('edit.saving')
      : meta.path === null
        ? t('topbar.neverSaved')
        : meta.dirty
          ? t('topbar.unsaved')
          : t('topbar.saved');
  const calm = pending === 0 && meta.path !== null && !meta.dirty;
  return (
    <span className={calm ? 'save-state' : 'save-state save-state--dirty'} role="status">
      {text}
    </span>
  );
}

export function TopBar() {
  const { t } = useTranslation();
  const ln = useLocalName();
  const { session } = useStoreState();
  const meta = session?.meta ?? null;
  return (
    <header className="topbar-area">
      <div className="topbar">
        <span className="topbar__brand">
          <span className="topbar__logo" aria-hidden="true" />
          {t('app.name')}
        </span>
        {meta !== null && (
          <div className="topbar__project" aria-label={t('topbar.projectLabel')} role="group">
            <span className="topbar__title" data-testid="project-title">
              {/* The title follows the park name as it is edited, in the screen's language. */}
              {session !== null ? ln(session.plan.park) : meta.title === '' ? t('topbar.untitled') : meta.title}
            </span>
            {meta.read_only ? (
              <span className="badge badge--warn">{t('topbar.readOnly.badge')}</span>
            ) : (
              <SaveState meta={meta} pending={session?.pending ?? 0} />
            )}
          </div>
        )}
        <div className="topbar__spacer" />
        <UndoRedo />
        <ProjectActions />
        <ExportReportButton />
        <LanguageSwitcher />
      </div>
      {meta?.read_only === true && <ReadOnlyBanner meta={meta} />}
    </header>
  );
}
