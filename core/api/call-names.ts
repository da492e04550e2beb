/**
 * The names of every API call, kept apart from the schemas so the preload script can build
 * `window.api` without bundling zod. `contract.ts` is checked to define exactly these calls.
 */
export const CALL_NAMES = [
  'app.info',
  'project.openSample',
  'project.create',
  'project.open',
  'project.get',
  'project.edit',
  'project.save',
  'project.saveAs',
  'project.close',
  'project.recent',
  'project.recoverable',
  'project.recover',
  'project.discardRecovery',
  'scenario.run',
  'scenario.hourly',
  'plan.validate',
  'report.export',
  'dialog.openProject',
  'dialog.saveProject',
  'dialog.openPublicKey',
  'dialog.saveFile',
  'review.fingerprint',
  'review.addComment',
  'review.setCommentStatus',
  'review.compare',
  'review.memo',
  'review.signatures',
  'series.import',
  'uncertainty.offers',
  'uncertainty.tornado',
  'uncertainty.sweep',
  'uncertainty.start',
  'uncertainty.status',
  'uncertainty.cancel',
  'optimise.start',
  'optimise.status',
  'optimise.cancel',
  'optimise.createScenario',
  'dialog.openPortfolio',
  'portfolio.start',
  'portfolio.status',
  'portfolio.cancel',
  'portfolio.export',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** `project.open` -> ['project', 'open']: the shape of `window.api.project.open`. */
export function splitCallName(name: string): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}
