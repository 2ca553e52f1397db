import { listTemplates } from '../core/templates';
import { printTable } from './table';

export interface TemplatesOptions {
  json?: boolean;
}

/** `briefbook templates`: the built-in templates and the user's own, with the ids `export --template` takes. */
export async function runTemplates(options: TemplatesOptions, print: (line: string) => void): Promise<void> {
  const templates = await listTemplates();
  if (options.json) return print(JSON.stringify(templates, null, 2));
  printTable(
    print,
    ['TEMPLATE', 'KIND', 'NAME', 'FILE'],
    templates.map((t) => [t.id, t.builtIn ? 'built-in' : 'user', t.problem ? `${t.name} (has errors: briefbook check-template ${t.id})` : t.name, t.file]),
  );
}
