import { FormControl, FormGroup, Validators } from '@angular/forms';

import { CaseEventInput, CaseEventType } from '../data/children.model';

/** What the event form produces: the event, and for a correction the reason. */
export interface EventFormValue {
  event: CaseEventInput;
  reason?: string;
}

interface RawEventForm {
  type: CaseEventType | '';
  date: string;
  details: {
    reporterType: string;
    content: string;
    urgency: string;
    extensionDays: number | null;
    summary: string;
  };
  reason: string;
}

/** The detail fields each type needs (the same rules as the server's caseEventInputSchema). */
const REQUIRED: Partial<Record<CaseEventType, readonly string[]>> = {
  notification_received: ['reporterType', 'content'],
  urgency_assessed: ['urgency'],
  emergency_placement_extended: ['extensionDays', 'decidedById'],
  care_order_decided: ['decidedById'],
};

export function requiredFor(details: FormGroup, type: CaseEventType | ''): void {
  const needed = (type && REQUIRED[type]) || [];
  for (const [name, control] of Object.entries(details.controls) as [string, FormControl][]) {
    if (needed.includes(name)) control.addValidators(Validators.required);
    else control.removeValidators(Validators.required);
    control.updateValueAndValidity({ emitEvent: false });
  }
}

/** Only the facts that belong to the chosen type are sent; empty fields are left out. */
export function buildEventInput(raw: RawEventForm): EventFormValue {
  const type = raw.type as CaseEventType;
  const wanted = new Set([...(REQUIRED[type] ?? []), 'summary']);
  const details: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw.details)) {
    const clean = typeof value === 'string' ? value.trim() : value;
    if (wanted.has(name) && clean !== '' && clean !== null) details[name] = clean;
  }
  const event = { type, date: raw.date, details } as CaseEventInput;
  return raw.reason.trim() ? { event, reason: raw.reason.trim() } : { event };
}
