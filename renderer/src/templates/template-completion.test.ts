import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { TemplateEditorReference } from '../../../main/api';
import { templateCompletion } from './template-completion';
import { diagnosticOf } from './template-lint';

/** A small slice of the real reference: enough shapes to follow a path and a list. */
const reference = {
  root: 'BriefingModel',
  shapes: {
    BriefingModel: {
      summary: 'The briefing.',
      fields: {
        title: { type: { kind: 'text' }, summary: 'Title.' },
        stats: { type: { kind: 'object', shape: 'BriefingStats' }, summary: 'Counts.' },
        sections: { type: { kind: 'list', of: { kind: 'object', shape: 'BriefingSection' } }, summary: 'Sections.' },
      },
    },
    BriefingStats: { summary: 'Counts.', fields: { records: { type: { kind: 'number' }, summary: 'Records.' } } },
    BriefingSection: { summary: 'A section.', fields: { records: { type: { kind: 'list', of: { kind: 'text' } }, summary: 'Its records.' } } },
  },
  helpers: [{ name: 'formatDate', arity: [1, 2], usage: '{{formatDate date}}', summary: 'Dates.', example: { call: '', data: {}, output: '' } }],
  partials: ['record', 'title-block'],
  frontMatter: [],
  classes: {},
  tableLayouts: {},
} as unknown as TemplateEditorReference;

/** The labels offered with the cursor at the end of `text`, and where the completed word starts. */
function complete(text: string) {
  const result = templateCompletion(() => reference)(new CompletionContext(EditorState.create({ doc: text }), text.length, true));
  return result && { from: result.from, labels: result.options.map((option) => option.label) };
}

describe('template completion', () => {
  it('offers fields, helpers and this after {{', () => {
    expect(complete('<h1>{{ti')).toEqual({ from: 6, labels: ['title', 'stats', 'sections', 'formatDate', 'this', '@root'] });
  });

  it("offers the item's fields inside {{#each}}, the object's inside {{#with}}, and the model's again after the block", () => {
    const inSection = complete('{{#each sections}}<h2>{{#if records}}{{re');
    expect(inSection?.labels).toEqual(['records', 'formatDate', 'this', '@index', '@first', '@last', '@root']);
    expect(complete('{{#with stats}}{{')?.labels).toEqual(['records', 'formatDate', 'this', '@root']);
    expect(complete('{{#each sections}}{{/each}}{{')?.labels).toEqual(['title', 'stats', 'sections', 'formatDate', 'this', '@root']);
    expect(complete('{{#each sections}}{{@root.')?.labels).toEqual(['title', 'stats', 'sections']);
    expect(complete('{{#each sections}}{{#each ')?.labels).toEqual(['records']);
  });

  it('follows a path through the model', () => {
    expect(complete('{{stats.')?.labels).toEqual(['records']);
  });

  it('offers lists after {{#each, block helpers after {{#, partials after {{>', () => {
    expect(complete('{{#each ')?.labels).toEqual(['sections']);
    expect(complete('{{#')?.labels).toEqual(['each', 'if', 'unless', 'with', 'formatDate']);
    expect(complete('{{> ti')).toEqual({ from: 4, labels: ['record', 'title-block'] });
  });

  it('offers nothing outside {{…}}', () => {
    expect(complete('<p class="ti')).toBeNull();
    expect(complete('{{title}} ti')).toBeNull();
  });
});

describe('diagnosticOf', () => {
  const doc = Text.of(['---', 'name: X', '---', '<h1>{{titel}}</h1>']);

  it('underlines from the problem to its end, lines and columns counted from 1', () => {
    const diagnostic = diagnosticOf(doc, { line: 4, column: 7, end: { line: 4, column: 12 }, message: 'unknown', severity: 'error' });
    expect(doc.sliceString(diagnostic.from, diagnostic.to)).toBe('titel');
  });

  it('underlines the word at the problem when the checker gives no end, and stays inside the document', () => {
    const diagnostic = diagnosticOf(doc, { line: 4, column: 5, message: 'x', severity: 'warning' });
    expect(doc.sliceString(diagnostic.from, diagnostic.to)).toBe('{{titel}}');
    const beyond = diagnosticOf(doc, { line: 99, column: 99, message: 'x', severity: 'error' });
    expect(beyond.from).toBeLessThanOrEqual(doc.length);
  });
});
