import { CallState } from '../../../core/state/call-state';
import { SituationalPicture, TIMELINE_KINDS, TimelineItem, TimelineKind } from '../data/children.model';

export interface SaveState {
  requestId: string | null;
  status: 'idle' | 'saving' | 'saved' | 'failed';
  /** Translation key of the failure. */
  error: string | null;
  /** The server's messages by field path (`details.reporterType`). */
  fieldErrors: Record<string, string>;
}

export interface ChildPageState {
  childId: string | null;
  picture: SituationalPicture | null;
  callState: CallState;
  accessReasonRequired: boolean;
  timeline: { kinds: TimelineKind[]; items: TimelineItem[]; nextCursor: string | null; callState: CallState };
  save: SaveState;
}

export const idleSave: SaveState = { requestId: null, status: 'idle', error: null, fieldErrors: {} };

export const initialChildPageState: ChildPageState = {
  childId: null,
  picture: null,
  callState: 'init',
  accessReasonRequired: false,
  timeline: { kinds: [...TIMELINE_KINDS], items: [], nextCursor: null, callState: 'init' },
  save: idleSave,
};
