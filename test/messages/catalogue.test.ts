// The one catalogue of sentences (src/messages/): every id well formed and used once, every
// sentence one line, and a message built from a rule carrying that rule's id and severity.
// The words themselves are checked where they are printed (test/golden, test/cli); here only
// ids and values are compared.
import { describe, expect, it } from 'vitest';
import { CONCERN_RULES, TARGET_RULES } from '../../src/aggregate/attendance/index.js';
import { attendanceText } from '../../src/messages/attendance-text.js';
import { chartText } from '../../src/messages/chart-text.js';
import { cliText } from '../../src/messages/cli-text.js';
import { cycleText } from '../../src/messages/cycle-text.js';
import { htmlText } from '../../src/messages/html-text.js';
import { plain, type Marked } from '../../src/messages/marked.js';
import { message, type Place } from '../../src/messages/message.js';
import { reportText } from '../../src/messages/report-text.js';
import { rules, ruleTopics, type RuleId } from '../../src/messages/rules.js';
import { templateText } from '../../src/messages/template-text.js';
import { validatedText } from '../../src/messages/validated-text.js';
import { benchmarkText } from '../../src/messages/benchmark-text.js';
import { xlsxText } from '../../src/messages/xlsx-text.js';
import {
  attendanceSamples,
  chartSamples,
  cliSamples,
  cycleSamples,
  factsOf,
  htmlSamples,
  reportSamples,
  templateSamples,
  validatedSamples,
  benchmarkSamples,
  xlsxSamples,
} from './samples.js';

/** `area.name`, both kebab-case: "file.too-large", "attendance.not-a-count". */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** A sentence, lines of sentences, a sentence with marked words (html-text.ts), or a function giving one. */
type Sentence = string | readonly string[] | Marked | ((...args: never[]) => string | Marked);

const catalogues: Record<string, { text: Record<string, Sentence>; samples: Record<string, readonly unknown[]> }> = {
  cli: { text: cliText, samples: cliSamples },
  cycle: { text: cycleText, samples: cycleSamples },
  attendance: { text: attendanceText, samples: attendanceSamples },
  report: { text: reportText, samples: reportSamples },
  chart: { text: chartText, samples: chartSamples },
  html: { text: htmlText, samples: htmlSamples },
  template: { text: templateText, samples: templateSamples },
  validated: { text: validatedText, samples: validatedSamples },
  benchmark: { text: benchmarkText, samples: benchmarkSamples },
  xlsx: { text: xlsxText, samples: xlsxSamples },
};

const isMarked = (value: Sentence): value is Marked =>
  Array.isArray(value) && value.some((part) => typeof part !== 'string');

/** What a sentence says for its sample: one string per line it prints, a marked sentence as its plain words. */
function said(sentence: Sentence, sample: readonly unknown[] | undefined): string[] {
  if (typeof sentence === 'string') return [sentence];
  if (typeof sentence !== 'function') return isMarked(sentence) ? [plain(sentence)] : [...(sentence as string[])];
  if (!sample) throw new Error('no sample arguments');
  const said = (sentence as (...a: readonly unknown[]) => string | Marked)(...sample);
  return [typeof said === 'string' ? said : plain(said)];
}

const oneLine = (text: string) => text.length > 0 && !/[\n\r]|undefined|NaN|\[object/.test(text);

describe('the rules of the catalogue', () => {
  const topicIds = Object.values(ruleTopics).flatMap((topic) => Object.keys(topic));

  it('names every rule area.name, kebab-case', () => {
    expect(topicIds.filter((id) => !ID.test(id))).toEqual([]);
  });

  it('defines each id in exactly one topic file, and the catalogue holds them all', () => {
    expect(topicIds.filter((id, i) => topicIds.indexOf(id) !== i)).toEqual([]);
    expect(Object.keys(rules).sort()).toEqual([...topicIds].sort());
    for (const topic of Object.values(ruleTopics))
      for (const [id, rule] of Object.entries(topic)) expect(rules[id as RuleId]).toBe(rule);
  });

  it('says every rule in one line', () => {
    const broken = (Object.keys(rules) as RuleId[]).filter((id) => {
      try {
        return !oneLine((rules[id].say as (f: object) => string)(factsOf(id)));
      } catch {
        return true; // a fact of another shape: give it in RULE_FACTS (samples.ts)
      }
    });
    expect(broken).toEqual([]);
  });

  it('builds a message that carries its rule id, severity, facts and the sentence made from them', () => {
    const place: Place = { file: 'hill.xlsx', sheet: 'Predictions', cell: 'C7' };
    const build = message as (id: RuleId, place: Place, facts: object) => ReturnType<typeof message>;
    for (const id of Object.keys(rules) as RuleId[]) {
      const m = build(id, place, factsOf(id));
      const rule = rules[id] as { severity: string; say: (f: object) => string };
      expect({ ruleId: m.ruleId, severity: m.severity, place: m.place, facts: m.facts, text: m.text }).toEqual({
        ruleId: id,
        severity: rule.severity,
        place,
        facts: factsOf(id),
        text: rule.say(factsOf(id)),
      });
    }
    const typed = message('csv.ragged-row', { file: 'a.csv', line: 4 }, { found: 8, expected: 7 });
    expect([typed.ruleId, typed.severity, typed.facts.found]).toEqual([
      'csv.ragged-row',
      rules['csv.ragged-row'].severity,
      8,
    ]);
    expect(message('file.empty', { file: 'a.xlsx' }).facts).toEqual({});
  });
});

describe('the sentences of the command line, the return cycle, the attendance core and the reports', () => {
  it('names every sentence area.name, kebab-case, and no id twice across the whole catalogue', () => {
    const ids = [...Object.keys(rules), ...Object.values(catalogues).flatMap((c) => Object.keys(c.text))];
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const [name, { text, samples }] of Object.entries(catalogues)) {
    it(`has sample arguments for exactly the sentence functions of ${name}`, () => {
      const functions = Object.keys(text).filter((id) => typeof text[id] === 'function');
      expect(Object.keys(samples).sort()).toEqual(functions.sort());
    });

    it(`says every ${name} sentence in one line`, () => {
      const broken = Object.entries(text)
        .filter(([id, sentence]) => !said(sentence, samples[id]).every(oneLine))
        .map(([id]) => id);
      expect(broken).toEqual([]);
    });
  }

  it('marks only words: no marked part of a sentence is empty', () => {
    const blank = Object.values(catalogues).flatMap(({ text, samples }) =>
      Object.entries(text).filter(([id, sentence]) => {
        const made =
          typeof sentence === 'function' ? (sentence as (...a: unknown[]) => unknown)(...samples[id]!) : sentence;
        return isMarked(made as Sentence) && (made as Marked).some((part) => typeof part !== 'string' && !part[0]);
      }),
    );
    expect(blank.map(([id]) => id)).toEqual([]);
  });

  it('gives the attendance core its rules in the catalogue’s words', () => {
    expect(CONCERN_RULES).toBe(attendanceText['concern.rules']);
    expect(TARGET_RULES).toBe(attendanceText['target.rules']);
  });
});
