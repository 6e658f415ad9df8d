import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { BehaviorSubject } from 'rxjs';

import { UserMenuActions } from '../features/auth/state/auth.actions';
import { selectSession } from '../features/auth/state/auth.feature';
import { sessionInfo } from '../features/auth/testing/session.fixture';
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
        provideMockStore({ selectors: [{ selector: selectSession, value: null }] }),
        { provide: BreakpointObserver, useValue: { observe: () => compact } },
      ],
    });
    fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

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
    // Switching to overlay mode closes the drawer; its closedStart event can arrive a task later.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const menu = element().querySelector<HTMLButtonElement>('[aria-controls="app-nav"]');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
    menu?.click();
    await fixture.whenStable();
    expect(menu?.getAttribute('aria-expanded')).toBe('true');
  });

  it('builds the navigation drawer on a tablet only when it is first opened', async () => {
    compact.next({ matches: true, breakpoints: {} });
    const tablet = TestBed.createComponent(Shell);
    await tablet.whenStable();
    const el = tablet.nativeElement as HTMLElement;
    expect(el.querySelector('mat-sidenav')).toBeNull();
    expect(el.querySelector('main#main-content')).not.toBeNull();
    const menu = el.querySelector<HTMLButtonElement>('[aria-controls="app-nav"]')!;
    menu.click();
    await tablet.whenStable();
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('#app-nav nav a')?.getAttribute('href')).toBe('/');
    menu.click();
    await tablet.whenStable();
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('mat-sidenav')).withContext('kept once built').not.toBeNull();
    tablet.destroy();
  });

  it('shows only the public entries when signed out', () => {
    const links = Array.from(element().querySelectorAll('nav a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/']);
  });

  it('shows the entries of the signed-in roles', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(selectSession, sessionInfo({ roles: ['supervisor', 'administrator'] }));
    store.refreshState();
    await fixture.whenStable();
    const links = Array.from(element().querySelectorAll('nav a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/',
      '/children',
      '/findings',
      '/dashboard',
      '/reviews',
      '/admin/users',
      '/admin/teams',
      '/account/security',
    ]);
  });

  it('dispatches the user menu events', () => {
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const shell = fixture.componentInstance as unknown as { onSignOut(): void; onSignOutEverywhere(): void };
    shell.onSignOut();
    shell.onSignOutEverywhere();
    expect(dispatch.calls.allArgs()).toEqual([
      [UserMenuActions.signOutClicked()],
      [UserMenuActions.signOutEverywhereClicked()],
    ]);
  });

  it('shows a bare route alone: no toolbar, no navigation, the same main', async () => {
    @Component({ template: '<p>form</p>', changeDetection: ChangeDetectionStrategy.OnPush })
    class Bare {}
    const router = TestBed.inject(Router);
    router.resetConfig([
      { path: 'bare', component: Bare, data: { bare: true } },
      { path: 'plain', component: Bare },
    ]);
    await router.navigateByUrl('/bare');
    await fixture.whenStable();
    expect(element().querySelector('header')).toBeNull();
    expect(element().querySelector('nav')).toBeNull();
    expect(element().querySelector('main#main-content p')?.textContent).toBe('form');
    await router.navigateByUrl('/plain');
    await fixture.whenStable();
    expect(element().querySelector('header')).not.toBeNull();
    expect(element().querySelector('nav')).not.toBeNull();
  });
});
