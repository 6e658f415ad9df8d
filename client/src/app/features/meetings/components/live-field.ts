import { Directive, ElementRef, OnDestroy, effect, inject, input, output, untracked } from '@angular/core';

/** How long typing pauses before a structured field is written to the shared notes. */
export const LIVE_FIELD_DEBOUNCE_MS = 300;

/**
 * A text field of a structured entry, shared live: what the user types is written (`liveChange`)
 * after a 300 ms pause and at once on blur, so co-editors see it as it is typed. The shared value
 * (`appLiveField`) is shown whenever it changes, except over keystrokes that are not written yet;
 * concurrent edits of one field resolve last-writer-wins and the entry shows whose value won.
 */
@Directive({
  selector: 'input[appLiveField], textarea[appLiveField]',
  host: { '(input)': 'typed()', '(blur)': 'commit()' },
})
export class LiveField implements OnDestroy {
  readonly appLiveField = input<string | undefined>();
  readonly liveChange = output<string>();

  private readonly field =
    inject<ElementRef<HTMLInputElement | HTMLTextAreaElement>>(ElementRef).nativeElement;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    effect(() => {
      const shared = this.appLiveField() ?? '';
      untracked(() => this.show(shared));
    });
  }

  protected typed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(), LIVE_FIELD_DEBOUNCE_MS);
  }

  /** Writes what is typed and not written yet. */
  protected commit(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.liveChange.emit(this.field.value);
  }

  ngOnDestroy(): void {
    this.commit();
  }

  private show(shared: string): void {
    if (this.timer || this.field.value === shared) return;
    const focused = this.field.ownerDocument.activeElement === this.field;
    const { selectionStart, selectionEnd } = this.field;
    this.field.value = shared;
    // A remote edit keeps the caret where it was (as far as the new text reaches).
    if (focused && selectionStart !== null && selectionEnd !== null)
      this.field.setSelectionRange(
        Math.min(selectionStart, shared.length),
        Math.min(selectionEnd, shared.length),
      );
  }
}
