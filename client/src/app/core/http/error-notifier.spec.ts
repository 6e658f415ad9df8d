import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import { ErrorNotifier } from './error-notifier';

describe('ErrorNotifier', () => {
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let notifier: ErrorNotifier;

  beforeEach(() => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [provideTranslateService({ lang: 'en' }), { provide: MatSnackBar, useValue: snackBar }],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', {
      common: { dismiss: 'Close' },
      errors: { network: 'Cannot reach the server', unexpected: 'Something went wrong' },
    });
    translate.use('en');
    notifier = TestBed.inject(ErrorNotifier);
  });

  it('shows the translated message in a polite snackbar', async () => {
    await notifier.notify({ key: 'errors.network' });
    expect(snackBar.open).toHaveBeenCalledOnceWith(
      'Cannot reach the server',
      'Close',
      jasmine.objectContaining({ politeness: 'polite' }),
    );
  });

  it("shows the server's message for an error code without a translation", async () => {
    await notifier.notify({ key: 'errors.codes.NEW_CODE', serverMessage: 'Case is locked' });
    expect(snackBar.open.calls.mostRecent().args[0]).toBe('Case is locked');
  });

  it('never shows a raw translation key', async () => {
    await notifier.notify({ key: 'errors.codes.NEW_CODE' });
    expect(snackBar.open.calls.mostRecent().args[0]).toBe('Something went wrong');
  });
});
