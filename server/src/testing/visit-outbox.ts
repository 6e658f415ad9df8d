/**
 * The visit form's outbox as the PWA sends it (client/src/app/features/visits/offline/visit-sync.ts):
 * per visit, each photo (`POST /visits/{id}/attachments?attachmentId=`, the raw bytes), the draft
 * (`PUT /visits/{id}/draft` with its clientMutationId and baseRevision), then the submission
 * (`POST /visits/{id}/submit`), one request at a time over a keep-alive connection, with the session
 * cookie and the CSRF header. The ids are made once, when the inspector works offline, and every
 * retry sends the same ones. Used by the offline sync spec and the issue-8 benchmark.
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { VisitDraftInput } from '@keha/shared';

/** The signed-in inspector: session cookie, CSRF header. */
export interface Session {
  headers: Record<string, string>;
}

export interface QueuedPhoto {
  attachmentId: string;
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

export interface QueuedVisit {
  visitId: string;
  childId: string;
  photos: QueuedPhoto[];
  draft: VisitDraftInput;
  draftMutationId: string;
  submitMutationId: string;
}

export type StepKind = 'photo' | 'draft' | 'submit';

/** How a request is cut off: half its body sent, or all of it sent and the answer never read. */
export type Cut = 'mid-body' | 'lost-answer';

export interface Step {
  kind: StepKind;
  visitId: string;
  method: string;
  path: string;
  contentType: string;
  body: Buffer;
}

export function queuedPhoto(bytes: Buffer, fileName: string): QueuedPhoto {
  return {
    attachmentId: randomUUID(),
    fileName,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The requests of the queue in the order the client sends them. */
export function outboxSteps(queue: readonly QueuedVisit[]): Step[] {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  return queue.flatMap((v): Step[] => [
    ...v.photos.map((p): Step => ({
      kind: 'photo',
      visitId: v.visitId,
      method: 'POST',
      path: `/api/v1/visits/${v.visitId}/attachments?attachmentId=${p.attachmentId}&fileName=${encodeURIComponent(p.fileName)}`,
      contentType: 'image/jpeg',
      body: p.bytes,
    })),
    {
      kind: 'draft',
      visitId: v.visitId,
      method: 'PUT',
      path: `/api/v1/visits/${v.visitId}/draft`,
      contentType: 'application/json',
      body: json({ clientMutationId: v.draftMutationId, baseRevision: 1, draft: v.draft }),
    },
    {
      // After the draft's answer the client's base revision is the draft's (2).
      kind: 'submit',
      visitId: v.visitId,
      method: 'POST',
      path: `/api/v1/visits/${v.visitId}/submit`,
      contentType: 'application/json',
      body: json({ clientMutationId: v.submitMutationId, baseRevision: 2, draft: v.draft }),
    },
  ]);
}

export interface StepResult {
  kind: StepKind;
  status: number;
  ms: number;
}

/**
 * Sends one request. `cut` ends it early on a connection of its own: `mid-body` destroys the socket
 * after half the body, `lost-answer` once the server has started answering (the work is done, the
 * client never learns it). Resolves with status 0 for a cut request.
 */
export function send(
  base: string,
  session: Session,
  step: Step,
  agent: http.Agent,
  cut?: Cut,
): Promise<StepResult> {
  const started = performance.now();
  const headers = {
    ...session.headers,
    'accept-encoding': 'identity',
    'content-type': step.contentType,
    'content-length': String(step.body.length),
  };
  return new Promise((resolve, reject) => {
    const done = (status: number) => resolve({ kind: step.kind, status, ms: performance.now() - started });
    const req = http.request(
      base + step.path,
      { method: step.method, headers, agent: cut ? false : agent },
      (res) => {
        if (cut === 'lost-answer') {
          res.destroy();
          req.destroy();
          done(0);
          return;
        }
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', (err) => (cut ? done(0) : reject(err)));
    if (cut === 'mid-body') {
      req.write(step.body.subarray(0, step.body.length >> 1), () => {
        req.destroy();
        done(0);
      });
      return;
    }
    req.end(step.body);
  });
}

/**
 * Sends the steps in order, as one sync run. `cutAt` cuts that step off and ends the run there (the
 * client stops at the first failure and retries later). Any answer but 200/201 is an error.
 */
export async function runOutbox(
  base: string,
  session: Session,
  steps: readonly Step[],
  cutAt?: { index: number; how: Cut },
): Promise<{ ms: number; results: StepResult[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const started = performance.now();
  const results: StepResult[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      if (cutAt?.index === i) {
        results.push(await send(base, session, step, agent, cutAt.how));
        break;
      }
      const result = await send(base, session, step, agent);
      if (result.status !== 200 && result.status !== 201)
        throw new Error(`${step.method} ${step.path} answered ${result.status}`);
      results.push(result);
    }
    return { ms: performance.now() - started, results };
  } finally {
    agent.destroy();
  }
}
