import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { minutesFixture } from '../testing/meetings.fixture';
import { MinutesView } from './minutes-view';

const minutes = minutesFixture();

describe('MinutesView', () => {
  it('shows every section, the structured parts and the addenda under their item', async () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(MinutesView);
    fixture.componentRef.setInput('minutes', minutes);
    fixture.componentRef.setInput('kindTitle', (kind: string) => `kind:${kind}`);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const sections = el.querySelectorAll('section');
    expect(sections[0].getAttribute('aria-label')).toBe('kind:urgent_round');
    expect(sections[0].textContent).toContain('Ei kiireellistä');
    const aino = sections[1];
    expect(aino.getAttribute('aria-label')).toBe('Aino Korhonen');
    for (const text of [
      'Miten tuemme äitiä?',
      'Verkostokokous',
      'Väsymys',
      '6/10',
      'Kutsu koolle',
      'Mummo ei pääse',
    ])
      expect(aino.textContent).toContain(text);
    expect(aino.textContent).not.toContain('Koko kokousta koskeva');
    expect(el.textContent).toContain('Koko kokousta koskeva');
  });
});
