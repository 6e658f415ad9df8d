import { fieldErrors } from '../../../core/http/error-message';

/** The server's reasons a draft cannot start (shared `activationIssues`), worded in fi/sv/en. */
const ACTIVATION_KEYS: Record<string, string> = {
  'referralQuestion.familyWords': 'therapy.activation.referralFamilyWords',
  'agreedFocus.familyWords': 'therapy.activation.focusFamilyWords',
  goals: 'therapy.activation.goals',
  participants: 'therapy.activation.participants',
};

/** Translation keys (or the server's own words) for a refused status change. */
export function transitionMessages(err: unknown): string[] {
  return Object.entries(fieldErrors(err)).map(([path, message]) => ACTIVATION_KEYS[path] ?? message);
}
