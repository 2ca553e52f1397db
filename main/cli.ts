/**
 * `briefbook`: the command line over main/core, for headless and batch use.
 * Errors go to stderr with a non-zero exit that follows the kind of error (cli/errors.ts): 2 for a
 * mistake in the command, 1 for anything else.
 */
import { Command, CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { exitCodeFor } from './cli/errors';
import { LISTABLE } from './cli/listable';
import { RecordKind } from './core/model';

// Each command's module is imported when that command runs, not at start-up: `--version`,
// `--help` and `list` never load pdfmake, PDFKit, fontkit, Handlebars or pdf.js, and `export`
// never loads the importer. In the bundle (scripts/build.mjs) these imports become lazily
// initialised modules of the same file.

/** Repeatable flag that also accepts comma-separated values: `--topic a --topic b,c`. */
const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function withLibrary(command: Command): Command {
  return command.option('--library <file>', 'library file to read (default: your library, created from the default library on first use)');
}

function withSelection(command: Command): Command {
  return command
    .option('--topic <id>', 'only records on this topic (repeatable, or comma-separated)', collect)
    .option('--source <id>', 'only records from this source (repeatable, or comma-separated)', collect)
    .option('--kind <kind>', `only records of this kind: ${RecordKind.options.join(', ')} (repeatable, or comma-separated)`, collect)
    .option('--search <text>', 'only records matching TEXT (as the app\'s library search: words, "phrases", speaker: author: kind: topic: source:)');
}

export function buildProgram(print: (line: string) => void): Command {
  const program = new Command('briefbook')
    .description('Briefing books from Track 2 dialogue records: choose topics and sources, export a PDF memo.')
    // Bundled into the CLI at build time, so a copied or packaged briefbook still knows its version.
    .version(packageJson.version, '-V, --version', 'print the version of briefbook')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  withSelection(withLibrary(program.command('export')))
    .description('export a briefing from the library to PDF (by default: every record, memo template)')
    .option('--template <id-or-file>', 'template id (built-in or yours; see `briefbook templates`) or path to a .hbs template', 'memo')
    .option('--title <text>', 'title of the briefing')
    .option('--subject <text>', 'SUBJECT line (default: the chosen topics)')
    .option('--to <text>', 'TO line')
    .option('--from <text>', 'FROM line')
    .option('--date <yyyy-mm-dd>', 'DATE line (default: today)')
    .option('--marking <text>', 'handling marking on every page, e.g. UNCLASSIFIED, TLP:AMBER')
    .option('--bluf <text>', 'bottom line up front (default: a factual summary of the selection)')
    .option('--draft', 'print a DRAFT watermark on every page')
    .option('--pdfa', 'archival PDF/A-2b (every PDF is tagged and accessible; this adds the archival identification and colour profile)')
    .option('--out <file>', 'PDF file to write', 'briefing.pdf')
    .option('--json', 'print what was written (file, pages, records, topics, sources, template, shelf) as JSON')
    .option('--allow-empty', 'export even if the selection matches no records (refused otherwise)')
    .option('--include-unreviewed', 'print records `briefbook import` added without review (left out otherwise; marked UNREVIEWED)')
    .option('--paper <letter|a4>', 'paper size (default: the template’s; for a template that names none, your locale’s: Letter in the US and Canada, A4 elsewhere)')
    .option('--no-author', 'leave the author (FROM) out of the PDF’s metadata')
    .option('--shelve', "record the export on the library's reading-room shelf (the default for your library)")
    .option('--no-shelve', 'do not record the export on the shelf')
    .action(async (options) => (await import('./cli/export-command')).runExport(options, print));

  withSelection(withLibrary(program.command('list')))
    .description('list what the library holds')
    .argument('<what>', LISTABLE.join('|'))
    .option('--json', 'print JSON instead of a table')
    .action(async (what: string, options) => (await import('./cli/list-command')).runList(what, options, print));

  withLibrary(program.command('import'))
    .description('import an article (.txt, .md, .html, .pdf): propose its source and candidate records, and add them to the library')
    .argument('<file>', 'the article to import')
    .option('--dry-run', 'show what would be imported without changing the library')
    .option('--json', 'print the proposed source and candidate records as one JSON object')
    .option('--encoding <label>', 'encoding of a text file that is not UTF-8, e.g. windows-1251')
    .action(async (file: string, options) => {
      await (await import('./cli/bundled-pdf-worker')).provideBundledPdfWorker();
      return (await import('./cli/import-command')).runImport(file, options, print);
    });

  program
    .command('templates')
    .description('list the templates: built-in ones and yours (in the user data folder), with the ids --template takes')
    .option('--json', 'print JSON (with descriptions, drafts and problems) instead of a table')
    .action(async (options) => (await import('./cli/templates-command')).runTemplates(options, print));

  program
    .command('check-template')
    .description('check a template for problems before using it; prints file:line:col: message for each, exits 1 on errors')
    .argument('<file-or-id>', 'a .hbs file, or the id of a built-in or user template')
    .action(async (fileOrId: string) => (await import('./cli/check-template-command')).runCheckTemplate(fileOrId, print));

  withLibrary(program.command('suggest-positions'))
    .description('suggest records from different sources that may call for the same thing (pairs with a score, best first)')
    .option('--record <id>', 'only pairs with this record')
    .option('--min-score <n>', 'leave out pairs scoring below N (0 to 1)')
    .option('--limit <n>', 'at most N pairs')
    .option('--json', 'print JSON instead of a table')
    .action(async (options) => (await import('./cli/suggest-positions-command')).runSuggestPositions(options, print));

  return program;
}

/** Runs the CLI and returns the exit code (separate from `process.exit` so it can be tested in process). */
export async function main(argv: string[], print = (line: string) => process.stdout.write(`${line}\n`)): Promise<number> {
  try {
    await buildProgram(print).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`briefbook: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.BRIEFBOOK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return exitCodeFor(error);
  }
}

// No top-level await: the bundle is CommonJS, run from a V8 code cache (bin/briefbook.js).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
