import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { VisitDraft } from '../data/visit.model';
import { visit } from '../testing/visit-fixture';
import { ConflictPanel } from './conflict-panel';

describe('ConflictPanel', () => {
  let fixture: ComponentFixture<ConflictPanel>;
  const mine: VisitDraft = { ...visit().draft, summary: 'Minun yhteenveto', visitDate: '2026-11-20' };
  const server = visit({
    revision: 4,
    draft: { ...visit().draft, summary: 'Toisen yhteenveto', visitDate: '2026-11-20' },
  });
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(ConflictPanel);
    fixture.componentRef.setInput('mine', mine);
    fixture.componentRef.setInput('server', server);
    await fixture.whenStable();
  });

  it('shows only the differing fields, both versions side by side', () => {
    const fields = Array.from(el().querySelectorAll('[data-field]')).map((f) => f.getAttribute('data-field'));
    expect(fields).toEqual(['summary']);
    expect(el().textContent).toContain('Minun yhteenveto');
    expect(el().textContent).toContain('Toisen yhteenveto');
  });

  it('keeps mine unless the user takes the server value for a field', async () => {
    const chosen: VisitDraft[] = [];
    fixture.componentInstance.resolved.subscribe((d) => chosen.push(d));
    const apply = () => (el().querySelector('button[mat-flat-button]') as HTMLButtonElement).click();
    apply();
    expect(chosen[0].summary).toBe('Minun yhteenveto');
    (el().querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).click();
    await fixture.whenStable();
    apply();
    expect(chosen[1].summary).toBe('Toisen yhteenveto');
  });
});
