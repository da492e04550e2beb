import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreState } from './context.tsx';
import { TopBar } from './TopBar.tsx';
import { NavRail, type ScreenId } from './NavRail.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { ReloadNotice } from './ReloadNotice.tsx';
import type { Reopened } from './reload-session.ts';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import { useUnloadGuard } from './use-unload-guard.ts';
import { useLocalName } from '../i18n/use-local-name.ts';
import { StartScreen } from '../screens/start/StartScreen.tsx';
import { ParkScreen } from '../screens/park/ParkScreen.tsx';
import { ScenariosScreen } from '../screens/scenarios/ScenariosScreen.tsx';
import { MeasuresScreen } from '../screens/measures/MeasuresScreen.tsx';
import { TargetsScreen } from '../screens/targets/TargetsScreen.tsx';
import { FactorsScreen } from '../screens/factors/FactorsScreen.tsx';
import { ReviewScreen } from '../screens/review/ReviewScreen.tsx';
import { ReportTextScreen } from '../screens/report/ReportTextScreen.tsx';

// The results screens carry echarts (about half the bundle): their own chunk, fetched once the
// shell is up so the first open is instant and the start screen does not wait for it.
const loadResults = () => import('../screens/results/ResultsScreen.tsx');
const loadCompare = () => import('../screens/compare/CompareScreen.tsx');
const ResultsScreen = lazy(() => loadResults().then((m) => ({ default: m.ResultsScreen })));
const CompareScreen = lazy(() => loadCompare().then((m) => ({ default: m.CompareScreen })));
const OptimiseScreen = lazy(() => import('../screens/optimise/OptimiseScreen.tsx').then((m) => ({ default: m.OptimiseScreen })));
const RiskScreen = lazy(() => import('../screens/risk/RiskScreen.tsx').then((m) => ({ default: m.RiskScreen })));

export function App({ reopened = null }: { reopened?: Reopened | null }) {
  const { t } = useTranslation();
  const ln = useLocalName();
  const { session } = useStoreState();
  const [screen, setScreen] = useState<ScreenId>('park');
  const projectId = session?.meta.project_id ?? null;
  const mainRef = useRef<HTMLElement>(null);

  // A newly opened project starts on the Park screen.
  useEffect(() => {
    setScreen('park');
  }, [projectId]);

  // Fetch the results chunk in the background once a project is open.
  useEffect(() => {
    if (projectId !== null) void loadResults().then(loadCompare);
  }, [projectId]);

  useEffect(() => {
    document.title = session === null ? t('app.name') : `${ln(session.plan.park)} — ${t('app.name')}`;
  }, [session, t, ln]);

  useUndoShortcuts();
  useUnloadGuard();

  const navigate = (next: ScreenId) => {
    setScreen(next);
    // Move keyboard and screen-reader focus to the new screen's heading.
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus());
  };

  return (
    <div className={session === null ? 'shell shell--bare' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      {session !== null && <NavRail current={screen} onNavigate={navigate} />}
      <main className="main" id="main" ref={mainRef} tabIndex={-1}>
        <ErrorNotice />
        {session !== null && <ReloadNotice reopened={reopened} />}
        {session === null ? (
          <StartScreen />
        ) : screen === 'park' ? (
          <ParkScreen plan={session.plan} readOnly={session.meta.read_only} />
        ) : screen === 'measures' ? (
          <MeasuresScreen plan={session.plan} readOnly={session.meta.read_only} />
        ) : screen === 'targets' ? (
          <TargetsScreen plan={session.plan} readOnly={session.meta.read_only} />
        ) : screen === 'factors' ? (
          <FactorsScreen plan={session.plan} readOnly={session.meta.read_only} />
        ) : screen === 'results' ? (
          <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
            <ResultsScreen plan={session.plan} />
          </Suspense>
        ) : screen === 'compare' ? (
          <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
            <CompareScreen plan={session.plan} />
          </Suspense>
        ) : screen === 'optimise' ? (
          <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
            <OptimiseScreen plan={session.plan} readOnly={session.meta.read_only} />
          </Suspense>
        ) : screen === 'risk' ? (
          <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
            <RiskScreen plan={session.plan} readOnly={session.meta.read_only} />
          </Suspense>
        ) : screen === 'report' ? (
          <ReportTextScreen plan={session.plan} readOnly={session.meta.read_only} />
        ) : screen === 'review' ? (
          <ReviewScreen plan={session.plan} meta={session.meta} />
        ) : (
          <ScenariosScreen plan={session.plan} readOnly={session.meta.read_only} />
        )}
      </main>
    </div>
  );
}
