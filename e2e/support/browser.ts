// Chromium for the tests: Debian's /usr/bin/chromium through playwright-core, one browser per test file and a
// fresh context (cookies, storage) per test. Every request to a host other than this machine goes to a proxy that is
// not there, so it fails, and is recorded. (Intercepting every request instead passed each one through the test
// process and turned the browser's cache off: reloading a page took about a fifth longer.)
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject, type TestContext } from 'vitest';
import { artifactsDir } from './paths.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is not at ${chromiumPath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true, proxy: noProxy });
}

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Nothing listens on the discard port: a request sent to this proxy fails at once. This machine is reached directly. */
const noProxy = { server: 'http://127.0.0.1:9', bypass: [...localHosts].join(',') };

function isOffMachine(address: string): boolean {
  const url = new URL(address);
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !localHosts.has(url.hostname);
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Addresses the page tried to reach off this machine (each was aborted). */
  blockedRequests: string[];
  /** Uncaught errors in the page's scripts. */
  pageErrors: string[];
  /** console.error messages from the page. */
  consoleErrors: string[];
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const baseURL = inject('baseUrl');
  // The app's service worker (offline use) is blocked unless a test asks for it: it would answer navigations from its
  // cache and keep assets between pages, which only the offline tests are about.
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'block', ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const blockedRequests: string[] = [];
  context.on('request', (request) => {
    if (isOffMachine(request.url())) blockedRequests.push(request.url());
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { context, page, blockedRequests, pageErrors, consoleErrors };
}

/**
 * Registers the hooks for a test file: one browser for the file, a fresh context and page for each test,
 * a screenshot in e2e/artifacts when a test fails. Use the returned getters inside tests.
 */
export function useBrowser(options: BrowserContextOptions = {}): { page: () => Page; current: () => OpenedPage; browser: () => Browser } {
  let browser: Browser | null = null;
  let opened: OpenedPage | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  beforeEach(async () => {
    opened = await openPage(browser!, options);
  });
  afterEach(async (ctx: TestContext) => {
    const current = opened;
    opened = null;
    if (!current) return;
    if (ctx.task.result?.state === 'fail') await reportFailure(ctx, current);
    await current.context.close();
    // A page that tries to reach the network would not work offline or on a closed network: fail loudly.
    if (current.blockedRequests.length > 0) {
      throw new Error(`The app tried to reach hosts off this machine: ${current.blockedRequests.join(', ')}`);
    }
  });

  return {
    page: () => {
      if (!opened) throw new Error('No page: use this inside a test');
      return opened.page;
    },
    current: () => {
      if (!opened) throw new Error('No page: use this inside a test');
      return opened;
    },
    browser: () => {
      if (!browser) throw new Error('No browser: use this inside a test');
      return browser;
    },
  };
}

/** A screenshot and what the page complained about, for a test that failed. */
async function reportFailure(ctx: TestContext, opened: OpenedPage): Promise<void> {
  const file = path.join(artifactsDir, `failure-${slug(ctx.task.file.name)}-${slug(ctx.task.name)}.png`);
  fs.mkdirSync(artifactsDir, { recursive: true });
  const lines = [`Failed: "${ctx.task.name}" at ${opened.page.url()}`];
  try {
    await opened.page.screenshot({ path: file, fullPage: true });
    lines.push(`  screenshot: ${file}`);
  } catch (error) {
    lines.push(`  no screenshot: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (opened.pageErrors.length) lines.push(`  page errors: ${opened.pageErrors.join(' | ')}`);
  if (opened.consoleErrors.length) lines.push(`  console errors: ${opened.consoleErrors.join(' | ')}`);
  if (opened.blockedRequests.length) lines.push(`  blocked off-machine requests: ${opened.blockedRequests.join(' ')}`);
  process.stderr.write(lines.join('\n') + '\n');
}

function slug(s: string): string {
  return s.replace(/^.*\//, '').replace(/\.e2e\.test\.ts$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);
}
