// Each target rating has the colour domain.md gives it, for HTML and xlsx alike.
import { describe, expect, it } from 'vitest';
import { ratingColour } from '../../src/publish/rating-colours.js';

describe('ratingColour', () => {
  it('gives dark green, light green, amber and red to the four ratings', () => {
    expect(
      ['Achieved', 'On track', 'Will be achieved but late', 'Not likely to be achieved'].map(
        (r) => ratingColour(r)?.className,
      ),
    ).toEqual(['rating-dark-green', 'rating-light-green', 'rating-amber', 'rating-red']);
  });

  it('gives no colour where there is no rating', () => {
    expect(ratingColour(undefined)).toBeUndefined();
    expect(ratingColour('')).toBeUndefined();
  });
});
