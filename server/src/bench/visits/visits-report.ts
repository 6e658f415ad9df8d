/** The issue-8 section of docs/PERFORMANCE.md. */
import { table, type Row } from '@keha/embedded-mongo/bench-report';
import { percentile } from '../http-load.js';
import type { OfflineFormTimes } from './offline-form.js';
import type { QueuedVisit, StepKind, StepResult } from '../../testing/visit-outbox.js';
import type { StoredCounts } from './stored-counts.js';

type Run = { ms: number; results: StepResult[] };

export interface SyncFigures {
  clean: QueuedVisit[];
  cut: QueuedVisit[];
  cleanRun: Run;
  resend: Run;
  first: Run;
  second: Run;
  last: Run;
  cuts: { midBody: number; lostAnswer: number };
  before: StoredCounts;
  after: StoredCounts;
}

const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const created = (run: Run) => run.results.filter((r) => r.status === 201).length;
const median = (run: Run, kind: StepKind) =>
  percentile(sorted(run.results.filter((r) => r.kind === kind).map((r) => r.ms)), 50);

function formRows(form: OfflineFormTimes | { failed: string } | { skipped: string }): Row[] {
  if ('failed' in form || 'skipped' in form)
    return [
      {
        what: 'visit form offline from the service worker (tablet, CPU 4x slower)',
        value: 'failed' in form ? `not measured: ${form.failed}` : `not measured: ${form.skipped}`,
        target: '< 1 s',
        pass: false,
      },
    ];
  const all = sorted(form.samples);
  const p95 = percentile(all, 95);
  return [
    {
      what: `visit form reloaded offline, served by the service worker (${form.servedByServiceWorker ? 'controlled' : 'NOT controlled'}), ${form.viewport.width}x${form.viewport.height} touch viewport, CPU ${form.cpuThrottling}x slower: navigation start to the checklist on screen with an enabled input, ${all.length} reloads`,
      value: `median ${ms(percentile(all, 50))}, p95 ${ms(p95)} (slowest ${ms(all.at(-1)!)})`,
      target: '< 1 s',
      pass: p95 < 1000 && form.servedByServiceWorker,
    },
    { what: 'same, the first reload after going offline', value: ms(form.samples[0]!), target: '' },
    {
      what: 'same, medians of the phases: the document from the service worker, DOMContentLoaded (the scripts parsed and run), first contentful paint; the whole form on screen (every checklist group and the signature section, a frame after the first screen)',
      value: (['documentMs', 'domContentLoadedMs', 'firstContentfulPaintMs', 'wholeFormMs'] as const)
        .map((k) => ms(percentile(sorted(form.phases.map((p) => p[k])), 50)))
        .join(', '),
      target: '',
    },
  ];
}

export function visitsReport(input: {
  form: OfflineFormTimes | { failed: string } | { skipped: string };
  sync: SyncFigures;
  shape: { visits: number; photos: number };
}): string {
  const { sync: y, shape } = input;
  const photos = shape.visits * shape.photos;
  const mb = y.clean.flatMap((v) => v.photos).reduce((n, p) => n + p.bytes.length, 0) / 1024 / 1024;
  const requests = y.cleanRun.results.length;
  const d = (key: keyof StoredCounts) => y.after[key] - y.before[key];
  const visits = 2 * shape.visits;
  const exact =
    y.after.visitsExact === visits &&
    y.after.attachments === 2 * photos &&
    y.after.files === 2 * photos &&
    y.after.photosIntact === 2 * photos &&
    y.after.orphanChunks === 0 &&
    y.after.findings === visits &&
    y.after.mutations === 2 * visits &&
    d('visitedEvents') === visits;
  const cleanOk = y.cleanRun.results.length === requests && created(y.resend) === 0;
  const rows: Row[] = [
    ...formRows(input.form),
    {
      what: `sync of ${shape.visits} queued visits with ${shape.photos} photos each (${photos} JPEGs of 300-800 kB, ${mb.toFixed(0)} MB; ${requests} requests in the client's order: photos, draft, submission), one connection`,
      value: `${s(y.cleanRun.ms)} (${(mb / (y.cleanRun.ms / 1000)).toFixed(1)} MB/s); median photo ${ms(median(y.cleanRun, 'photo'))}, draft ${ms(median(y.cleanRun, 'draft'))}, submission ${ms(median(y.cleanRun, 'submit'))}`,
      target: 'completes',
      pass: cleanOk,
    },
    {
      what: 'the same queue sent again after it synced (every answer lost): each request answered from what is stored',
      value: `${s(y.resend.ms)}; photos stored anew (201): ${created(y.resend)} of ${photos}`,
      target: '0 photos stored anew',
      pass: created(y.resend) === 0,
    },
    {
      what: `a second queue cut off at request ${y.cuts.midBody + 1} (a photo, half its bytes sent), retried from the start and cut at request ${y.cuts.lostAnswer + 1} (a draft, stored but its answer lost), retried from the start to the end`,
      value: `runs of ${s(y.first.ms)}, ${s(y.second.ms)}, ${s(y.last.ms)}; the last stored ${created(y.last)} photos anew`,
      target: '',
    },
    {
      what: `stored for the ${visits} visits afterwards (database read after the server stopped): visits submitted once (revision 3, their own photos), photos, GridFS files, photos with the queued SHA-256, chunks of no file, findings, client mutations, new \`placed_child_visited\` events`,
      value: `${y.after.visitsExact}, ${y.after.attachments}, ${y.after.files}, ${y.after.photosIntact}, ${y.after.orphanChunks}, ${y.after.findings}, ${y.after.mutations}, ${d('visitedEvents')}`,
      target: `${visits}, ${2 * photos}, ${2 * photos}, ${2 * photos}, 0, ${visits}, ${2 * visits}, ${visits}`,
      pass: exact,
    },
  ];
  const notes = [
    `**How.** The server is \`node server/dist/main.js\` in its own process on a fresh data directory with the demo organisation (the embedded engine in a worker thread of the server process, \`DB_SYNC=batch\`), serving the built client. The form is timed in system Chromium through playwright-core: pekka.inspector signs in on the login page, opens his planned visit online (the service worker takes control, the form keeps the visit and its checklist version in IndexedDB), then the browser context goes offline, CDP \`Emulation.setCPUThrottlingRate\` slows the CPU ${'4'}x (Lighthouse's mid-range device factor) and the page is reloaded; each load is timed in the page from navigation start to the animation frame on which the checklist section is visible with an enabled input. The sync runs from this process over HTTP with the inspector's session cookie and CSRF header, exactly the requests of \`client/src/app/features/visits/offline/visit-sync.ts\` (photo uploads by their client attachment id, the draft and the submission with their client mutation ids and base revisions), one at a time on one keep-alive connection. The visits are planned online beforehand (not timed); each has every checklist item of its version answered, one child seen alone, one finding citing a photo, the signature.`,
    `**Offline form < 1 s: ${formRows(input.form)[0]!.pass ? 'pass' : 'FAIL'}.** **Sync completes: ${cleanOk ? 'pass' : 'FAIL'}** (${s(y.cleanRun.ms)} for ${mb.toFixed(0)} MB). **Idempotent when interrupted and retried: ${exact ? 'pass' : 'FAIL'}**: the half-sent photo stored nothing (the body is read whole before anything is stored), the lost answer's draft was applied once and its retry answered with the first answer, and after the retries every visit, photo, finding and visit event exists exactly once. The same is asserted without timings by \`server/src/features/placements/offline-sync.http.spec.ts\`.`,
  ];
  return [table(rows), ...notes].join('\n\n');
}
