// Entry point of a pack-rendering worker thread (see pack-renderer.ts). Plain JavaScript, so Node loads it
// however the server was started (`tsx`, `node --import tsx`, or a test runner whose TypeScript loader a worker
// thread does not inherit); it then loads the TypeScript renderer through tsx's API. Loading starts as soon as
// the thread starts, so a warm worker has pdfmake and its fonts ready before the first pack arrives.
import { tsImport } from 'tsx/esm/api';

const loading = tsImport('./render-pack.ts', import.meta.url);
// A failed load is reported by the first pack that needs it, not as an unhandled rejection here.
loading.catch(() => undefined);

/** @param {import('./pack-document.ts').PackInput} input */
export default async function renderPackInWorker(input) {
  const { renderPack } = await loading;
  return renderPack(input);
}

/** @type {ReturnType<typeof tsImport> | undefined} */
let loadingReport;

/**
 * Audit reports share the pack threads (Piscina calls this export by name); their layout loads on the first one,
 * as most threads never render a report.
 * @param {import('../report/audit-report-model.ts').AuditReportData} input
 */
export async function renderAuditReport(input) {
  loadingReport ??= tsImport('../report/render-audit-report.ts', import.meta.url);
  const { renderAuditReport: render } = await loadingReport;
  return render(input);
}

/** @type {ReturnType<typeof tsImport> | undefined} */
let loadingEasyRead;

/**
 * A plan in easy read, on the same threads and queue as packs; its layout loads on the first one.
 * @param {import('./easy-read-document.ts').EasyReadInput} input
 */
export async function renderEasyRead(input) {
  loadingEasyRead ??= tsImport('./render-easy-read.ts', import.meta.url);
  const { renderEasyRead: render } = await loadingEasyRead;
  return render(input);
}

/** @type {ReturnType<typeof tsImport> | undefined} */
let loadingShared;

/**
 * The shared record in large print or easy read, on the same threads and queue as packs; loads on the first one.
 * @param {import('./shared-record-document.ts').SharedRecordPrintInput} input
 */
export async function renderSharedRecord(input) {
  loadingShared ??= tsImport('./render-shared-record.ts', import.meta.url);
  const { renderSharedRecord: render } = await loadingShared;
  return render(input);
}

/** @type {ReturnType<typeof tsImport> | undefined} */
let loadingEmergency;

/**
 * An emergency pack's cover, and the joining of cover and packs into one PDF, on the same threads and queue as
 * packs; pdf-lib loads on the first one.
 * @param {import('./render-emergency-pack.ts').EmergencyPackTask} task
 */
export async function renderEmergencyPack(task) {
  loadingEmergency ??= tsImport('./render-emergency-pack.ts', import.meta.url);
  const { renderEmergencyPack: render } = await loadingEmergency;
  return render(task);
}
