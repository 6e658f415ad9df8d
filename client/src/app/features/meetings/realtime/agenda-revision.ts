import * as Y from 'yjs';

import { AGENDA_REVISION_KEY, MEETING_STATE_MAP } from '../data/meetings.model';

/**
 * Calls `changed` whenever the server records a new agenda revision in the notes document (a draft's
 * agenda was saved, by anyone, on any server process); returns the unsubscribe.
 */
export function watchAgendaRevision(doc: Y.Doc, changed: () => void): () => void {
  const state = doc.getMap(MEETING_STATE_MAP);
  const handler = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(AGENDA_REVISION_KEY)) changed();
  };
  state.observe(handler);
  return () => state.unobserve(handler);
}
