import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import { IdleTimeout } from '../../../core/session/idle-timeout';
import { SessionTimeoutDialog } from './session-timeout-dialog';

describe('SessionTimeoutDialog', () => {
  let fixture: ComponentFixture<SessionTimeoutDialog>;
  let ref: jasmine.SpyObj<MatDialogRef<SessionTimeoutDialog>>;
  const secondsLeft = signal<number | null>(119);
  const atAbsoluteLimit = signal(false);
  const element = () => fixture.nativeElement as HTMLElement;
  const button = (key: string) =>
    Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes(key))!;

  beforeEach(async () => {
    secondsLeft.set(119);
    atAbsoluteLimit.set(false);
    ref = jasmine.createSpyObj<MatDialogRef<SessionTimeoutDialog>>('MatDialogRef', ['close']);
    TestBed.configureTestingModule({
      imports: [SessionTimeoutDialog],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: ref },
        { provide: IdleTimeout, useValue: { secondsLeft, atAbsoluteLimit } },
      ],
    });
    fixture = TestBed.createComponent(SessionTimeoutDialog);
    await fixture.whenStable();
  });

  it('counts down in minutes and seconds', async () => {
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', { auth: { timeout: { message: 'Signed out in {{time}}' } } });
    translate.use('en');
    await fixture.whenStable();
    const description = () => element().querySelector('#session-timeout-description')?.textContent?.trim();
    expect(description()).toBe('Signed out in 1:59');
    secondsLeft.set(65);
    await fixture.whenStable();
    expect(description()).toBe('Signed out in 1:05');
  });

  it('closes with the choice', () => {
    button('auth.timeout.stay').click();
    expect(ref.close).toHaveBeenCalledWith('stay');
    button('auth.timeout.signOut').click();
    expect(ref.close).toHaveBeenCalledWith('signOut');
  });

  it('closes by itself when the session was extended', async () => {
    secondsLeft.set(null);
    await fixture.whenStable();
    expect(ref.close).toHaveBeenCalledWith('extended');
  });

  it('offers no way to stay at the 12-hour limit', async () => {
    atAbsoluteLimit.set(true);
    await fixture.whenStable();
    expect(button('auth.timeout.stay')).toBeUndefined();
    expect(element().textContent).toContain('auth.timeout.limitMessage');
  });
});
