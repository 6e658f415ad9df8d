import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { ConnectionStatusBadge } from './connection-status';

describe('ConnectionStatusBadge', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslateService()] }));

  it('names the state and how many edits wait for the server', async () => {
    const fixture = TestBed.createComponent(ConnectionStatusBadge);
    fixture.componentRef.setInput('status', 'offline');
    fixture.componentRef.setInput('pending', 3);
    await fixture.whenStable();
    const status = (fixture.nativeElement as HTMLElement).querySelector('[role="status"]')!;
    expect(status.getAttribute('data-status')).toBe('offline');
    expect(status.textContent).toContain('meetings.connection.offline');
    expect(status.textContent).toContain('meetings.connection.pending');
    fixture.componentRef.setInput('status', 'connected');
    fixture.componentRef.setInput('pending', 0);
    await fixture.whenStable();
    expect(status.textContent).toContain('meetings.connection.connected');
    expect(status.textContent).not.toContain('meetings.connection.pending');
  });
});
