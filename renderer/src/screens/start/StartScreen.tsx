import { Suspense, lazy, useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SAMPLE, SAMPLE_IDS, type ResponseOf } from '../../../../core/api/contract.ts';
import { useClient, useStore, useStoreState } from '../../app/context.tsx';
import { useLoaded } from '../../app/use-loaded.ts';
import { RecentFiles } from './RecentFiles.tsx';
import { RecoveryList } from './RecoveryList.tsx';
import { PROVINCES } from '../../../../core/factors/provinces.ts';

// The portfolio carries echarts: its own chunk, fetched when opened.
const PortfolioScreen = lazy(() => import('../portfolio/PortfolioScreen.tsx').then((m) => ({ default: m.PortfolioScreen })));

export function StartScreen() {
  const { t } = useTranslation();
  const client = useClient();
  // The portfolio needs no open project, so it lives under the Start screen (UI state only).
  const [portfolio, setPortfolio] = useState(false);

  const loadRecent = useCallback(() => client.call('project.recent', {}), [client]);
  const loadRecoverable = useCallback(() => client.call('project.recoverable', {}), [client]);
  const [recent] = useLoaded<ResponseOf<'project.recent'>>(loadRecent);
  const [recoverable, reloadRecoverable] = useLoaded<ResponseOf<'project.recoverable'>>(loadRecoverable);

  if (portfolio)
    return (
      <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
        <PortfolioScreen onBack={() => setPortfolio(false)} />
      </Suspense>
    );

  return (
    <div className="page page--start">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('start.title')}</h1>
        <p className="page__intro">{t('start.intro')}</p>
      </header>

      <RecoveryList loaded={recoverable} onChanged={reloadRecoverable} />

      <div className="start-grid">
        <SampleCard />
        <NewProjectCard />
        <OpenFileCard />
        <section className="card" aria-labelledby="start-portfolio">
          <h2 id="start-portfolio">{t('portfolio.title')}</h2>
          <p className="card__text">{t('portfolio.startCard')}</p>
          <button type="button" className="btn" data-testid="open-portfolio" onClick={() => setPortfolio(true)}>
            {t('portfolio.open')}
          </button>
        </section>
      </div>

      <RecentFiles loaded={recent} />
    </div>
  );
}

/** The bundled samples (resources/samples/README.md), Suining first: the one `npm start` opens. */
function SampleCard() {
  const { t } = useTranslation();
  const store = useStore();
  const { busy } = useStoreState();
  return (
    <section className="card card--primary" aria-labelledby="start-sample">
      <h2 id="start-sample">{t('start.sample.title')}</h2>
      <p className="card__text">{t('start.sample.body')}</p>
      {SAMPLE_IDS.map((sample) => (
        <div key={sample} className="start-sample">
          <p className="card__text">{t(`start.sample.${sample}.body`)}</p>
          <button
            type="button"
            className={sample === DEFAULT_SAMPLE ? 'btn btn--primary' : 'btn'}
            disabled={busy}
            onClick={() => void store.load((c) => c.call('project.openSample', { sample }))}
          >
            {t(`start.sample.${sample}.action`)}
          </button>
        </div>
      ))}
    </section>
  );
}

