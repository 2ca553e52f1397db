/** Templates: loading, front matter and page setup, helpers, rendering a briefing to HTML. */
export { DEFAULT_PAGE_SETUP, resolvePageSetup } from './page-setup';
export type { ResolvedPageSetup } from './page-setup';
export { TEMPLATE_HELPERS } from './helpers';
export type { TemplateHelper } from './helpers';
export type { LoadedTemplate, TemplatePartial } from './loaded-template';
export { TemplateError } from './template-error';
export { renderTemplate } from './engine';
export { parseTemplate } from './parse-template';
export type { TemplateSource } from './parse-template';
export { TemplateNotFoundError, assertTemplateId, builtInPartials, isTemplateId, listBuiltInTemplates, loadTemplate, templateIds, templatePartials } from './templates';
export { checkTemplate } from './check-template';
export { formatProblem } from './template-problem';
export type { TemplateProblem } from './template-problem';
