/**
 * Limits on one template render, so an untrusted template cannot hold an export (or the app's
 * main thread, when the export worker cannot start) for minutes or fill memory.
 *
 * A `{{#each}}` inside an `{{#each}}` inside an `{{#each}}`... over the briefing's lists
 * multiplies its output at every level: six levels ran for five minutes and grew to 4.5 GB.
 * Every block body and partial the template runs is counted here: the characters it produced
 * (nested blocks count again in their parents, so this bounds the work as well as the result),
 * how deeply partials call each other, and the time since the render started.
 */
export interface RenderLimits {
  /** Characters block bodies and partials may produce in all, nested ones counted in each parent. */
  maxOutput: number;
  /** How long the template may run, in milliseconds. */
  maxMilliseconds: number;
  /** How deeply partials may include each other (a partial including itself never ends). */
  maxPartialDepth: number;
}

/**
 * A briefing of a hundred pages renders to a few MB of HTML in well under a second; these
 * limits are far above that and far below what hurts.
 */
export const RENDER_LIMITS: RenderLimits = { maxOutput: 50_000_000, maxMilliseconds: 20_000, maxPartialDepth: 50 };

/** A render that went past one of its limits; the engine reports it at the block or partial that did. */
export class RenderLimitError extends Error {
  override readonly name = 'RenderLimitError';
}

interface Budget {
  limits: RenderLimits;
  deadline: number;
  output: number;
  partialDepth: number;
}

/** The render in progress: rendering is synchronous, so there is at most one per thread. */
let active: Budget | undefined;

/** Runs `render` with a fresh budget. */
export function withRenderBudget<T>(render: () => T, limits: RenderLimits = RENDER_LIMITS): T {
  const outer = active;
  active = { limits, deadline: Date.now() + limits.maxMilliseconds, output: 0, partialDepth: 0 };
  try {
    return render();
  } finally {
    active = outer;
  }
}

/** `body` (a block's or a partial's compiled function) counted against the render's budget. */
export function budgeted<F extends (...args: never[]) => string>(body: F, kind: 'block' | 'partial'): F {
  const counted = function (this: unknown, ...args: Parameters<F>): string {
    const budget = active;
    if (!budget) return body.apply(this, args);
    checkTime(budget);
    if (kind === 'partial') budget.partialDepth++;
    try {
      if (budget.partialDepth > budget.limits.maxPartialDepth) {
        throw new RenderLimitError(
          `partials include each other more than ${budget.limits.maxPartialDepth} deep; a partial that includes itself never ends`,
        );
      }
      const output = body.apply(this, args);
      budget.output += output.length;
      if (budget.output > budget.limits.maxOutput) {
        throw new RenderLimitError(
          `the template produced more than ${millions(budget.limits.maxOutput)} characters of HTML; ` +
            'a loop inside a loop over the same lists multiplies the output at every level',
        );
      }
      return output;
    } finally {
      if (kind === 'partial') budget.partialDepth--;
    }
  };
  // Handlebars reads `program`, `depth` and `blockParams` off a block's function.
  return Object.assign(counted, body) as unknown as F;
}

function checkTime(budget: Budget): void {
  if (Date.now() > budget.deadline) {
    throw new RenderLimitError(
      `the template ran for more than ${budget.limits.maxMilliseconds / 1000} seconds; ` +
        'a loop inside a loop over the same lists multiplies the work at every level',
    );
  }
}

function millions(n: number): string {
  return `${(n / 1_000_000).toLocaleString('en-US')} million`;
}
