/**
 * The reviewer's name, asked once and remembered on this computer (localStorage): it is put on
 * every comment they write. Storage can be switched off; the name then lasts for the session.
 */
const KEY = 'parkzero.reviewerName';

export function readReviewerName(storage: Pick<Storage, 'getItem'> | null): string {
  try {
    return (storage?.getItem(KEY) ?? '').trim().slice(0, 200);
  } catch {
    return '';
  }
}

export function writeReviewerName(storage: Pick<Storage, 'setItem'> | null, name: string): void {
  try {
    storage?.setItem(KEY, name.trim().slice(0, 200));
  } catch {
    // not remembered; still used for this session
  }
}

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
