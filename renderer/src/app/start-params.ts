import { ProjectId } from '../../../core/api/contract.ts';

/**
 * The browser host can open a project before the page loads (`serve --open file`) and names it
 * in the start URL as `?project=<id>`. Read it once and drop it from the visible URL, so a
 * reload after closing that project does not try to reopen it.
 */
export function takeStartProject(location: Location, history: History): string | null {
  const url = new URL(location.href);
  const raw = url.searchParams.get('project');
  if (raw === null) return null;
  url.searchParams.delete('project');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  const parsed = ProjectId.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
