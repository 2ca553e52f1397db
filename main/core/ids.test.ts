import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceIdFor, slug, templateIdFor, topicIdFor, uniqueId } from './ids';
import { Id, Library } from './model';
import { projectRoot } from './resources';

const none = new Set<string>();

describe('one name, one spelling in every kind of id', () => {
  it('spells "Мирный диалог" the same as a source, a topic and a template', () => {
    expect(sourceIdFor({ title: 'Итоги встречи', dialogue: 'Мирный диалог', date: '2024-05-01' })).toBe('mirniy-dialog-2024');
    expect(topicIdFor('Мирный диалог', none)).toBe('mirniy-dialog');
    expect(templateIdFor('Мирный диалог', none, 60)).toBe('mirniy-dialog');
  });

  it.each([
    ['Записка для директора', 'zapiska-dlya-direktora'],
    ['Ёлка, щука и Хабаровск', 'yolka-schuka-i-khabarovsk'],
    ['Łódź Café Straße', 'lodz-cafe-strasse'],
    ['Arms control: NATO–Russia (2021)', 'arms-control-nato-russia-2021'],
    ['北京', ''],
    ['!!!', ''],
  ])('slug(%j) is %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe('sourceIdFor', () => {
  it('names the dialogue in at most four words and the year, filler words left out in English and Russian', () => {
    expect(sourceIdFor({ title: 'x', dialogue: 'The Elbe Group', date: '2019-04-24' })).toBe('elbe-group-2019');
    expect(sourceIdFor({ title: 'x', dialogue: 'ELN', date: '2021-06-28' })).toBe('eln-2021');
    expect(sourceIdFor({ title: 'x', dialogue: 'Диалог по безопасности в Арктике и на Севере', date: '2023-01-01' })).toBe(
      'dialog-bezopasnosti-arktike-severe-2023',
    );
  });

  it("falls back to the title's words, then to `source`", () => {
    expect(sourceIdFor({ title: 'Workshop summary', dialogue: '', date: '2020-02-19' })).toBe('workshop-summary-2020');
    expect(sourceIdFor({ title: '…', dialogue: '—', date: '2020-02-19' })).toBe('source-2020');
  });
});

describe('uniqueness and length', () => {
  it('adds -2, -3… to an id in use', () => {
    expect(uniqueId('memo', new Set(['memo', 'memo-2']))).toBe('memo-3');
    expect(topicIdFor('The Arctic', new Set(['arctic']))).toBe('arctic-2');
    expect(topicIdFor('???', none)).toBe('topic');
  });

  it('cuts a template id to leave room for the counter, never ending on a dash', () => {
    const id = templateIdFor('Очень длинное название шаблона для ежедневной сводки по Арктике', none, 30);
    expect(id.length).toBeLessThanOrEqual(26);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(templateIdFor('', none, 60)).toBe('template');
  });
});

describe('the ids already in the default library', () => {
  const library = Library.parse(JSON.parse(readFileSync(path.join(projectRoot(), 'data', 'library.json'), 'utf8')));
  const ids = [library.topics, library.sources, library.records, library.briefings].flatMap((items) => items.map((item) => item.id));

  it('are ids as this module spells them: unchanged by slug, and valid', () => {
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      expect(slug(id), id).toBe(id);
      expect(Id.safeParse(id).success, id).toBe(true);
    }
  });

  it('are never taken again by an id made from a name already there', () => {
    const topicIds = new Set(library.topics.map((t) => t.id));
    for (const topic of library.topics) expect(topicIds.has(topicIdFor(topic.label, topicIds)), topic.label).toBe(false);
    const sourceIds = new Set(library.sources.map((s) => s.id));
    for (const source of library.sources) expect(sourceIds.has(uniqueId(sourceIdFor(source), sourceIds)), source.id).toBe(false);
  });
});
