import { ElementRef, Signal, computed, effect, inject, signal } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { SaveState } from '../state/child-page.feature';

/** What the child page gives each record dialog: a way to save and the state of that save. */
export interface RecordDialogData<T> {
  /** Dispatches the save and returns its request id. */
  save: (value: T) => string;
  state: Signal<SaveState>;
}

/**
 * The save half of a record dialog: sends the value, closes on its own save, and on a failure keeps
 * everything typed, puts the server's message on the field it names (`details.content`) and lists
 * the rest above the form. Call it in a field initializer (it injects and creates an effect).
 */
export function trackSave<T>(
  form: FormGroup,
  data: RecordDialogData<T>,
  /** The form's name for a server path (a correction's fields sit under `event.`). */
  controlPath: (path: string) => string = (path) => path,
) {
  const ref = inject(MatDialogRef);
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const requestId = signal<string | null>(null);
  const mine = computed(() => {
    const state = data.state();
    return state.requestId !== null && state.requestId === requestId() ? state : null;
  });
  const unplaced = signal<string[]>([]);

  effect(() => {
    const state = mine();
    if (state?.status === 'saved') ref.close(true);
    if (state?.status !== 'failed') return;
    const rest: string[] = [];
    for (const [path, message] of Object.entries(state.fieldErrors)) {
      const control: AbstractControl | null = form.get(controlPath(path));
      if (control) {
        control.setErrors({ ...control.errors, server: message });
        control.markAsTouched();
      } else rest.push(message);
    }
    unplaced.set(rest);
    focusFirstInvalid(host);
  });

  return {
    pending: computed(() => mine()?.status === 'saving'),
    /** Translation key of the failure (with the field messages beside their fields). */
    error: computed(() => (mine()?.status === 'failed' ? (mine()?.error ?? null) : null)),
    /** Server messages for fields the form does not have. */
    otherErrors: unplaced.asReadonly(),
    submit(value: T): void {
      if (form.invalid) {
        form.markAllAsTouched();
        focusFirstInvalid(host);
        return;
      }
      unplaced.set([]);
      requestId.set(data.save(value));
    },
  };
}

/** The message of a control: the server's own words first, else the given translation key's. */
export function serverError(control: AbstractControl): string | null {
  return (control.getError('server') as string | undefined) ?? null;
}
