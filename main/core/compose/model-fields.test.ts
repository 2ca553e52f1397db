import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../model';
import { projectRoot } from '../resources';
import { composeBriefing } from './compose';
import { MODEL_SHAPES, ROOT_SHAPE, describeFieldType } from './model-fields';
import type { FieldType, ShapeName } from './model-fields';
import { newBriefing } from './new-briefing';

const library = Library.parse(JSON.parse(readFileSync(path.join(projectRoot(), 'data', 'library.json'), 'utf8')));

/** Walks a value against a field type; returns every mismatch by path, and the shapes met. */
function mismatches(value: unknown, type: FieldType, at: string, met: Set<ShapeName>): string[] {
  switch (type.kind) {
    case 'text':
      return typeof value === 'string' ? [] : [`${at}: expected text, got ${typeof value}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number, got ${typeof value}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected true/false, got ${typeof value}`];
    case 'list':
      if (!Array.isArray(value)) return [`${at}: expected a list`];
      return value.flatMap((item, index) => mismatches(item, type.of, `${at}.${index}`, met));
    case 'object': {
      if (value === null && type.orNull) return [];
      if (!value || typeof value !== 'object') return [`${at}: expected ${type.shape}`];
      met.add(type.shape);
      const { fields } = MODEL_SHAPES[type.shape];
      const extra = Object.keys(value).filter((key) => !Object.hasOwn(fields, key)).map((key) => `${at}.${key}: not in ${type.shape}'s schema`);
      const checked = Object.entries(fields).flatMap(([key, spec]) => {
        const fieldValue = (value as Record<string, unknown>)[key];
        const wrongValue = spec.values && typeof fieldValue === 'string' && !spec.values.includes(fieldValue) ? [`${at}.${key}: "${fieldValue}" is not one of ${spec.values.join(', ')}`] : [];
        return [...mismatches(fieldValue, spec.type, `${at}.${key}`, met), ...wrongValue];
      });
      return [...extra, ...checked];
    }
  }
}

describe('MODEL_SHAPES', () => {
  it('describes a composed briefing exactly, and every shape occurs in the default library briefing', () => {
    // Regenerated, so the version it supersedes occurs too.
    const briefing = newBriefing(library, { title: 'All records' }, new Date('2026-01-15T00:00:00Z'));
    const model = composeBriefing(library, { ...briefing, version: 2, supersedes: { version: 1, date: '2025-12-01' } });
    const met = new Set<ShapeName>();
    expect(mismatches(model, { kind: 'object', shape: ROOT_SHAPE }, 'briefing', met)).toEqual([]);
    expect([...met].sort()).toEqual(Object.keys(MODEL_SHAPES).sort());
  });

  it('documents every field in a sentence', () => {
    for (const [name, shape] of Object.entries(MODEL_SHAPES)) {
      expect(shape.summary.length, name).toBeGreaterThan(10);
      for (const [key, spec] of Object.entries(shape.fields)) expect((spec as { summary: string }).summary, `${name}.${key}`).toMatch(/^[A-Z`].+\.$/);
    }
  });

  it('names field types in words', () => {
    expect(describeFieldType(MODEL_SHAPES.BriefingModel.fields.sections.type)).toBe('list of BriefingSection');
    expect(describeFieldType(MODEL_SHAPES.ModelSource.fields.authors.type)).toBe('list of text');
    expect(describeFieldType(MODEL_SHAPES.BriefingModel.fields.draft.type)).toBe('true/false');
  });
});
