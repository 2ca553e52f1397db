// Templates built to run away: each render stops with a TemplateError naming the template and
// the block that went past the limit, instead of running for minutes and filling memory.
import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { renderTemplate } from './engine';
import type { TemplatePartial } from './loaded-template';
import { parseTemplate } from './parse-template';
import { TemplateError } from './template-error';

function template(body: string, partials: Record<string, string> = {}) {
  return parseTemplate({
    id: 'runaway',
    file: '/user/templates/runaway.hbs',
    source: `---\nname: Runaway\n---\n${body}`,
    builtIn: false,
    partials: Object.fromEntries(
      Object.entries(partials).map(([name, partialBody]): [string, TemplatePartial] => [name, { name, file: `/user/templates/partials/${name}.hbs`, body: partialBody }]),
    ),
  });
}

function renderError(body: string, partials?: Record<string, string>): TemplateError {
  try {
    renderTemplate(template(body, partials), briefingModel());
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected the render to fail');
}

/** `levels` nested loops over every record of every section, with the briefing's summary inside. */
function nestedLoops(levels: number): string {
  const open = '{{#each @root.sections}}{{#each records}}'.repeat(levels);
  const close = '{{/each}}{{/each}}'.repeat(levels);
  return `<h1>{{title}}</h1>\n${open}<p>{{@root.subject}} {{@root.title}} {{@root.subject}}</p>${close}`;
}

describe('render limits', () => {
  it('stops nested loops that multiply the output, naming the template and the loop', { timeout: 60_000 }, () => {
    const error = renderError(nestedLoops(6));
    expect(error.template).toBe('runaway.hbs');
    expect(error.message).toMatch(/^runaway\.hbs:5:\d+: the template produced more than 50 million characters of HTML/);
  });

  it('stops a partial that includes itself', () => {
    const error = renderError('<h1>{{title}}</h1>{{> again}}', { again: '<p>{{title}}</p>{{> again}}' });
    expect(error.message).toMatch(/partials include each other more than 50 deep/);
    expect(error.message).toMatch(/^partials\/again\.hbs/);
  });

  it('renders a template with loops inside loops within the limits', () => {
    const html = renderTemplate(template(nestedLoops(1)), briefingModel());
    expect(html).toContain('<h1>');
    expect(html.match(/<p>/g)?.length).toBeGreaterThan(1);
  });
});
