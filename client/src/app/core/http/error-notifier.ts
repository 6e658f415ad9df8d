import { Injectable, Injector, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { UserFacingError } from './error-message';

/**
 * Tells the user about a failed request in a snackbar, announced politely to screen readers.
 * The snackbar (and the CDK overlay behind it) is loaded on first use to keep the initial bundle small.
 */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);

  async notify(error: UserFacingError): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(this.messageFor(error), this.translate.instant('common.dismiss'), {
      duration: 8000,
      politeness: 'polite',
    });
  }

  private messageFor({ key, serverMessage }: UserFacingError): string {
    const translated: string = this.translate.instant(key);
    // An error code the client has no wording for yet: show the server's message instead of a raw key.
    if (translated !== key) return translated;
    return serverMessage ?? this.translate.instant('errors.unexpected');
  }
}
