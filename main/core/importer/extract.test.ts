// One test per extraction rule, on small texts written for the rule, plus the invariants every
// candidate must keep (verbatim statement, section, topics) on the seed articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library } from '../model';
import { extractCandidates, type ExtractOptions } from './extract';

const library = Library.parse(JSON.parse(readFileSync(new URL('../../../data/library.json', import.meta.url), 'utf8')));
const options: ExtractOptions = { topics: library.topics };

/** A text in the usual shape: title, a byline line, then the body. */
function article(body: string): string {
  return `A Title for the Test Article\n\nJune 1, 2021\n\n${body}`;
}

function statements(text: string, extra: Partial<ExtractOptions> = {}): string[] {
  return extractCandidates(text, { ...options, ...extra }).map((c) => c.statement);
}

const LONG_INTRO =
  'The dialogue of retired officers and former diplomats met for the fifth time this spring to review the state of relations between the two countries.';

describe('extractCandidates', () => {
  it('proposes sentences with recommending cue words, attributed to the dialogue', () => {
    const text = article(
      `${LONG_INTRO} The group urged both governments to resume regular military contacts. Participants called on NATO to restore the liaison mission. The delegates recommended that exercises be notified in advance. The group encourages both sides to consider joint patrols.`,
    );
    expect(statements(text)).toEqual([
      'The group urged both governments to resume regular military contacts.',
      'Participants called on NATO to restore the liaison mission.',
      'The delegates recommended that exercises be notified in advance.',
      'The group encourages both sides to consider joint patrols.',
    ]);
    expect(extractCandidates(text, options).every((c) => c.kind === 'recommendation' && c.rule === 'cue-word')).toBe(true);
  });

  it('proposes Russian sentences with рекомендуем, следует, должны, призываем, предлагает', () => {
    const text = `Заголовок статьи о диалоге\n\n1 июня 2021 г.\n\nУчастники встречи в Женеве обсудили положение дел в двусторонних отношениях и перспективы переговоров по стратегической стабильности. Мы рекомендуем возобновить консультации по стратегической стабильности. Сторонам следует восстановить каналы связи между военными. Стороны должны сохранить механизмы уведомлений об учениях. Мы призываем правительства начать переговоры. Российская делегация предлагает создать рабочую группу.`;
    const candidates = extractCandidates(text, { ...options, language: 'ru' });
    expect(candidates.map((c) => c.kind)).toEqual(['recommendation', 'recommendation', 'recommendation', 'recommendation', 'proposal']);
    expect(candidates[0]!.section).toBe('Введение');
  });

  it('makes every item of a list introduced by a call a candidate, and not the introduction itself', () => {
    const text = article(`${LONG_INTRO}\n\nWe propose three priority areas for dialogue:\n\n  • An exchange of views on military doctrines.\n  • Notification of snap exercises near borders.\n  • Regular meetings of the chiefs of general staff.`);
    const candidates = extractCandidates(text, options);
    expect(candidates.map((c) => c.statement)).toEqual([
      'An exchange of views on military doctrines.',
      'Notification of snap exercises near borders.',
      'Regular meetings of the chiefs of general staff.',
    ]);
    expect(candidates.every((c) => c.kind === 'proposal' && c.rule === 'listed-under-call')).toBe(true);
  });

  it('records a list item that is one quotation as a joint-statement line', () => {
    const text = article(`${LONG_INTRO}\n\nThe joint statement opens with two lines:\n\n  • “There is no alternative to negotiation.”\n  • “Dialogue between our militaries remains indispensable.”`);
    const candidates = extractCandidates(text, options);
    expect(candidates.map((c) => c.rule)).toEqual(['quoted-statement', 'quoted-statement']);
    expect(candidates[1]!.statement).toBe('“Dialogue between our militaries remains indispensable.”');
  });

  it('records concerns and findings the dialogue voices, anyone’s calls, but not outsiders’ news', () => {
    const text = article(
      `${LONG_INTRO} The Russian delegation is concerned about the military buildup near Kaliningrad. The participants agreed that the INF Treaty had been an important instrument. On April 12, two dozen senators urged the president to extend the treaty. Last month the State Department announced that it would not send a delegation to the conference.`,
    );
    const candidates = extractCandidates(text, options);
    expect(candidates.map((c) => [c.kind, c.rule])).toEqual([
      ['concern', 'dialogue-view'],
      ['finding', 'dialogue-view'],
      ['recommendation', 'cue-word'],
    ]);
    expect(candidates[2]!.statement).toBe('On April 12, two dozen senators urged the president to extend the treaty.');
  });

  it('takes the author’s own assessments as findings when the author writes for the dialogue', () => {
    const body = `Our network convened former commanders from across Europe to discuss the state of military contacts in the region. We have concluded that practical steps matter most. Hazardous incidents occur when channels of communication are at their weakest. The weather in Vienna was mild for the season.`;
    const found = extractCandidates(article(body), options);
    expect(found.map((c) => c.statement)).toEqual([
      'We have concluded that practical steps matter most.',
      'Hazardous incidents occur when channels of communication are at their weakest.',
    ]);
    expect(found[1]!.rule).toBe('author-assessment');
    // The same assessment in a report about someone else's dialogue is the reporter's, not the dialogue's.
    expect(statements(article(`${LONG_INTRO} Hazardous incidents occur when channels of communication are at their weakest.`))).toEqual([]);
  });

  it('splits "argued that X and that Y" into two statements, but keeps shared subjects and noun pairs whole', () => {
    const text = article(
      `${LONG_INTRO} They argued that obstacles to cooperation “should be reduced” and that both countries “bear a special responsibility to negotiate.” Russia is “deeply concerned about terrorism” and believes that “open borders are a danger.” The group said that the U.S. and Russia “should agree not to interfere.”`,
    );
    expect(statements(text)).toEqual([
      'They argued that obstacles to cooperation “should be reduced”',
      'both countries “bear a special responsibility to negotiate.”',
      'Russia is “deeply concerned about terrorism” and believes that “open borders are a danger.”',
      'The group said that the U.S. and Russia “should agree not to interfere.”',
    ]);
  });

  it('keeps a sentence that carries on the point ("Quite the opposite: ...") with the one before', () => {
    const text = article(`${LONG_INTRO} The group argued that political differences should not prevent contacts between the militaries. Quite the opposite: managing these risks is even more essential now.`);
    expect(statements(text)).toEqual([
      'The group argued that political differences should not prevent contacts between the militaries. Quite the opposite: managing these risks is even more essential now.',
    ]);
  });

  it('splits a list item that makes two calls, and keeps explanations with their call', () => {
    const text = article(`${LONG_INTRO}\n\n  • “The group recommends an end to hostile use of the Internet. There should be a joint review of software flaws.”\n  • This should be raised at the summit. After all, the allies share the risk.`);
    expect(statements(text)).toEqual([
      '“The group recommends an end to hostile use of the Internet.',
      'There should be a joint review of software flaws.”',
      'This should be raised at the summit. After all, the allies share the risk.',
    ]);
  });

  it('ignores agenda lists, lists of participants and questions', () => {
    const text = article(
      `${LONG_INTRO}\n\nThe session covered the following topics:\n\n  1. Risks of escalation in the Baltic\n  2. Should the NATO-Russia Council be revived?\n\nParticipants included:\n\n  • Gen. (ret.) John Smith, former commander\n  • Amb. Anna Petrova, former deputy minister\n\nShould the two sides resume military contacts? The question remained open.`,
    );
    expect(statements(text)).toEqual([]);
  });

  it('never proposes front matter, captions, credits, disclaimers or page furniture', () => {
    const text = `Skip to content\nCommentary | 28 June 2021\n\nNATO should talk to Russia now\n\nBy Jane Doe\n\nPhoto above shows the delegates, who urged restraint.\n\n${LONG_INTRO} The group urged both sides to show restraint.\n\nTop photo by a staff photographer who should be credited.\n\nThe opinions expressed in this commentary are solely those of the author. Our aim is to encourage debate.`;
    expect(statements(text)).toEqual(['The group urged both sides to show restraint.']);
  });

  it('gives each candidate the nearest heading above it as its section', () => {
    const text = article(`${LONG_INTRO} The group urged restraint.\n\nThe Arctic\n\nThe group called on both coast guards to resume their working meetings in the Arctic.`);
    const candidates = extractCandidates(text, options);
    expect(candidates.map((c) => c.section)).toEqual(['Introduction', 'The Arctic']);
    expect(candidates[1]!.topics[0]).toBe('arctic');
  });

  it('suggests topics from the taxonomy, and none when nothing matches', () => {
    const text = article(`${LONG_INTRO} The group urged both sides to extend New START and preserve strategic stability. The group urged both sides to keep talking about the weather.`);
    const [arms, weather] = extractCandidates(text, options);
    expect(arms!.topics[0]).toBe('strategic-arms-control');
    expect(weather!.topics).toEqual(['dialogue-and-negotiation'].filter((id) => weather!.topics.includes(id)));
  });

  it('keeps every statement verbatim: text.slice(start, end) on the seed articles', () => {
    for (const source of library.sources) {
      const candidates = extractCandidates(source.text, { ...options, dialogue: source.dialogue });
      expect(candidates.length).toBeGreaterThan(10);
      for (const c of candidates) {
        expect(c.statement).toBe(source.text.slice(c.location.start, c.location.end));
        expect(c.statement).toBe(c.statement.trim());
        expect(c.summary.length).toBeGreaterThan(0);
        expect(c.speaker.length).toBeGreaterThan(0);
      }
    }
  });
});
