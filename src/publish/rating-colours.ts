// How a target rating is coloured where a reader sees it (domain.md: dark green, light green,
// amber, red). The rating's words are always shown too: colour alone tells a colour-blind
// reader nothing, and a black-and-white print loses it.
import { TARGET_RATING_COLOURS, type TargetRating } from '../aggregate/attendance/index.js';

export interface RatingColour {
  /** A class name for HTML: "rating-dark-green". */
  className: string;
  /** Fill and text colours, RGB hex without '#', for the HTML stylesheet and xlsx cells. */
  fill: string;
  text: string;
}

const SHADES: Readonly<Record<(typeof TARGET_RATING_COLOURS)[TargetRating], { fill: string; text: string }>> = {
  'dark green': { fill: '1B7837', text: 'FFFFFF' },
  'light green': { fill: 'A6DBA0', text: '1A1A1A' },
  amber: { fill: 'F6C141', text: '1A1A1A' },
  red: { fill: 'B2182B', text: 'FFFFFF' },
};

/** The colour for a rating as shown in a report, or undefined for no rating. */
export function ratingColour(rating: string | number | undefined): RatingColour | undefined {
  const colour =
    typeof rating === 'string' && Object.hasOwn(TARGET_RATING_COLOURS, rating)
      ? TARGET_RATING_COLOURS[rating as TargetRating]
      : undefined;
  return colour ? { className: `rating-${colour.replace(' ', '-')}`, ...SHADES[colour] } : undefined;
}

/** The stylesheet rules for every rating's class. */
export function ratingCss(): string {
  return Object.entries(SHADES)
    .map(
      ([colour, { fill, text }]) => `td.rating-${colour.replace(' ', '-')} { background: #${fill}; color: #${text}; }`,
    )
    .join('\n');
}
