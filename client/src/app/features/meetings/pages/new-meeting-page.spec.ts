import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';

import { FieldIssue } from '../data/meeting-error';
import { MeetingsApi } from '../data/meetings-api';
import { Meeting, MeetingTeam } from '../data/meetings.model';
import { MeetingRoomActions, NewMeetingActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';
import { meeting } from '../testing/meetings.fixture';
import { NewMeetingPage } from './new-meeting-page';

const AINO = '665e99000000000000000001';
const team: MeetingTeam = {
  teamId: 't1',
  teamName: 'Systeeminen tiimi 1',
  members: [
    { id: 'u-anna', name: 'Anna Virtanen' },
    { id: 'u-mikko', name: 'Mikko Laine' },
  ],
} as MeetingTeam;

describe('NewMeetingPage (the new meeting’s form)', () => {
  let store: MockStore;
  let fixture: ComponentFixture<NewMeetingPage>;
  let el: HTMLElement;

  async function open(meetingId?: string, current: Meeting | null = null) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslateService(),
        provideMockStore(),
        {
          provide: MeetingsApi,
          useValue: {
            teamChildren: () =>
              of([{ id: AINO, firstName: 'Aino', lastName: 'Korhonen', dateOfBirth: '2015-04-01' }]),
          },
        },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(meetingsFeature.selectTeams, [team]);
    store.overrideSelector(meetingsFeature.selectSaving, false);
    store.overrideSelector(meetingsFeature.selectSaveError, null);
    store.overrideSelector(meetingsFeature.selectSaveIssues, []);
    store.overrideSelector(meetingsFeature.selectMeeting, current);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(NewMeetingPage);
    if (meetingId) fixture.componentRef.setInput('meetingId', meetingId);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const choose = (select: HTMLSelectElement, ...values: string[]) => {
    for (const option of Array.from(select.options)) option.selected = values.includes(option.value);
    select.dispatchEvent(new Event('change'));
  };
  const submit = async () => {
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
  };
  const alert = () => el.querySelector('[role="alert"]')?.textContent?.trim();
  const submitted = () =>
    (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .map(([action]) => action)
      .filter((a) => a.type === NewMeetingActions.submitted.type);

  /** A family item with Aino, presented by Anna, and a question. */
  async function addAinosFamily() {
    (
      Array.from(el.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('meetings.new.addFamily'),
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const family = el.querySelector('app-family-item-fields') as HTMLElement;
    const [children, presenter] = Array.from(family.querySelectorAll('select'));
    choose(children, AINO);
    choose(presenter, 'u-anna');
    type(family.querySelector('textarea') as HTMLTextAreaElement, 'Miten tuemme äitiä?');
    await fixture.whenStable();
    return family;
  }

  it('asks for the date before sending anything', async () => {
    await open();
    expect(store.dispatch).toHaveBeenCalledWith(NewMeetingActions.opened());
    await submit();
    expect(alert()).toBe('meetings.new.needDate');
    expect(submitted()).toEqual([]);
  });

  it('refuses a family without children, presenter or question, and an empty agenda', async () => {
    await open();
    type(el.querySelector('input[type="date"]') as HTMLInputElement, '2026-11-30');
    (
      Array.from(el.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('meetings.new.addFamily'),
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    await submit();
    expect(alert()).toBe('meetings.new.familyIncomplete');
    (el.querySelector('app-family-item-fields button') as HTMLButtonElement).click();
    for (const box of Array.from(el.querySelectorAll<HTMLInputElement>('mat-checkbox input'))) box.click();
    await fixture.whenStable();
    await submit();
    expect(alert()).toBe('meetings.new.needAgenda');
    expect(submitted()).toEqual([]);
  });

  it('sends the team, date, attendees and the agenda in order', async () => {
    await open();
    type(el.querySelector('input[type="date"]') as HTMLInputElement, '2026-11-30');
    (el.querySelector('app-attendee-picker mat-checkbox input') as HTMLInputElement).click();
    await fixture.whenStable();
    await addAinosFamily();
    await submit();
    expect(alert()).toBeUndefined();
    expect(submitted()).toEqual([
      NewMeetingActions.submitted({
        input: {
          teamId: 't1',
          date: '2026-11-30',
          startTime: '09:00',
          attendees: [{ userId: 'u-anna', role: 'participant' }],
          agenda: [
            { id: 'urgent', kind: 'urgent_round' },
            {
              id: 'family-1',
              kind: 'family',
              childIds: [AINO],
              presentingWorkerId: 'u-anna',
              question: 'Miten tuemme äitiä?',
            },
            { id: 'deadlines', kind: 'deadline_review' },
            { id: 'allocation', kind: 'allocation' },
          ],
        },
      }),
    ]);
  });

  it('shows the server’s refusal at the family it concerns and keeps everything typed', async () => {
    await open();
    const date = el.querySelector('input[type="date"]') as HTMLInputElement;
    type(date, '2026-11-30');
    const family = await addAinosFamily();
    await submit();
    const issues: FieldIssue[] = [
      { path: 'agenda.1.presentingWorkerId', message: 'The presenting worker must be in the team.' },
    ];
    store.overrideSelector(meetingsFeature.selectSaveError, 'meetings.errors.invalid');
    store.overrideSelector(meetingsFeature.selectSaveIssues, issues);
    store.refreshState();
    await fixture.whenStable();
    expect(alert()).toContain('meetings.errors.invalid');
    expect(family.querySelector('.error')?.textContent).toContain('meetings.new.issues.presentingWorkerId');
    expect(date.value).toBe('2026-11-30');
    expect((family.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Miten tuemme äitiä?');
    expect(Array.from(family.querySelectorAll('select')[0].selectedOptions, (o) => o.value)).toEqual([AINO]);
  });

  it('edits a draft’s agenda: the form starts from it and the items keep their ids', async () => {
    await open('m1', meeting());
    expect(store.dispatch).toHaveBeenCalledWith(MeetingRoomActions.opened({ meetingId: 'm1' }));
    expect((el.querySelector('input[type="date"]') as HTMLInputElement).value).toBe('2026-11-30');
    type(el.querySelector('input[maxlength="200"]') as HTMLInputElement, 'Koulutus');
    await submit();
    expect(store.dispatch).toHaveBeenCalledWith(
      NewMeetingActions.agendaSubmitted({
        meetingId: 'm1',
        input: {
          attendees: [{ userId: 'u-anna', role: 'presenter' }],
          agenda: [
            { id: 'urgent', kind: 'urgent_round' },
            {
              id: 'aino',
              kind: 'family',
              childIds: [AINO],
              presentingWorkerId: 'u-anna',
              question: 'Miten tuemme äitiä?',
            },
            { id: 'other-1', kind: 'other', title: 'Koulutus' },
          ],
        },
      }),
    );
  });
});
