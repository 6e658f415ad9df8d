import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';

import { describeHttpError, fieldErrors } from '../../../core/http/error-message';

/** The genogram rules' messages (shared/src/family/genogram-rules.ts and the schemas), worded in fi/sv/en. */
const RULE_KEYS: Record<string, string> = {
  'This would make a person their own ancestor.': 'family.rules.ownAncestor',
  'A parent must be born before the child.': 'family.rules.parentBornFirst',
  'These two people are already linked this way.': 'family.rules.duplicate',
  'The date of death is before the birth.': 'family.rules.deathBeforeBirth',
  'A person cannot be related to themselves.': 'family.rules.self',
  'No such person in this family.': 'family.rules.noPerson',
  'No such household in this family.': 'family.rules.noHousehold',
};

/** Rules whose message names people: the names become a parameter of the wording. */
const RULE_PATTERNS: [RegExp, string][] = [
  [/^A household still has members \((.*)\); move them first\.$/, 'family.rules.householdHasMembers'],
];

/** A translation key for a known rule; any other server message as it is (translate passes it through). */
export const ruleMessage = (message: string) => RULE_KEYS[message] ?? message;

/** A message to translate, with its parameters. */
export interface Worded {
  key: string;
  params?: Record<string, string>;
}

function worded(message: string): Worded {
  for (const [pattern, key] of RULE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { key, params: { names: match[1] } };
  }
  return { key: ruleMessage(message) };
}

export interface DialogFailure {
  /** What went wrong overall (translation key). */
  key: string;
  /** Field messages that belong to no field of this dialog. */
  other: Worded[];
}

/**
 * Puts a failed save's field messages (a 400's details) on the dialog's controls as `server` errors.
 * `fields` maps a server path to a control when their names differ.
 */
export function applyServerErrors(
  err: unknown,
  control: (path: string) => AbstractControl | null,
  fields: Record<string, string> = {},
): DialogFailure {
  const other: Worded[] = [];
  for (const [path, message] of Object.entries(fieldErrors(err))) {
    const target = control(fields[path] ?? path);
    if (target) {
      target.setErrors({ server: ruleMessage(message) });
      target.markAsTouched();
    } else other.push(worded(message));
  }
  const key = err instanceof HttpErrorResponse ? describeHttpError(err).key : 'errors.unexpected';
  return { key, other };
}
