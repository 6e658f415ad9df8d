import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { AccessGrantKind } from '../../access/data/access.model';
import {
  CaseEventCorrection,
  CaseEventInput,
  ChildViewInput,
  SafetyScoreInput,
  SituationalPicture,
  TaskInput,
  TimelineItem,
  TimelineKind,
} from '../data/children.model';

/** A save carries the id its dialog waits for, so a dialog closes on its own save only. */
interface Save {
  childId: string;
  requestId: string;
}

export const ChildPageActions = createActionGroup({
  source: 'Child Page',
  events: {
    Opened: props<{ childId: string }>(),
    'Access Reason Given': props<{ childId: string; reason: string; kind: AccessGrantKind }>(),
    'Timeline Kinds Changed': props<{ kinds: TimelineKind[] }>(),
    'Timeline End Reached': emptyProps(),
    'Event Submitted': props<Save & { input: CaseEventInput }>(),
    'Event Correction Submitted': props<Save & { eventId: string; correction: CaseEventCorrection }>(),
    'Child View Submitted': props<Save & { input: ChildViewInput }>(),
    'Safety Score Submitted': props<Save & { input: SafetyScoreInput }>(),
    'Task Submitted': props<Save & { input: TaskInput }>(),
  },
});

export const ChildrenApiActions = createActionGroup({
  source: 'Children API',
  events: {
    'Picture Loaded': props<{ picture: SituationalPicture }>(),
    /** `error` is a translation key. */
    'Picture Load Failed': props<{ error: string }>(),
    /** 403 `break_glass_required`: the record opens only with a reason. */
    'Access Reason Required': props<{ childId: string }>(),
    'Access Granted': props<{ childId: string }>(),
    'Access Request Failed': props<{ error: string }>(),
    'Timeline Page Loaded': props<{
      childId: string;
      items: TimelineItem[];
      nextCursor: string | null;
      /** false: a first page that replaces what was shown. */
      append: boolean;
    }>(),
    'Timeline Load Failed': props<{ error: string }>(),
    'Record Saved': props<Save>(),
    'Record Save Failed': props<{ requestId: string; error: string; fieldErrors: Record<string, string> }>(),
  },
});

/** Every save the page can submit; the save effect and the reducer treat them alike. */
export const SAVE_ACTIONS = [
  ChildPageActions.eventSubmitted,
  ChildPageActions.eventCorrectionSubmitted,
  ChildPageActions.childViewSubmitted,
  ChildPageActions.safetyScoreSubmitted,
  ChildPageActions.taskSubmitted,
] as const;
