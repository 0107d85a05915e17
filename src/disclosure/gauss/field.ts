// Exact arithmetic for the elimination, modulo one prime below 2^26: a product of two residues is
// below 2^52, so a double holds it exactly, and no pivot is ever "nearly zero". Two forms that are
// independent over the rationals can only look dependent modulo the prime (never the reverse, for
// the small whole coefficients of a table's sums), so an error here hides one cell too many, never
// one too few; the interval audit then checks what was published with the counts themselves.
export const PRIME = 67_108_859;

/** `a` as a residue in 0..PRIME−1 (a may be negative). */
export const residue = (a: number): number => ((a % PRIME) + PRIME) % PRIME;

export const times = (a: number, b: number): number => (a * b) % PRIME;

export const plus = (a: number, b: number): number => (a + b) % PRIME;

export const negate = (a: number): number => (a === 0 ? 0 : PRIME - a);

/** The residue b with a × b = 1, by the extended Euclidean algorithm; a must not be 0. */
export function inverse(a: number): number {
  if (a === 0) throw new Error('gauss: no inverse of 0');
  let [oldR, r] = [a, PRIME];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return residue(oldS);
}
