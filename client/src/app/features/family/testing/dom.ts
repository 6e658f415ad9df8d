import { ComponentFixture } from '@angular/core/testing';

/** Waits (a few frames at most) for what the user would see: lazily loaded dialogs render late. */
export async function waitFor<T>(
  fixture: ComponentFixture<unknown>,
  find: () => T | null | undefined,
): Promise<T> {
  for (let i = 0; i < 50; i++) {
    await fixture.whenStable();
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('Timed out waiting for the element');
}

export function setValue(root: ParentNode, selector: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!field) throw new Error(`No field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

export function clickButton(root: ParentNode, text: string): void {
  const label = (button: HTMLButtonElement) => {
    const copy = button.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return copy.textContent?.trim();
  };
  const button = Array.from(root.querySelectorAll('button')).find((b) => label(b) === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}
