import { useCallback, useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useStore, useStoreState } from './context.tsx';
import { Modal } from './Modal.tsx';

/**
 * Save, Save as and Close, with the questions they may need to ask: where to save (a native
 * dialog in Electron, a path field in the browser host), whether to replace an existing file,
 * and what to do with unsaved edits on close.
 */

type SaveAsRequest = { resolve: (saved: boolean) => void; path: string; exists: boolean };

/** A desktop dialog's handle (`picked-file:<random>/<file name>`) is shown as its file name. */
function shownPath(path: string): string {
  return path.startsWith('picked-file:') ? path.slice(path.lastIndexOf('/') + 1) : path;
}

function withExtension(path: string): string {
  return /\.parkzero$/i.test(path) ? path : `${path}.parkzero`;
}

export function ProjectActions() {
  const { t } = useTranslation();
  const client = useClient();
  const store = useStore();
  const { session, busy } = useStoreState();
  const [saveAs, setSaveAs] = useState<SaveAsRequest | null>(null);
  const [askUnsaved, setAskUnsaved] = useState(false);

  // The park name as edited, not the title the project was opened with.
  const title = session?.plan.park.name ?? '';

  const startSaveAs = useCallback(async (): Promise<boolean> => {
    if (client.shell === 'electron') {
      try {
        const picked = await client.call('dialog.saveProject', { suggested_name: title.slice(0, 200) });
        if (picked.supported) {
          if (picked.path === null) return false;
          const chosen = picked.path;
          const outcome = await store.saveAs(chosen, false);
          if (outcome !== 'exists') return outcome === 'saved';
          // Not every platform's dialog asks about replacing; ask here.
          return new Promise((resolve) => setSaveAs({ resolve, path: chosen, exists: true }));
        }
      } catch (error) {
        store.reportError(error);
        return false;
      }
    }
    return new Promise((resolve) => setSaveAs({ resolve, path: '', exists: false }));
  }, [client, store, title]);

  const save = useCallback(async (): Promise<boolean> => {
    const outcome = await store.save();
    if (outcome === 'needs_path') return startSaveAs();
    return outcome === 'saved';
  }, [store, startSaveAs]);

  const requestClose = async () => {
    const outcome = await store.close(false);
    if (outcome === 'unsaved') setAskUnsaved(true);
  };

  // Ctrl+S saves, Ctrl+Shift+S saves as (Cmd on macOS); text fields included, as in editors.
  const onSaveKey = useEffectEvent((e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
    if (session === null) return;
    e.preventDefault();
    void (e.shiftKey ? startSaveAs() : session.meta.read_only ? undefined : save());
  });
  useEffect(() => {
    window.addEventListener('keydown', onSaveKey);
    return () => window.removeEventListener('keydown', onSaveKey);
  }, []);

  if (session === null) return null;
  const readOnly = session.meta.read_only;

  return (
    <div className="topbar__group">
      {!readOnly && (
        <button
          type="button"
          className="btn btn--quiet"
          disabled={busy}
          aria-keyshortcuts="Control+S"
          onClick={() => void save()}
        >
          {t('file.save')}
        </button>
      )}
      <button
        type="button"
        className="btn btn--quiet"
        disabled={busy}
        aria-keyshortcuts="Control+Shift+S"
        onClick={() => void startSaveAs()}
      >
        {t('file.saveAs')}
      </button>
      <button type="button" className="btn btn--quiet" disabled={busy} onClick={() => void requestClose()}>
        {t('topbar.closeProject')}
      </button>
      {saveAs !== null && (
        <SaveAsDialog
          request={saveAs}
          onDone={(saved) => {
            saveAs.resolve(saved);
            setSaveAs(null);
          }}
        />
      )}
      <UnsavedDialog
        open={askUnsaved}
        title={title}
        onChoice={async (choice) => {
          setAskUnsaved(false);
          if (choice === 'save') {
            if (await save()) await store.close(false);
          } else if (choice === 'discard') {
            await store.close(true);
          }
        }}
      />
    </div>
  );
}

function SaveAsDialog({ request, onDone }: { request: SaveAsRequest; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const { busy } = useStoreState();
  const [path, setPath] = useState(request.path);
  const [exists, setExists] = useState<string | null>(request.exists ? request.path : null);
  const titleId = useId();
  const pathId = useId();
  const hintId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const target = withExtension(path.trim());
    if (target === '.parkzero') return;
    const outcome = await store.saveAs(target, false);
    if (outcome === 'exists') setExists(target);
    else if (outcome === 'saved') onDone(true);
  };

  const replace = async () => {
    if (exists === null) return;
    if ((await store.saveAs(exists, true)) === 'saved') onDone(true);
  };

  return (
    <Modal open titleId={titleId} onCancel={() => onDone(false)}>
      <form className="modal__body form" onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{t('file.saveAsTitle')}</h2>
        {exists === null ? (
          <>
            <label className="field" htmlFor={pathId}>
              <span className="field__label">{t('file.pathLabel')}</span>
              <input
                id={pathId}
                className="input input--mono"
                type="text"
                spellCheck={false}
                autoComplete="off"
                maxLength={4096}
                value={path}
                aria-describedby={hintId}
                autoFocus
                onChange={(e) => setPath(e.target.value)}
              />
            </label>
            <p className="field__hint" id={hintId}>
              {t('file.pathHint')}
            </p>
            <div className="modal__actions">
              <button type="button" className="btn btn--quiet" onClick={() => onDone(false)}>
                {t('file.cancel')}
              </button>
              <button type="submit" className="btn btn--primary" disabled={busy || path.trim() === ''}>
                {t('file.confirmSave')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p role="alert">{t('file.exists', { path: shownPath(exists) })}</p>
            <div className="modal__actions">
              <button type="button" className="btn btn--quiet" onClick={() => (request.exists ? onDone(false) : setExists(null))}>
                {t('file.cancel')}
              </button>
              <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void replace()}>
                {t('file.replace')}
              </button>
            </div>
          </>
        )}
      </form>
    </Modal>
  );
}

function UnsavedDialog({
  open,
  title,
  onChoice,
}: {
  open: boolean;
  title: string;
  onChoice: (choice: 'save' | 'discard' | 'cancel') => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal open={open} titleId={titleId} onCancel={() => void onChoice('cancel')}>
      <div className="modal__body">
        <h2 id={titleId}>{t('file.unsavedTitle', { title })}</h2>
        <p>{t('file.unsavedBody')}</p>
        <div className="modal__actions">
          <button type="button" className="btn btn--quiet" onClick={() => void onChoice('cancel')}>
            {t('file.cancel')}
          </button>
          <button type="button" className="btn" onClick={() => void onChoice('discard')}>
            {t('file.discardAndClose')}
          </button>
          <button type="button" className="btn btn--primary" autoFocus onClick={() => void onChoice('save')}>
            {t('file.saveAndClose')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
