import { HttpErrorResponse } from '@angular/common/http';

import { SessionInfo } from '../data/session.model';

export const OFFLINE_SESSION_KEY = 'keha.offline-session';

/**
 * A reload without a network (the offline visit form, a PWA) cannot ask the server who is signed in.
 * This tab's last known session is kept in sessionStorage (never across tabs or sign-out) and used only
 * when the start-up check got no answer at all; the server still decides every request.
 */
export function offlineSession(err: unknown): SessionInfo | null {
  // No answer: 0 from the browser, 504 from the service worker when its fetch failed.
  const noAnswer = err instanceof HttpErrorResponse && (err.status === 0 || err.status === 504);
  return noAnswer ? sessionWhileOffline() : null;
}

/**
 * The browser knows it has no network (`navigator.onLine` false means no connection at all): the
 * start-up check could get no answer, so the tab's last known session is used without waiting for it.
 */
export function sessionWhileOffline(): SessionInfo | null {
  if (navigator.onLine) return null;
  try {
    const raw = sessionStorage.getItem(OFFLINE_SESSION_KEY);
    return raw ? (JSON.parse(raw) as SessionInfo) : null;
  } catch {
    return null;
  }
}
