import path from 'node:path';
import { compileTemplate } from './engine';
import { splitFrontMatter } from './front-matter';
import type { LoadedTemplate, TemplatePartial } from './loaded-template';
import { resolvePageSetup } from './page-setup';

/** A template's text and where it came from, before it is checked. */
export interface TemplateSource {
  id: string;
  file: string;
  source: string;
  builtIn: boolean;
  partials: Record<string, TemplatePartial>;
}

/**
 * Turns a template's text into a {@link LoadedTemplate}: splits and validates the front
 * matter, resolves the page setup, and compiles the body and partials so every error that
 * does not depend on data is found now. Throws {@link TemplateError}.
 *
 * The result is frozen: it is cached and shared, and its compiled form is keyed by identity.
 */
export function parseTemplate(input: TemplateSource): LoadedTemplate {
  const { frontMatter, body, bodyStartLine, valuePositions } = splitFrontMatter(input.source, { template: path.basename(input.file), file: input.file });
  const { name, description, ...setup } = frontMatter;
  const template: LoadedTemplate = Object.freeze({
    id: input.id,
    name: name ?? input.id,
    description: description ?? '',
    builtIn: input.builtIn,
    file: input.file,
    setup: Object.freeze(resolvePageSetup(setup)),
    namesPaper: setup.pageSize !== undefined,
    body,
    bodyStartLine,
    valuePositions: Object.freeze(valuePositions),
    partials: Object.freeze({ ...input.partials }),
  });
  compileTemplate(template);
  return template;
}
