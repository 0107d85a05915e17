// The demo's commands, in order. A step that imports files which must be refused expects exit 1.
export interface DemoStep {
  args: string[];
  note?: string;
  expectExit?: number;
}

const predictions = (year: string, keyStage: string, format: string, out: string, extra: string[] = []) =>
  ['report', 'predictions', '--year', year, '--key-stage', keyStage, '--round', 'Autumn', '--format', format, '--out', out, ...extra];

export const demoSteps: DemoStep[] = [
  { args: ['register', 'import', 'fixtures/register/edubasealldata.csv', '--la', '874'] },
  { args: ['groups', 'import', 'fixtures/groups/collaborative-groups.csv'] },
  { args: ['comparators', 'import', 'fixtures/comparators/national-attainment.csv'] },
  {
    args: ['import', 'fixtures/proformas/2014-15', '--report', 'reports/import-messages-2014-15.csv'],
    note: 'some of these returns are meant to be refused, so this step exits 1',
    expectExit: 1,
  },
  { args: ['import', 'fixtures/proformas/2015-16', '--report', 'reports/import-messages-2015-16.csv'] },
  { args: predictions('2014/15', 'KS2', 'md', 'reports/predictions-ks2-2014-15-city.md') },
  { args: predictions('2014/15', 'KS2', 'csv', 'reports/predictions-ks2-2014-15.csv', ['--level', 'city,group,school']) },
  { args: predictions('2014/15', 'KS2', 'xlsx', 'reports/predictions-ks2-2014-15-published.xlsx', ['--level', 'city,group', '--published']) },
  { args: predictions('2014/15', 'KS2', 'md', 'reports/predictions-ks2-2014-15-published.md', ['--level', 'city,group', '--published']) },
  { args: predictions('2014/15', 'KS4', 'md', 'reports/predictions-ks4-2014-15-city.md') },
  { args: predictions('2015/16', 'KS2', 'md', 'reports/predictions-ks2-2015-16-city.md') },
  { args: predictions('2015/16', 'KS4', 'csv', 'reports/predictions-ks4-2015-16.csv', ['--level', 'city,group,school']) },
];
