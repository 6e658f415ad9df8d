import { bootstrapApplication } from '@angular/platform-browser';

import { App } from './app/app';
import { appConfig } from './app/app.config';
import { preloadVisitForm } from './app/features/visits/offline/preload-visit-form';

// The offline visit form's chunks load while the app starts (see preload-visit-form.ts).
preloadVisitForm();
bootstrapApplication(App, appConfig).catch((err: unknown) => console.error(err));
