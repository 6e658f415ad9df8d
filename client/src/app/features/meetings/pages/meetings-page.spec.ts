import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { MeetingTeam } from '../data/meetings.model';
import { MeetingsPageActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';
import { meetingSummary } from '../testing/meetings.fixture';
import { MeetingsPage } from './meetings-page';

const teams = [
  { teamId: 't1', teamName: 'Systeeminen tiimi 1', members: [] },
  { teamId: 't2', teamName: 'Systeeminen tiimi 2', members: [] },
] as MeetingTeam[];

describe('MeetingsPage (the team’s meetings)', () => {
  let store: MockStore;

  async function open(state: { teams?: MeetingTeam[]; loading?: boolean; error?: string | null } = {}) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideTranslateService(), provideMockStore()],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(meetingsFeature.selectTeams, state.teams ?? teams.slice(0, 1));
    store.overrideSelector(meetingsFeature.selectTeamId, 't1');
    store.overrideSelector(meetingsFeature.selectUpcoming, [meetingSummary({ id: 'm-next' })]);
    store.overrideSelector(meetingsFeature.selectPast, [
      meetingSummary({ id: 'm-old', date: '2026-11-02', status: 'finalised', minutesVersion: 2 }),
    ]);
    store.overrideSelector(meetingsFeature.selectListLoading, state.loading ?? false);
    store.overrideSelector(meetingsFeature.selectListError, state.error ?? null);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(MeetingsPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('loads on opening; a draft opens its room, a finalised meeting its minutes (with the version)', async () => {
    const el = await open();
    expect(store.dispatch).toHaveBeenCalledWith(MeetingsPageActions.opened());
    const links = Array.from(el.querySelectorAll('app-meeting-list a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/meetings/m-next', '/meetings/m-old/minutes']);
    expect(el.textContent).toContain('meetings.list.version');
    expect(el.querySelector('a[href="/meetings/new"]')).not.toBeNull();
    // One team: no team to choose.
    expect(el.querySelector('select')).toBeNull();
  });

  it('lets a member of several teams choose the team', async () => {
    const el = await open({ teams });
    const select = el.querySelector('select') as HTMLSelectElement;
    select.value = 't2';
    select.dispatchEvent(new Event('change'));
    expect(store.dispatch).toHaveBeenCalledWith(MeetingsPageActions.teamSelected({ teamId: 't2' }));
  });

  it('shows loading and a failure', async () => {
    const el = await open({ loading: true, error: 'meetings.errors.offline' });
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('meetings.errors.offline');
  });
});
