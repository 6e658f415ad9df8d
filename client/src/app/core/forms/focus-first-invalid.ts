/**
 * Moves focus to the first invalid field after a failed submit, so keyboard and screen-reader users land
 * on the problem (its mat-error is linked to the field with aria-describedby). Runs after the next
 * paint, once the error state is rendered.
 */
export function focusFirstInvalid(root: HTMLElement): void {
  setTimeout(() => {
    root.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus();
  });
}