function NewProjectCard() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { busy } = useStoreState();
  const [name, setName] = useState('');
  // The location is asked for before the project exists: a default city would silently give
  // the park another climate and grid.
  const [provinceKey, setProvinceKey] = useState('');
  const [city, setCity] = useState('');
  const nameId = useId();
  const provinceId = useId();
  const cityId = useId();
  const hintId = useId();
  const zh = i18n.language === 'zh-CN';
  const province = PROVINCES.find((p) => p.key === provinceKey);
  const ready = province !== undefined && city.trim() !== '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (province === undefined || city.trim() === '') return;
    const trimmed = name.trim();
    const location = { province: province.en, city: city.trim(), grid_region: province.region };
    void store.load((c) =>
      c.call('project.create', { template: 'blank', location, ...(trimmed === '' ? {} : { name: trimmed }) }),
    );
  };
  return (
    <section className="card" aria-labelledby="start-new">
      <h2 id="start-new">{t('start.blank.title')}</h2>
      <form className="form" onSubmit={submit}>
        <label className="field" htmlFor={nameId}>
          <span className="field__label">{t('start.blank.nameLabel')}</span>
          <input
            id={nameId}
            className="input"
            type="text"
            maxLength={200}
            value={name}
            placeholder={t('start.blank.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field" htmlFor={provinceId}>
          <span className="field__label">{t('start.blank.provinceLabel')}</span>
          <select
            id={provinceId}
            className="input"
            required
            aria-describedby={hintId}
            value={provinceKey}
            onChange={(e) => setProvinceKey(e.target.value)}
          >
            <option value="">{t('start.blank.chooseProvince')}</option>
            {PROVINCES.map((p) => (
              <option key={p.key} value={p.key}>
                {zh ? p.zh : p.en}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={cityId}>
          <span className="field__label">{t('start.blank.cityLabel')}</span>
          <input
            id={cityId}
            className="input"
            type="text"
            required
            maxLength={200}
            aria-describedby={hintId}
            value={city}
            placeholder={t('start.blank.cityPlaceholder')}
            onChange={(e) => setCity(e.target.value)}
          />
        </label>
        <p id={hintId} className="muted small">
          {t('start.blank.locationHint')}
        </p>
        <button type="submit" className="btn" disabled={busy || !ready}>
          {t('start.blank.action')}
        </button>
      </form>
    </section>
  );
}

function OpenFileCard() {
  const { t } = useTranslation();
  const client = useClient();
  const store = useStore();
  const { busy } = useStoreState();
  // The browser host has no native dialogs; Electron may still report `supported: false`.
  const [typedPath, setTypedPath] = useState(client.shell === 'browser');
  const [path, setPath] = useState('');
  const [review, setReview] = useState(false);
  const pathId = useId();
  const hintId = useId();
  const reviewId = useId();
  const mode = review ? 'review' : 'edit';

  const browse = async () => {
    try {
      const picked = await client.call('dialog.openProject', {});
      if (!picked.supported) setTypedPath(true);
      else if (picked.path !== null) {
        const chosen = picked.path;
        await store.load((c) => c.call('project.open', { path: chosen, mode }));
      }
    } catch (error) {
      store.reportError(error);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = path.trim();
    if (trimmed !== '') void store.load((c) => c.call('project.open', { path: trimmed, mode }));
  };

  return (
    <section className="card" aria-labelledby="start-open">
      <h2 id="start-open">{t('start.open.title')}</h2>
      <form className="form" onSubmit={submit}>
        {typedPath ? (
          <>
            <label className="field" htmlFor={pathId}>
              <span className="field__label">{t('start.open.pathLabel')}</span>
              <input
                id={pathId}
                className="input input--mono"
                type="text"
                spellCheck={false}
                autoComplete="off"
                maxLength={4096}
                value={path}
                aria-describedby={hintId}
                onChange={(e) => setPath(e.target.value)}
              />
            </label>
            <p className="field__hint" id={hintId}>
              {t('start.open.pathHint')}
            </p>
          </>
        ) : null}
        <label className="check" htmlFor={reviewId}>
          <input id={reviewId} type="checkbox" checked={review} onChange={(e) => setReview(e.target.checked)} />
          <span>{t('start.open.review')}</span>
        </label>
        {typedPath ? (
          <button type="submit" className="btn" disabled={busy || path.trim() === ''}>
            {t('start.open.action')}
          </button>
        ) : (
          <button type="button" className="btn" disabled={busy} onClick={() => void browse()}>
            {t('start.open.browse')}
          </button>
        )}
      </form>
    </section>
  );
}
