import { describe, expect, it } from 'vitest';
import { takeHostToken } from '../../../renderer/src/api/bridge.ts';

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

function fakeWindow(href: string) {
  const replaced: string[] = [];
  const location = { href } as Location;
  const history = {
    state: null,
    replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
  } as unknown as History;
  return { location, history, replaced, storage: new MemoryStorage() as unknown as Storage };
}

describe('browser host token', () => {
  it('takes the token from the URL, keeps it for the tab and removes it from the address bar', () => {
    const w = fakeWindow('http://127.0.0.1:4000/?token=abcdef0123456789abcdef&project=p0123456789abcdef#x');
    expect(takeHostToken(w.location, w.history, w.storage)).toBe('abcdef0123456789abcdef');
    expect(w.replaced).toEqual(['/?project=p0123456789abcdef#x']);
  });

  it('falls back to the stored token after a reload', () => {
    const w = fakeWindow('http://127.0.0.1:4000/?token=abcdef0123456789abcdef');
    takeHostToken(w.location, w.history, w.storage);
    const reload = { ...fakeWindow('http://127.0.0.1:4000/'), storage: w.storage };
    expect(takeHostToken(reload.location, reload.history, reload.storage)).toBe('abcdef0123456789abcdef');
    expect(reload.replaced).toEqual([]);
  });

  it('ignores a malformed token but still hides it', () => {
    const w = fakeWindow('http://127.0.0.1:4000/?token=%3Cscript%3E');
    expect(takeHostToken(w.location, w.history, w.storage)).toBeNull();
    expect(w.replaced).toEqual(['/']);
  });
});
