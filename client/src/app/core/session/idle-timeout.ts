import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subject } from 'rxjs';

import { UnsavedWorkRegistry } from './unsaved-work-registry';

/** The server's rolling idle window (shared/src/auth/auth-api.ts: SESSION_IDLE_TIMEOUT_MINUTES). */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
/**
 * The client signs out this long before its estimate of the server's end: the server records activity
 * at most every 15 s (so its window may end up to 15 s earlier), and the saves of unsaved work must
 * still reach a live session.
 */
export const SAVE_BEFORE_MS = 45_000;
/** Tabs of one browser share one server session: each tells the others when it moved the end on. */
export const SESSION_CHANNEL = 'keha.session';

/** The `Date` header has a resolution of one second; smaller differences are not clock skew. */
const SKEW_TOLERANCE_MS = 2_000;
/** The warning dialog opens this long before the client signs out. */
export const WARNING_BEFORE_MS = 2 * 60_000;

export interface SessionWindow {
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/**
 * Follows when the server session will end: any API response moves the idle window on (`touch`), a
 * session answer from the server sets it exactly (`start`). Two minutes before the end it announces a
 * warning with a per-second countdown; at the end it saves unsaved work, then announces `timedOut$`
 * (15 s before the server's end, so that the saves still reach a live session).
 * Times are compared with `Date.now()` on every tick, so throttled timers in a background tab catch up.
 */
@Injectable({ providedIn: 'root' })
export class IdleTimeout {
  private readonly registry = inject(UnsavedWorkRegistry);
  private readonly warningSubject = new Subject<void>();
  private readonly timedOutSubject = new Subject<void>();
  private readonly secondsLeftSignal = signal<number | null>(null);
  /** The server's end of the session, in this machine's clock. */
  private expiresAt = 0;
  /** When the client signs out: a little before the server's end of the session. */
  private signOutAt = 0;
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SESSION_CHANNEL);
  private absoluteExpiresAt = 0;
  /** Server clock minus client clock, from the `Date` header of API answers. */
  private serverOffsetMs = 0;
  private tracking = false;
  private expiring = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;

  /** The end is the absolute 12-hour limit: staying signed in cannot move it. */
  readonly atAbsoluteLimit = computed(() => this.secondsLeftSignal() !== null && this.limitReached());
  private readonly limitReached = signal(false);
  /** Seconds until sign-out while the warning is on; null otherwise. */
  readonly secondsLeft = this.secondsLeftSignal.asReadonly();
  readonly warning$ = this.warningSubject.asObservable();
  readonly timedOut$ = this.timedOutSubject.asObservable();

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<{ expiresAt?: unknown }>) =>
      this.extendFromOtherTab(event.data?.expiresAt),
    );
    inject(DestroyRef).onDestroy(() => this.channel?.close());
  }

  get active(): boolean {
    return this.tracking;
  }

  /** The session's times are the server's clock: converted to this machine's clock. */
  start(session: SessionWindow): void {
    this.tracking = true;
    this.expiring = false;
    this.absoluteExpiresAt = Date.parse(session.absoluteExpiresAt) - this.serverOffsetMs;
    this.schedule(Math.min(Date.parse(session.idleExpiresAt) - this.serverOffsetMs, this.absoluteExpiresAt));
    this.tellOtherTabs();
  }

  /** The server's time from an answer's `Date` header: a machine whose clock is off still warns on time. */
  observeServerTime(serverTimeMs: number): void {
    if (Number.isNaN(serverTimeMs)) return;
    const offset = serverTimeMs + 500 - Date.now();
    this.serverOffsetMs = Math.abs(offset) < SKEW_TOLERANCE_MS ? 0 : offset;
  }

  /** The server saw activity: its idle window starts again now (never past the absolute end). */
  touch(): void {
    if (!this.tracking || this.expiring) return;
    this.schedule(Math.min(Date.now() + IDLE_TIMEOUT_MS, this.absoluteExpiresAt));
    this.tellOtherTabs();
  }

  stop(): void {
    this.tracking = false;
    this.expiring = false;
    this.clearTimers();
    this.secondsLeftSignal.set(null);
  }

  private tellOtherTabs(): void {
    this.channel?.postMessage({ expiresAt: this.expiresAt });
  }

  /** Work in another tab kept the shared session alive: this tab must not warn or sign out early. */
  private extendFromOtherTab(expiresAt: unknown): void {
    if (!this.tracking || this.expiring || typeof expiresAt !== 'number' || expiresAt <= this.expiresAt)
      return;
    this.schedule(Math.min(expiresAt, this.absoluteExpiresAt));
  }

  private schedule(serverExpiresAt: number): void {
    this.expiresAt = serverExpiresAt;
    this.limitReached.set(serverExpiresAt >= this.absoluteExpiresAt);
    this.signOutAt = serverExpiresAt - SAVE_BEFORE_MS;
    this.clearTimers();
    this.secondsLeftSignal.set(null);
    const untilWarning = this.signOutAt - WARNING_BEFORE_MS - Date.now();
    this.timer = setTimeout(() => this.warn(), Math.max(0, untilWarning));
  }

  private warn(): void {
    this.ticker = setInterval(() => this.tick(), 1000);
    this.warningSubject.next();
    this.tick();
  }

  private tick(): void {
    const left = this.signOutAt - Date.now();
    this.secondsLeftSignal.set(Math.max(0, Math.ceil(left / 1000)));
    if (left <= 0 && !this.expiring) void this.expire();
  }

  private async expire(): Promise<void> {
    this.expiring = true;
    this.clearTimers();
    await this.registry.saveAll();
    if (!this.tracking) return; // signed out meanwhile
    this.tracking = false;
    this.secondsLeftSignal.set(null);
    this.timedOutSubject.next();
  }

  private clearTimers(): void {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.timer = undefined;
    this.ticker = undefined;
  }
}
