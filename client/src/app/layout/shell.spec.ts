import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { BehaviorSubject } from 'rxjs';

import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let compact: BehaviorSubject<BreakpointState>;
  const element = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    compact = new BehaviorSubject<BreakpointState>({ matches: false, breakpoints: {} });
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [
        provideRouter([]),
        provideTranslateService(),
        { provide: BreakpointObserver, useValue: { observe: () => compact } },
      ],
    });
    fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
  });

  it('has header, navigation and main landmarks', () => {
    expect(element().querySelector('header')).not.toBeNull();
    expect(element().querySelector('nav')?.getAttribute('aria-label')).toBe('layout.navigation');
    expect(element().querySelector('main#main-content')).not.toBeNull();
  });

  it('moves focus to the main content from the skip link without navigating', () => {
    element().querySelector<HTMLAnchorElement>('.skip-link')?.click();
    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows the menu button only on tablet and phone widths', async () => {
    expect(element().querySelector('[aria-controls="app-nav"]')).toBeNull();
    compact.next({ matches: true, breakpoints: {} });
    await fixture.whenStable();
    const menu = element().querySelector<HTMLButtonElement>('[aria-controls="app-nav"]');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
    menu?.click();
    await fixture.whenStable();
    expect(menu?.getAttribute('aria-expanded')).toBe('true');
  });
});
