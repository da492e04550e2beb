/**
 * Deterministic pseudo-random numbers for synthetic weather. core/ may not use Math.random
 * (bit-identical reruns); every random-looking series is drawn from mulberry32 seeded from
 * the city name and a fixed salt, so the same inputs always give the same series.
 */

/** mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator returning [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string, used to derive seeds from names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
