import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { Choice, ChoiceGroup } from './choice-group';

@Component({
  imports: [ChoiceGroup],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span id="q">Tavattiin</span>
    <fieldset [disabled]="disabled()">
      <app-choice-group
        aria-labelledby="q"
        [choices]="choices"
        [value]="value()"
        (changed)="chosen.push($event)"
      />
    </fieldset>
  `,
})
class Host {
  readonly choices: Choice<string>[] = [
    { value: 'yes', label: 'Kyllä' },
    { value: 'no', label: 'Ei' },
    { value: 'na', label: 'Ei koske' },
  ];
  readonly value = signal<string | null>(null);
  readonly disabled = signal(false);
  readonly chosen: string[] = [];
}

describe('ChoiceGroup', () => {
  let fixture: ComponentFixture<Host>;
  const radios = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('[role="radio"]'));
  const key = (button: HTMLButtonElement, key: string) =>
    button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('is a named radio group with one tab stop, on the chosen answer', async () => {
    const group = (fixture.nativeElement as HTMLElement).querySelector('app-choice-group')!;
    expect(group.getAttribute('role')).toBe('radiogroup');
    expect(group.getAttribute('aria-labelledby')).toBe('q');
    expect(radios().map((r) => [r.textContent?.trim(), r.getAttribute('aria-checked'), r.tabIndex])).toEqual([
      ['Kyllä', 'false', 0],
      ['Ei', 'false', -1],
      ['Ei koske', 'false', -1],
    ]);
    fixture.componentInstance.value.set('no');
    await fixture.whenStable();
    expect(radios().map((r) => [r.getAttribute('aria-checked'), r.tabIndex])).toEqual([
      ['false', -1],
      ['true', 0],
      ['false', -1],
    ]);
  });

  it('chooses by click and by the arrow keys (wrapping), moving the focus', () => {
    radios()[1].click();
    key(radios()[1], 'ArrowRight');
    expect(document.activeElement).toBe(radios()[2]);
    key(radios()[2], 'ArrowDown');
    expect(document.activeElement).toBe(radios()[0]);
    key(radios()[0], 'ArrowLeft');
    key(radios()[0], 'Tab');
    expect(fixture.componentInstance.chosen).toEqual(['no', 'na', 'yes', 'na']);
  });

  it('shows a clicked answer as chosen at once, before the new value comes back', () => {
    radios()[2].click();
    expect(radios().map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'false', 'true']);
    expect(radios()[2].tabIndex).toBe(0);
    expect(fixture.componentInstance.chosen).toEqual(['na']);
  });

  it('is disabled with its fieldset', async () => {
    fixture.componentInstance.disabled.set(true);
    await fixture.whenStable();
    expect(radios().every((r) => r.matches(':disabled'))).toBeTrue();
    radios()[0].click();
    key(radios()[0], 'ArrowRight');
    expect(fixture.componentInstance.chosen).toEqual([]);
  });
});
