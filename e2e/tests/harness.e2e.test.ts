// Checks on the test harness itself, so a passing suite means something: the accessibility scan does find
// problems, and a page cannot reach the network.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { launchBrowser, openPage } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the test harness', () => {
  test('the accessibility scan fails on a page with known violations, naming them', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto('/api/health'); // any page of ours; its content is replaced below
      await page.setContent('<html><head><title>t</title></head><body><main><img src="data:,"><input type="text"></main></body></html>');
      const error = await expectNoAxeViolations(page, { label: 'a broken page' }).then(() => null, (e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect(error!.message).toContain('image-alt');
      expect(error!.message).toContain('html-has-lang');
      expect(error!.message).toContain('label');
    } finally {
      await context.close();
    }
  });

  test('requests to hosts other than this machine fail and are recorded', async () => {
    const { context, page, blockedRequests } = await openPage(browser);
    try {
      // Hearth's own CSP would stop a fetch from its pages, so go there directly: only the browser's set-up stops this.
      const navigation = await page.goto('https://example.org/').then(() => 'reached', (e: unknown) => String(e));
      expect(navigation).toMatch(/ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED/);
      const byAddress = await page.goto('http://192.0.2.1/').then(() => 'reached', (e: unknown) => String(e));
      expect(byAddress).toMatch(/ERR_PROXY_CONNECTION_FAILED/);
      expect(blockedRequests).toEqual(['https://example.org/', 'http://192.0.2.1/']);
      // This machine is still reachable, directly.
      const local = await context.newPage();
      const response = await local.goto('/api/health');
      expect(response?.status()).toBe(200);
    } finally {
      await context.close();
    }
  });
});
