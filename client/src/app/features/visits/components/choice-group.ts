import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';

export type ChoiceValue = string | number | boolean;
export interface Choice<T extends ChoiceValue = ChoiceValue> {
  value: T;
  label: string;
}

const NEXT_KEYS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * One answer out of a few, as a row of buttons (the ARIA radio group pattern: one tab stop, the arrow
 * keys move and choose). The visit form's first screen has dozens of these answers: plain buttons
 * instead of mat-button-toggle and mat-radio keep it quick on a slow tablet (no ripple, focus monitor
 * or component per option). Name it with `aria-labelledby` on the element; a disabled fieldset
 * around it disables it.
 */
@Component({
  selector: 'app-choice-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'radiogroup', '(keydown)': 'move($event)' },
  template: `
    @for (choice of choices(); track choice.value; let i = $index) {
      <button
        type="button"
        role="radio"
        [attr.aria-checked]="choice.value === value()"
        [tabIndex]="i === tabStop() ? 0 : -1"
        (click)="changed.emit(choice.value)"
      >
        {{ choice.label }}
      </button>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 20px;
      overflow: hidden;
    }
    button {
      min-height: 44px;
      min-width: 56px;
      padding: 0 16px;
      border: 0;
      border-inline-start: 1px solid var(--mat-sys-outline);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    button:first-child {
      border-inline-start: 0;
    }
    button[aria-checked='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    button:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -3px;
    }
    button:disabled {
      color: color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent);
      cursor: default;
    }
  `,
})
export class ChoiceGroup<T extends ChoiceValue> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly choices = input.required<readonly Choice<T>[]>();
  readonly value = input<T | null | undefined>(null);
  readonly changed = output<T>();
  /** The chosen answer takes the tab stop, else the first. */
  protected readonly tabStop = computed(() =>
    Math.max(
      0,
      this.choices().findIndex((c) => c.value === this.value()),
    ),
  );

  protected move(event: KeyboardEvent): void {
    const step = NEXT_KEYS[event.key];
    if (step === undefined) return;
    const buttons = Array.from(this.host.nativeElement.querySelectorAll('button'));
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    if (from < 0 || buttons[from].matches(':disabled')) return;
    event.preventDefault();
    const to = (from + step + buttons.length) % buttons.length;
    buttons[to].focus();
    this.changed.emit(this.choices()[to].value);
  }
}
