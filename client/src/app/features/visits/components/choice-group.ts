import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  linkedSignal,
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
        [attr.aria-checked]="choice.value === chosen()"
        [tabIndex]="i === tabStop() ? 0 : -1"
        (click)="choose(i)"
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
  private readonly changeDetector = inject(ChangeDetectorRef);
  /** The value, or the answer just clicked until the new value comes back from the parent. */
  protected readonly chosen = linkedSignal<T | null | undefined>(() => this.value());
  /** The chosen answer takes the tab stop, else the first. */
  protected readonly tabStop = computed(() =>
    Math.max(
      0,
      this.choices().findIndex((c) => c.value === this.chosen()),
    ),
  );

  /** Shown as chosen at once, like a native radio button (then the parent's new value follows). */
  protected choose(index: number): void {
    const { value } = this.choices()[index];
    this.chosen.set(value);
    this.changeDetector.detectChanges();
    this.changed.emit(value);
  }

  protected move(event: KeyboardEvent): void {
    const step = NEXT_KEYS[event.key];
    if (step === undefined) return;
    const buttons = Array.from(this.host.nativeElement.querySelectorAll('button'));
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    if (from < 0 || buttons[from].matches(':disabled')) return;
    event.preventDefault();
    const to = (from + step + buttons.length) % buttons.length;
    buttons[to].focus();
    this.choose(to);
  }
}
