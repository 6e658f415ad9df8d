import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { deleteDB } from 'idb';
import { of } from 'rxjs';
import * as Y from 'yjs';

import { sessionInfo } from '../../auth/testing/session.fixture';
import { selectSession } from '../../auth/state/auth.feature';
import { MeetingsApi } from '../data/meetings-api';
import { toBase64 } from '../realtime/base64';
import { NOTES_SOCKET_FACTORY } from '../realtime/notes-socket';
import { PendingUpdates } from '../realtime/pending-updates';
import { MeetingRoomActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';
import { FakeNotesSocket } from '../testing/fake-notes-socket';
import { meeting } from '../testing/meetings.fixture';
import { MeetingRoomPage } from './meeting-room-page';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const until = async (check: () => boolean, ms = 3000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('MeetingRoomPage', () => {
  let socket: FakeNotesSocket;
  let store: MockStore;
  let dbName: string;

  async function open(roles: string[]) {
    socket = new FakeNotesSocket();
    dbName = `keha-room-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslateService(),
        provideMockStore(),
        { provide: NOTES_SOCKET_FACTORY, useValue: () => socket },
        {
          provide: MeetingsApi,
          useValue: { planGoals: () => of([]), hypothesisHistory: () => of([]), urgentRound: () => of([]) },
        },
      ],
    });
    TestBed.inject(PendingUpdates).dbName = dbName;
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSession, sessionInfo({ id: 'u-anna', roles: roles as never }));
    store.overrideSelector(meetingsFeature.selectMeeting, meeting());
    store.overrideSelector(meetingsFeature.selectMeetingError, null);
    store.overrideSelector(meetingsFeature.selectSaving, false);
    store.overrideSelector(meetingsFeature.selectSaveError, null);
    store.overrideSelector(meetingsFeature.selectSaveIssues, []);
    store.overrideSelector(meetingsFeature.selectTeams, []);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(MeetingRoomPage);
    fixture.componentRef.setInput('meetingId', 'm1');
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    await frame();
    return fixture;
  }

  afterEach(async () => {
    await TestBed.inject(PendingUpdates).close();
    TestBed.resetTestingModule();
    await deleteDB(dbName);
  });

  it('opens the first family with its question and sections, connected to the notes', async () => {
    const fixture = await open(['social_worker']);
    const el = fixture.nativeElement as HTMLElement;
    expect(store.dispatch).toHaveBeenCalledWith(MeetingRoomActions.opened({ meetingId: 'm1' }));
    await until(() => !!el.querySelector('[data-status="connected"]'));
    expect(el.textContent).toContain('Miten tuemme äitiä?');
    expect(el.querySelectorAll('[role="textbox"][contenteditable="true"]').length).toBe(8);
    expect(el.querySelector('app-hypotheses-section')).not.toBeNull();
    // A social worker does not finalise.
    expect(el.textContent).not.toContain('meetings.room.finalise');
    fixture.destroy();
  });

  it('lets the coordinator finalise after confirming', async () => {
    const fixture = await open(['coordinator']);
    const el = fixture.nativeElement as HTMLElement;
    const button = () =>
      Array.from(el.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('meetings.room.finalise'),
      )!;
    button().click();
    await fixture.whenStable();
    expect(store.dispatch).not.toHaveBeenCalledWith(MeetingRoomActions.finaliseClicked({ meetingId: 'm1' }));
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('meetings.room.finaliseNow'))!
      .click();
    expect(store.dispatch).toHaveBeenCalledWith(MeetingRoomActions.finaliseClicked({ meetingId: 'm1' }));
    fixture.destroy();
  });

  it('turns read-only when someone finalises the meeting elsewhere', async () => {
    const fixture = await open(['social_worker']);
    const el = fixture.nativeElement as HTMLElement;
    await until(() => !!el.querySelector('[data-status="connected"]'));
    socket.fire('meeting:status', { meetingId: 'm1', status: 'finalised', readOnly: true });
    await fixture.whenStable();
    await frame();
    expect(el.textContent).toContain('meetings.room.readOnly');
    expect(el.querySelectorAll('[role="textbox"][contenteditable="true"]').length).toBe(0);
    expect(store.dispatch).toHaveBeenCalledWith(MeetingRoomActions.finalisedElsewhere({ meetingId: 'm1' }));
    fixture.destroy();
  });

  it('fetches the agenda again when someone saves the draft’s agenda (a new revision in the notes)', async () => {
    const fixture = await open(['social_worker']);
    const el = fixture.nativeElement as HTMLElement;
    await until(() => !!el.querySelector('[data-status="connected"]'));
    const changed = MeetingRoomActions.agendaChangedElsewhere({ meetingId: 'm1' });
    expect(store.dispatch).not.toHaveBeenCalledWith(changed);
    const server = new Y.Doc();
    server.getMap('meeting').set('agendaRevision', '2026-11-23T10:00:00.000Z');
    socket.fire('doc:update', { meetingId: 'm1', update: toBase64(Y.encodeStateAsUpdate(server)) });
    expect(store.dispatch).toHaveBeenCalledWith(changed);
    fixture.destroy();
  });

  it('tells a member of another team that they cannot join', async () => {
    const fixture = await open(['social_worker']);
    socket.joinAnswer = { ok: false, error: 'forbidden' };
    const el = fixture.nativeElement as HTMLElement;
    socket.disconnect();
    socket.connect();
    await until(() => !!el.querySelector('[data-status="closed"]'));
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('meetings.realtime.forbidden');
    fixture.destroy();
  });
});
