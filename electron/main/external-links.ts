/**
 * Which links the desktop app hands to the system browser. `shell.openExternal` with any https
 * URL let a page (or text in a plan that became a link) open arbitrary sites, and on some
 * systems URL handlers start programs. Only https, only these hosts (the publishers of the
 * standards our factor library cites), no user name or password, the default port.
 * Kept free of `electron` imports so it is testable in Node.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'www.mee.gov.cn', // Ministry of Ecology and Environment: emission factors, accounting guides
  'www.ndrc.gov.cn', // National Development and Reform Commission: energy policy
  'www.stats.gov.cn', // National Bureau of Statistics: energy conversion coefficients
  'www.ipcc-nggip.iges.or.jp', // IPCC guidelines for national greenhouse gas inventories
];

export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  );
}

/** The project file named on a command line (a double-clicked file, or "Open with"), if any. */
export function projectFileFromArgv(argv: readonly string[]): string | null {
  // Chromium switches come first and start with "-"; a file is a plain argument ending in .parkzero.
  return argv.find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.parkzero')) ?? null;
}
