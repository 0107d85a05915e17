// The sentences of the return cycle (status, challenge, audit): beside rules.ts, for messages
// that are about the store's records rather than a place in a file.
export const cycleText = {
  challengeNotFound: (id: number) =>
    `there is no open query ${id} on a current return: see school-returns challenge list`,
  challengeResolved: (id: number, outcome: string, by: string, at: string) =>
    `query ${id} was already ${outcome} by ${by} on ${at.slice(0, 10)}`,
  challengeNoFigure: (id: number) =>
    `query ${id} is about more than one figure: say which with --group CODE --measure CODE`,
  challengeUnknownFigure: (group: string, measure: string) =>
    `the return has no pupil group ${group} or ${measure} is not a measure of its key stage and year: see the codes in schemas/catalogue`,
  amendNotCount: (value: number, cohort: number) =>
    `${value} is not a number of pupils from 0 to the cohort of ${cohort}`,
  amended: (id: number, oldValue: number | undefined, newValue: number) =>
    `query ${id} resolved: amended from ${oldValue ?? 'blank'} to ${newValue}; the return itself is unchanged`,
  accepted: (id: number) => `query ${id} resolved: accepted as returned`,
} as const;
