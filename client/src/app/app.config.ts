import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  isDevMode,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideServiceWorker } from '@angular/service-worker';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';

import { routes } from './app.routes';
import { csrfInterceptor } from './core/http/csrf.interceptor';
import { httpErrorInterceptor } from './core/http/http-error.interceptor';
import { sessionInterceptor } from './core/http/session.interceptor';
import { provideI18n } from './core/i18n/provide-i18n';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { provideAuth } from './features/auth/provide-auth';
import { clearStateOnSignOut } from './features/auth/state/clear-on-sign-out';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    // Outermost first: errors are reported once, after the session bookkeeping and the CSRF retry.
    provideHttpClient(withInterceptors([httpErrorInterceptor, sessionInterceptor, csrfInterceptor])),
    provideStore(
      { router: routerReducer },
      {
        runtimeChecks: { strictActionTypeUniqueness: true, strictStateSerializability: true },
        metaReducers: [clearStateOnSignOut],
      },
    ),
    provideRouterStore(),
    // Root effects (and the effects runner) come with the session state.
    provideAuth(),
    provideI18n(),
    // The offline visit form (PWA): the app shell and chunks come from the cache; the API never does.
    provideServiceWorker('ngsw-worker.js', {
      enabled: !isDevMode(),
      registrationStrategy: 'registerWhenStable:30000',
    }),
  ],
};
