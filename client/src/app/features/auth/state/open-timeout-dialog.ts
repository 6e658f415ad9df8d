import { Injector } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** What the user chose; `extended` when activity elsewhere moved the end of the session on. */
export type TimeoutChoice = 'stay' | 'signOut' | 'extended';

/** Loads the dialog (and Material's dialog, with the CDK overlay) only when it is first needed. */
export async function openTimeoutDialog(injector: Injector): Promise<TimeoutChoice> {
  const [{ MatDialog }, { SessionTimeoutDialog }] = await Promise.all([
    import('@angular/material/dialog'),
    import('../components/session-timeout-dialog'),
  ]);
  const ref = injector.get(MatDialog).open<unknown, void, TimeoutChoice>(SessionTimeoutDialog, {
    disableClose: true,
    role: 'alertdialog',
    autoFocus: 'first-tabbable',
    width: '28rem',
    ariaLabelledBy: 'session-timeout-title',
    ariaDescribedBy: 'session-timeout-description',
  });
  return (await firstValueFrom(ref.afterClosed())) ?? 'extended';
}
