import type { Connection, Types } from 'mongoose';
import { caseloadCapRuleOn, type CalendarDate } from '@keha/shared';
import { CaseloadCapError } from '../../platform/errors.js';
import { caseloadCounts } from '../caseload/counts.js';

/**
 * LSL 13 b §: a child aged 0-17 must not be allocated to a named social worker who already has the
 * cap's worth of such children. Returns the override reason when a supervisor allocated over the cap,
 * undefined when the worker was under it; throws CaseloadCapError when the allocation is refused.
 * (Two allocations at the same instant could both pass; the THL count would show it.)
 */
export async function checkCaseloadCap(
  connection: Connection,
  today: CalendarDate,
  workerId: Types.ObjectId,
  override: { supervisor: boolean; reason?: string },
  onRefused: (message: string) => Promise<unknown>,
): Promise<string | undefined> {
  const rule = caseloadCapRuleOn(today);
  if (!rule) return undefined;
  const { byWorker } = await caseloadCounts(connection, today, { workerIds: [workerId] });
  const count = byWorker.get(String(workerId)) ?? 0;
  if (count < rule.maxChildren) return undefined;
  if (override.supervisor && override.reason) return override.reason;
  const message =
    `The worker already has ${count} children aged 0-17; the caseload cap is ${rule.maxChildren} ` +
    `(${rule.legalReference}). A supervisor can allocate over the cap with a recorded reason.`;
  await onRefused(message);
  throw new CaseloadCapError(message);
}
