// Runs axe-core in the page and returns its serious and critical violations.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations; with `rules`, only those rules run (e.g. AAA contrast). */
export async function seriousAxeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(await axeSource);
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            options?: { runOnly: string[] },
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, only ? { runOnly: only } : undefined);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  }, rules);
}
