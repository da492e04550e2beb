import { describe, expect, it } from 'vitest';
import { isAllowedExternalLink, projectFileFromArgv } from '../../../electron/main/external-links.ts';

/** Issue 14, item 4: the desktop shell's link allow-list and the second instance's file. */

describe('external links', () => {
  it('opens only https links to allow-listed hosts', () => {
    expect(isAllowedExternalLink('https://www.mee.gov.cn/ywgz/')).toBe(true);
    for (const bad of [
      'https://evil.example.com/',
      'http://www.mee.gov.cn/',
      'https://www.mee.gov.cn.evil.example/',
      'https://user:pw@www.mee.gov.cn/',
      'https://www.mee.gov.cn:8443/',
      'file:///etc/passwd',
      'ms-msdt:/id PCWDiagnostic',
      'not a url',
    ])
      expect(isAllowedExternalLink(bad), bad).toBe(false);
  });
});

describe('the file a second instance was started with', () => {
  it('is found among Chromium switches, so the running instance can open it', () => {
    const argv = ['--allow-file-access-from-files', '--original-process-start-time=1', '/home/li/Park A.parkzero'];
    expect(projectFileFromArgv(argv)).toBe('/home/li/Park A.parkzero');
    expect(projectFileFromArgv(['--sample'])).toBeNull();
  });
});
