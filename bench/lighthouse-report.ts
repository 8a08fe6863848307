// The Lighthouse figures for the care worker's pages: what is read from each run's JSON report, the run kept for a
// page (the median by performance score, so one slow or fast run does not speak for the page), a table for the
// terminal and the block written into docs/performance.md.

/** What one Lighthouse run of one page gave: category scores (0–100) and the metrics, in ms (CLS has no unit). */
export interface LighthouseRun {
  performance: number | null;
  pwa: number | null;
  /** Whether the installability check (a web app manifest Chromium accepts) passed. */
  installable: boolean | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  interactiveMs: number | null;
  runtimeError: string | null;
}

interface Report {
  categories?: Record<string, { score: number | null } | undefined>;
  audits?: Record<string, { score: number | null; numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));
const numeric = (report: Report, id: string) => report.audits?.[id]?.numericValue ?? null;

export function readLighthouseRun(json: string): LighthouseRun {
  const report = JSON.parse(json) as Report;
  const installable = report.audits?.['installable-manifest']?.score;
  return {
    performance: score(report.categories?.performance?.score),
    pwa: score(report.categories?.pwa?.score),
    installable: installable === null || installable === undefined ? null : installable === 1,
    fcpMs: numeric(report, 'first-contentful-paint'),
    lcpMs: numeric(report, 'largest-contentful-paint'),
    tbtMs: numeric(report, 'total-blocking-time'),
    cls: numeric(report, 'cumulative-layout-shift'),
    speedIndexMs: numeric(report, 'speed-index'),
    interactiveMs: numeric(report, 'interactive'),
    runtimeError: report.runtimeError ? `${report.runtimeError.code}: ${report.runtimeError.message}` : null,
  };
}

/** The run that speaks for a page: the median by performance score (the lower middle of an even count). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun | null {
  const scored = runs.filter((r) => r.performance !== null && r.runtimeError === null);
  if (scored.length === 0) return null;
  const sorted = [...scored].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export interface PageResult {
  page: string;
  path: string;
  runs: LighthouseRun[];
}

const seconds = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));
const whole = (n: number | null) => (n === null ? '–' : String(Math.round(n)));

const headings = ['Page', 'Runs', 'Performance', 'FCP (s)', 'LCP (s)', 'TBT (ms)', 'CLS', 'Speed Index (s)', 'TTI (s)', 'PWA', 'Installable'];

function cells(r: PageResult): string[] {
  const m = medianRun(r.runs);
  const scores = r.runs.map((x) => x.performance).filter((x): x is number => x !== null);
  const range = scores.length > 1 ? ` (${Math.min(...scores)}–${Math.max(...scores)})` : '';
  return [
    r.page,
    String(r.runs.length),
    m ? `${whole(m.performance)}${range}` : 'failed',
    seconds(m?.fcpMs ?? null),
    seconds(m?.lcpMs ?? null),
    whole(m?.tbtMs ?? null),
    m?.cls === null || m?.cls === undefined ? '–' : m.cls.toFixed(3),
    seconds(m?.speedIndexMs ?? null),
    seconds(m?.interactiveMs ?? null),
    whole(m?.pwa ?? null),
    m?.installable === null || m?.installable === undefined ? '–' : m.installable ? 'yes' : 'no',
  ];
}

export function lighthouseTable(rows: readonly PageResult[]): string {
  const all = [headings, ...rows.map(cells)];
  const widths = headings.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

export function lighthouseMarkdown(
  rows: readonly PageResult[],
  run: { version: string; chromium: string; machine: { cpu: string; cores: number; memoryGb: number; node: string }; now: Date; loadBefore: number; loadAfter: number },
): string {
  return [
    `Measured ${run.now.toISOString().slice(0, 10)} with Lighthouse ${run.version} and ${run.chromium} (headless) on ${run.machine.cpu} (${run.machine.cores} cores, ${run.machine.memoryGb} GB), Node ${run.machine.node}, against a throwaway Hearth on the embedded database with the demo data, signed in as Carla Reid (care worker).`,
    `Mobile profile: Lighthouse's default (a mid-range phone's screen, simulated slow 4G and a CPU four times slower). The machine's load average was ${run.loadBefore.toFixed(1)} before and ${run.loadAfter.toFixed(1)} after.`,
    'Each figure is from the median run by performance score; the range of the scores is in brackets.',
    '',
    `| ${headings.join(' | ')} |`,
    `|${headings.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
  ].join('\n');
}
