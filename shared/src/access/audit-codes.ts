import { z } from 'zod';
import { CHILD_ACTIONS } from './access-types.js';

/**
 * The stable codes an entry of a child's access log (ATL 11 §) carries. The API sends the codes; each
 * reader words them in its own language: the server's CSV/PDF report and the client's i18n files.
 * A server spec checks both have wording for exactly these codes, so they cannot drift apart.
 */
export const AUDIT_ACTIONS = [
  ...CHILD_ACTIONS,
  'child.request', // a request refused before any route (no session, failed CSRF check)
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

/**
 * Which view of the data an entry was about. Requests refused before any route carry the request line
 * (`GET /api/v1/...`) instead: readers show an unknown code as it is.
 */
export const AUDIT_VIEWS = [
  'child.core',
  'children.list.full',
  'children.list.summary',
  'access-log.json',
  'access-log.csv',
  'access-log.pdf',
  'access-grant.break_glass',
  'access-grant.supervisor',
  'access-reviews.summary',
  'child.picture',
  'child.timeline',
  'child.events',
  'child.deadlines',
  'child.plans',
  'child.views',
  'child.safety',
  'child.tasks',
  'child.family',
  'child.network',
  'child.allocation',
  'children.search',
  'my-work',
  'therapy.plan',
  'therapy.comments',
  'therapy.sessions',
  'therapy.measurements',
  'therapy.reminders',
  'therapy.export',
  'placement.placements',
  'placement.visits',
  'placement.due',
  'placement.attachments',
  'placement.report',
  'placement.findings',
  'meeting.agenda',
  'meeting.notes',
  'meeting.minutes',
  'meeting.export',
  'dashboard.caseload',
  'dashboard.deadlines',
  'dashboard.visits',
  'dashboard.meetings',
  'dashboard.children',
  'dashboard.export',
] as const;
export type AuditView = (typeof AUDIT_VIEWS)[number];
export const auditViewSchema = z.enum(AUDIT_VIEWS);
