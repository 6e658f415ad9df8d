import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { LoginPageActions } from '../state/auth.actions';
import {
  selectLoginError,
  selectLoginPending,
  selectLoginStep,
  selectSsoLoginUrl,
} from '../state/auth.feature';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const element = () => fixture.nativeElement as HTMLElement;
  const input = (name: string) =>
    element().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
  const type = (name: string, value: string) => {
    const field = input(name)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const submit = () => element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideMockStore(), provideTranslateService()],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectLoginStep, 'credentials');
    store.overrideSelector(selectLoginPending, false);
    store.overrideSelector(selectLoginError, null);
    store.overrideSelector(selectSsoLoginUrl, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(LoginPage);
    fixture.componentRef.setInput('returnUrl', '/children/1');
    await fixture.whenStable();
    expect(dispatch).toHaveBeenCalledOnceWith(LoginPageActions.opened());
    dispatch.calls.reset();
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const setState = async (step: 'credentials' | 'secondFactor', error: string | null = null) => {
    store.overrideSelector(selectLoginStep, step);
    store.overrideSelector(selectLoginError, error);
    store.refreshState();
    await fixture.whenStable();
  };

  it('labels the fields and links errors to them', async () => {
    expect(input('username')?.getAttribute('autocomplete')).toBe('username');
    expect(input('password')?.getAttribute('autocomplete')).toBe('current-password');
    submit();
    await fixture.whenStable();
    const errorId = element().querySelector('mat-error')?.id;
    expect(errorId).toBeTruthy();
    expect(input('username')?.getAttribute('aria-describedby')).toContain(errorId!);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('moves focus to the first invalid field', async () => {
    type('username', 'maija');
    submit();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(input('password'));
  });

  it('dispatches the credentials with a safe return address', () => {
    type('username', ' maija ');
    type('password', 'correct horse battery');
    submit();
    expect(dispatch).toHaveBeenCalledOnceWith(
      LoginPageActions.submitted({
        credentials: { username: 'maija', password: 'correct horse battery' },
        returnUrl: '/children/1',
      }),
    );
  });

  it('asks for the code on the second step and sends it with the credentials', async () => {
    type('username', 'maija');
    type('password', 'correct horse battery');
    await setState('secondFactor');
    expect(input('password')).toBeNull();
    expect(document.activeElement).toBe(input('totp'));
    type('totp', '123456');
    submit();
    expect(dispatch).toHaveBeenCalledOnceWith(
      LoginPageActions.submitted({
        credentials: { username: 'maija', password: 'correct horse battery', totp: '123456' },
        returnUrl: '/children/1',
      }),
    );
  });

  it('accepts a recovery code instead', async () => {
    type('username', 'maija');
    type('password', 'pw');
    await setState('secondFactor');
    const toggle = Array.from(element().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('auth.login.useRecoveryCode'),
    );
    toggle!.click();
    await fixture.whenStable();
    type('recoveryCode', 'abcd-efgh-ijkl');
    submit();
    const action = dispatch.calls.mostRecent().args[0] as ReturnType<typeof LoginPageActions.submitted>;
    expect(action.credentials.recoveryCode).toBe('abcd-efgh-ijkl');
    expect(action.credentials.totp).toBeUndefined();
  });

  it('shows the failure as an alert and focuses it', async () => {
    await setState('credentials', 'auth.login.errors.wrongCredentials');
    const alert = element().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('auth.login.errors.wrongCredentials');
    expect(document.activeElement).toBe(alert);
  });

  it('tells why the user was signed out', async () => {
    fixture.componentRef.setInput('reason', 'idle');
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('auth.login.reason.idle');
  });

  it('never follows a return address out of the app', () => {
    fixture.componentRef.setInput('returnUrl', 'https://evil.example');
    type('username', 'maija');
    type('password', 'pw');
    submit();
    const action = dispatch.calls.mostRecent().args[0] as ReturnType<typeof LoginPageActions.submitted>;
    expect(action.returnUrl).toBe('/');
  });

  it('offers single sign-on only when the server has it', async () => {
    expect(element().querySelector('a.sso')).toBeNull();
    store.overrideSelector(selectSsoLoginUrl, '/api/v1/auth/oidc/login');
    store.refreshState();
    await fixture.whenStable();
    expect(element().querySelector('a.sso')?.getAttribute('href')).toBe('/api/v1/auth/oidc/login');
  });

  it('tells why single sign-on failed', async () => {
    fixture.componentRef.setInput('sso', 'no_role');
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('auth.login.ssoFailed.no_role');
  });
});
