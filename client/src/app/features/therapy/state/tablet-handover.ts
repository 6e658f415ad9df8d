import { Injectable, inject, signal } from '@angular/core';

import { fieldErrors } from '../../../core/http/error-message';
import { Language } from '../../../core/i18n/languages';
import { TherapyApi } from '../data/therapy-api';
import { MeasurementPoint, Score15MeasurementInput } from '../data/therapy.model';
import { errorKey } from './plan-store';

/** What the therapist set before handing the device over. Kept in memory only. */
export interface Handover {
  planId: string;
  respondent: { personId: string; firstName: string };
  date: string;
  point: MeasurementPoint;
  /** The form's first language; the respondent may change it. */
  language: Language;
  /** Who unlocks the device afterwards. */
  therapist: { id: string; username: string; displayName: string };
}

export type Submission =
  | { status: 'none' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** `key`: what went wrong; `messages`: the server's field messages. */
  | { status: 'failed'; key: string; messages: string[] };

/**
 * The SCORE-15 handover (tablet mode), from the therapist's set-up to the unlock. Nothing is written to
 * storage: a reload loses the handover and the form stays locked until the therapist signs in again.
 * The answers are held here only until the server has them (for a retry after a failure).
 */
@Injectable({ providedIn: 'root' })
export class TabletHandover {
  private readonly api = inject(TherapyApi);
  private pending: Score15MeasurementInput | null = null;

  readonly current = signal<Handover | null>(null);
  readonly submission = signal<Submission>({ status: 'none' });
  /** The form is done (answered or stopped): only the therapist's password opens the device again. */
  readonly locked = signal(false);
  /** The therapist has confirmed their password: the form may be left. */
  readonly released = signal(false);

  start(handover: Handover): void {
    this.end();
    this.current.set(handover);
  }

  /** The respondent's answers; from now on the device is locked. */
  submit(input: Score15MeasurementInput): void {
    this.pending = input;
    this.locked.set(true);
    this.save();
  }

  /** The respondent stops without answering: locked, nothing saved. */
  stop(): void {
    this.discard();
    this.locked.set(true);
  }

  retry(): void {
    if (this.pending) this.save();
  }

  /** Locks without saving (the respondent stopped, or the therapist discards a failed save). */
  discard(): void {
    this.pending = null;
    this.submission.set({ status: 'none' });
  }

  release(): void {
    this.released.set(true);
  }

  end(): void {
    this.pending = null;
    this.current.set(null);
    this.submission.set({ status: 'none' });
    this.locked.set(false);
    this.released.set(false);
  }

  private save(): void {
    const handover = this.current();
    const input = this.pending;
    if (!handover || !input) return;
    this.submission.set({ status: 'saving' });
    this.api.addMeasurement(handover.planId, input).subscribe({
      next: () => {
        this.pending = null;
        this.submission.set({ status: 'saved' });
      },
      error: (err: unknown) =>
        this.submission.set({
          status: 'failed',
          key: errorKey(err),
          messages: Object.values(fieldErrors(err)),
        }),
    });
  }
}
