/** Where a request stands; replaces loose `loading`/`error` booleans. `error` holds a translation key. */
export type CallState = 'init' | 'loading' | 'loaded' | { error: string };

export function getCallStateError(callState: CallState): string | null {
  return typeof callState === 'object' ? callState.error : null;
}
