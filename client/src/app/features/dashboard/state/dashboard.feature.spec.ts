import { DashboardApiActions, DashboardPageActions } from './dashboard.actions';
import { dashboardFeature, initialDashboardState } from './dashboard.feature';
import { caseloadFixture, deadlineFixture, drillDownFixture } from '../testing/dashboard-fixture';

const reduce = dashboardFeature.reducer;

describe('dashboard reducer', () => {
  it('keeps the team and worker choices of the first unfiltered caseload only', () => {
    const loaded = reduce(
      initialDashboardState,
      DashboardApiActions.viewLoaded({ view: 'caseload', data: caseloadFixture() }),
    );
    expect(loaded.options?.teams.map((t) => t.teamId)).toEqual(['t1', 't2']);
    expect(loaded.options?.workers.find((w) => w.workerId === 'w2')?.teamIds).toEqual(['t2']);
    const narrowed = reduce(
      reduce(
        loaded,
        DashboardPageActions.filtersChanged({
          filters: { teamId: 't1', workerId: null, from: null, to: null },
        }),
      ),
      DashboardApiActions.viewLoaded({ view: 'caseload', data: { ...caseloadFixture(), teams: [] } }),
    );
    expect(narrowed.options?.teams.length).toBe(2);
  });

  it('drops the other views when the filters change, keeping the one on screen until it reloads', () => {
    let state = reduce(
      initialDashboardState,
      DashboardApiActions.viewLoaded({ view: 'caseload', data: caseloadFixture() }),
    );
    state = reduce(state, DashboardApiActions.viewLoaded({ view: 'deadlines', data: deadlineFixture() }));
    state = reduce(
      state,
      DashboardPageActions.filtersChanged({
        filters: { teamId: 't2', workerId: null, from: null, to: null },
      }),
    );
    expect(state.data.caseload).not.toBeNull();
    expect(state.data.deadlines).toBeNull();
    expect(state.callState).toBe('loading');
  });

  it('marks the view loaded only when the loaded view is the one on screen', () => {
    let state = reduce(initialDashboardState, DashboardPageActions.viewSelected({ view: 'deadlines' }));
    state = reduce(state, DashboardApiActions.viewLoaded({ view: 'caseload', data: caseloadFixture() }));
    expect(state.callState).toBe('loading');
    state = reduce(state, DashboardApiActions.viewLoaded({ view: 'deadlines', data: deadlineFixture() }));
    expect(state.callState).toBe('loaded');
  });

  it('opens, fills and closes a drill-down', () => {
    let state = reduce(
      initialDashboardState,
      DashboardPageActions.drillDownOpened({ request: { kind: 'overdue', teamId: 't1' } }),
    );
    expect(dashboardFeature.selectDrillLoading.projector(state.drillCallState)).toBeTrue();
    state = reduce(state, DashboardApiActions.drillDownLoaded({ drillDown: drillDownFixture() }));
    expect(state.drillDown?.items.length).toBe(1);
    state = reduce(state, DashboardPageActions.drillDownClosed());
    expect(state.drillRequest).toBeNull();
    expect(state.drillDown).toBeNull();
  });
});
