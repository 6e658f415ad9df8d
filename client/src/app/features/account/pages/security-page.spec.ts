import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of, throwError } from 'rxjs';

import { SecurityPageActions } from '../../auth/state/auth.actions';
import { selectSession } from '../../auth/state/auth.feature';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { AccountApi } from '../data/account-api';
import { SecurityPage } from './security-page';

describe('SecurityPage', () => {
  let fixture: ComponentFixture<SecurityPage>;
  let api: jasmine.SpyObj<AccountApi>;
  let dispatch: jasmine.Spy;
  const element = () => fixture.nativeElement as HTMLElement;
  const button = (key: string) =>
    Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes(key))!;
  const type = (selector: string, value: string) => {
    const input = element().querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    api = jasmine.createSpyObj<AccountApi>('AccountApi', [
      'startMfaEnrolment',
      'confirmMfa',
      'changePassword',
      'disableMfa',
    ]);
    TestBed.configureTestingModule({
      imports: [SecurityPage],
      providers: [
        provideTranslateService(),
        provideMockStore({
          selectors: [{ selector: selectSession, value: sessionInfo({}, { mfaEnrolmentRequired: true }) }],
        }),
        { provide: AccountApi, useValue: api },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(SecurityPage);
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('tells a user who must enrol why they are here', () => {
    expect(element().textContent).toContain('account.mfa.required');
  });

  it('enrols: QR code and key, confirm with a code, recovery codes once, then the session learns', async () => {
    api.startMfaEnrolment.and.returnValue(
      of({ otpauthUri: 'otpauth://x', qrCodeDataUrl: 'data:image/png;base64,AAAA', secret: 'KYQ2AWLQ' }),
    );
    api.confirmMfa.and.returnValue(of(['aaaa-bbbb', 'cccc-dddd']));
    button('account.mfa.start').click();
    await fixture.whenStable();
    const qr = element().querySelector('img.qr');
    expect(qr?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(qr?.getAttribute('alt')).toBe('account.mfa.qrAlt');
    expect(element().textContent).toContain('KYQ2AWLQ');

    type('input[formcontrolname="code"]', '123456');
    button('account.mfa.confirm').click();
    await fixture.whenStable();
    expect(api.confirmMfa).toHaveBeenCalledOnceWith('123456');
    expect(element().textContent).toContain('aaaa-bbbb');
    expect(dispatch).not.toHaveBeenCalled();

    button('account.mfa.done').click();
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalled();
    expect(element().textContent).toContain('account.mfa.codesSavedRequired');
    element().querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    button('account.mfa.done').click();
    await fixture.whenStable();
    expect(dispatch).toHaveBeenCalledOnceWith(SecurityPageActions.mfaEnabled());
    expect(element().textContent).not.toContain('aaaa-bbbb');
  });

  it('says when the code was not accepted', async () => {
    api.startMfaEnrolment.and.returnValue(of({ otpauthUri: 'x', qrCodeDataUrl: 'data:,', secret: 'K' }));
    api.confirmMfa.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400 })));
    button('account.mfa.start').click();
    await fixture.whenStable();
    type('input[formcontrolname="code"]', '000000');
    button('account.mfa.confirm').click();
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('account.mfa.errors.wrongCode');
  });

  it("shows the server's message under the password field it concerns", async () => {
    api.changePassword.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              error: {
                code: 'validation_failed',
                message: 'Invalid',
                details: [{ path: 'currentPassword', message: 'The current password is wrong.' }],
              },
            },
          }),
      ),
    );
    type('input[formcontrolname="currentPassword"]', 'old one');
    type('input[formcontrolname="newPassword"]', 'a long new passphrase');
    type('input[formcontrolname="repeatPassword"]', 'a long new passphrase');
    button('account.password.submit').click();
    await fixture.whenStable();
    expect(api.changePassword).toHaveBeenCalledOnceWith({
      currentPassword: 'old one',
      newPassword: 'a long new passphrase',
    });
    const field = element().querySelector<HTMLInputElement>('input[formcontrolname="currentPassword"]')!;
    const error = element().querySelector('mat-error');
    expect(error?.textContent).toContain('The current password is wrong.');
    expect(field.getAttribute('aria-describedby')).toContain(error!.id);
  });

  it('checks length and repetition before sending', async () => {
    type('input[formcontrolname="currentPassword"]', 'old one');
    type('input[formcontrolname="newPassword"]', 'short');
    type('input[formcontrolname="repeatPassword"]', 'other');
    button('account.password.submit').click();
    await fixture.whenStable();
    expect(api.changePassword).not.toHaveBeenCalled();
    expect(element().textContent).toContain('account.password.tooShort');
    expect(element().textContent).toContain('account.password.mismatch');
  });

  it('reports a changed password and renews the session', async () => {
    api.changePassword.and.returnValue(of(undefined));
    type('input[formcontrolname="currentPassword"]', 'old one');
    type('input[formcontrolname="newPassword"]', 'a long new passphrase');
    type('input[formcontrolname="repeatPassword"]', 'a long new passphrase');
    button('account.password.submit').click();
    await fixture.whenStable();
    expect(element().querySelector('[role="status"].done')?.textContent).toContain(
      'account.password.changed',
    );
    expect(dispatch).toHaveBeenCalledWith(SecurityPageActions.passwordChanged());
  });

  it('turns MFA off with the password and a code', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(selectSession, sessionInfo({ mfaEnabled: true }));
    store.refreshState();
    await fixture.whenStable();
    api.disableMfa.and.returnValue(of(undefined));
    type('app-mfa-disable-form input[formcontrolname="password"]', 'my passphrase');
    type('app-mfa-disable-form input[formcontrolname="totp"]', '123456');
    button('account.mfa.disable').click();
    await fixture.whenStable();
    expect(api.disableMfa).toHaveBeenCalledOnceWith({ password: 'my passphrase', totp: '123456' });
    expect(dispatch).toHaveBeenCalledOnceWith(SecurityPageActions.mfaDisabled());
  });
});
