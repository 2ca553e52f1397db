/**
 * Handlebars' own helpers as templates may call them, with their misuses turned into plain
 * errors (the engine adds the line and column): Handlebars itself would fail with a TypeError
 * about its internals (`options.fn is not a function`) or print to the process's output.
 */

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** What Handlebars passes last to every helper. */
interface HelperOptions {
  fn?: unknown;
}

const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/** `if`, `unless`, `each`, `with`: one argument, and only as blocks. */
function blockOnly(name: string, helper: Helper): Helper {
  return function (this: unknown, ...args) {
    const given = args.length - 1;
    if (given !== 1) throw new Error(`#${name} takes exactly one argument, got ${given}`);
    if (typeof (args.at(-1) as HelperOptions | undefined)?.fn !== 'function') {
      throw new Error(`${name} works only as a block: write {{#${name} …}}…{{/${name}}}`);
    }
    return helper.apply(this, args);
  };
}

/** `lookup`: exactly an object (or list) and a key. */
function lookupOfTwo(helper: Helper): Helper {
  return function (this: unknown, ...args) {
    const given = args.length - 1;
    if (given !== 2) throw new Error(`lookup takes an object or list and a key, e.g. {{lookup citations 0}}; got ${given} ${given === 1 ? 'argument' : 'arguments'}`);
    return helper.apply(this, args);
  };
}

/**
 * `log` prints nothing: a template's only output is the PDF. Handlebars' own would write
 * whatever it is given (the whole briefing, with `{{log this}}`) to the app's standard output,
 * where logs and terminals keep what the handling marking says must stay in the document.
 */
const silentLog: Helper = () => '';

/** The guarded built-ins, by name, made from the environment's own helpers. */
export function guardedBuiltInHelpers(builtIns: Record<string, unknown>): Record<string, Helper> {
  return {
    ...Object.fromEntries(BLOCK_HELPERS.map((name) => [name, blockOnly(name, builtIns[name] as Helper)])),
    lookup: lookupOfTwo(builtIns.lookup as Helper),
    log: silentLog,
  };
}

/**
 * Handlebars' hooks for a call it cannot resolve. Templates may not call them: Handlebars keeps
 * them apart from the helpers at run time, so a call would fail with a TypeError and no place.
 * Named unknown, the compiler refuses them with their line and column instead.
 */
export const HOOKS_NOT_HELPERS = { helperMissing: false, blockHelperMissing: false } as const;
