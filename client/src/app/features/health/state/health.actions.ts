import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { HealthStatus } from '../data/health.model';

export const HealthPageActions = createActionGroup({
  source: 'Health Page',
  events: {
    Opened: emptyProps(),
    'Refresh Clicked': emptyProps(),
  },
});

export const HealthApiActions = createActionGroup({
  source: 'Health API',
  events: {
    'Status Loaded': props<{ status: HealthStatus }>(),
    /** `error` is a translation key describing what went wrong. */
    'Status Load Failed': props<{ error: string }>(),
  },
});
