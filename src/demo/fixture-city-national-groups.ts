// Issues 12, 14: the EES national file's lines for the pupil groups the fixture city's attendance
// returns carry (boys, girls, disadvantaged; the file has no line for all SEN pupils nor for children
// looked after), for the years the demo reports on, each line byte for byte as shipped.

/** The years kept, as the file writes them, and the characteristics of the returns' groups. */
const YEARS = ['201415', '201516'];
const CHARACTERISTICS = ['Gender_male', 'Gender_female', 'FSM_eligible_in_last_6_years'];

/** The file's header and its lines of YEARS and CHARACTERISTICS, in the file's order (it has no quoted fields). */
export function nationalGroupLines(shipped: string): string {
  const [header, ...lines] = shipped.split('\n');
  const kept = lines.filter((line) => {
    const fields = line.split(',');
    return YEARS.includes(fields[1] ?? '') && CHARACTERISTICS.includes(fields[6] ?? '');
  });
  return [header, ...kept].join('\n') + '\n';
}

export const NATIONAL_GROUPS_FIXTURE = 'fixtures/comparators/national-absence-by-characteristic-groups.csv';
