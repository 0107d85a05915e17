// Names compared as a person would: case, spacing, dots and dash styles do not count; a "+" does.
import { describe, expect, it } from 'vitest';
import { NameIndex, nameKey, nearestNames } from '../../src/domain/names.js';

describe('nameKey and NameIndex', () => {
  it('treats case, spacing, dots, brackets, apostrophes and dashes alike, but not "+"', () => {
    expect(nameKey('RWM L4+')).toBe(nameKey('rwm  l4+'));
    expect(nameKey('5+ A*–C inc. E&M')).toBe(nameKey('5+ a*-c inc e&m'));
    expect(nameKey('St Mary’s')).toBe(nameKey("ST MARY'S"));
    expect(nameKey('Disadvantaged (FSM/PPG)')).toBe(nameKey('disadvantaged fsm/ppg'));
    expect(nameKey('RWM L4+')).not.toBe(nameKey('RWM L4'));
  });

  it('lists the nearest names by edit distance, ties in alphabetical order', () => {
    // "boyz" is 1 edit from "boys" and "boz", 2 from "bays", 4 from "eal", 5 from "girls".
    expect(nearestNames('Boyz', ['Girls', 'EAL', 'Boys', 'Bays', 'Boz'])).toEqual(['Boys', 'Boz', 'Bays']);
    expect(nearestNames('Boyz', ['Girls', 'EAL'], 3)).toEqual(['EAL', 'Girls']);
  });

  it('refuses a catalogue in which one name belongs to two entries', () => {
    const entries = [
      { code: 'boys', names: ['Boys', 'Male'] },
      { code: 'men', names: ['male'] },
    ];
    expect(
      () =>
        new NameIndex(
          entries,
          (e) => e.names,
          (e) => e.code,
          'pupil group',
        ),
    ).toThrow('catalogue: the pupil group name "male" belongs to two entries');
  });
});
