import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { DrillDownRequest } from '../data/dashboard.model';
import { caseloadFixture } from '../testing/dashboard-fixture';
import { CaseloadView } from './caseload-view';

describe('CaseloadView', () => {
  let fixture: ComponentFixture<CaseloadView>;
  let drilled: DrillDownRequest[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CaseloadView], providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(CaseloadView);
    fixture.componentRef.setInput('data', caseloadFixture());
    drilled = [];
    fixture.componentInstance.drill.subscribe((r) => drilled.push(r));
    await fixture.whenStable();
  });

  const element = () => fixture.nativeElement as HTMLElement;
  const rowOf = (name: string) =>
    Array.from(element().querySelectorAll('tbody tr')).find((tr) =>
      tr.querySelector('th')?.textContent?.includes(name),
    )!;

  it('shows every worker against the cap in a table, flagging those at or over it', () => {
    const laura = rowOf('Laura Söderberg');
    expect(laura.classList).toContain('alert');
    expect(laura.textContent).toContain('dashboard.atOrOverCap');
    expect(laura.querySelector('td')?.textContent?.trim()).toBe('30');
    expect(rowOf('Anna Virtanen').classList).not.toContain('alert');
  });

  it('draws the charts as named images beside their tables', () => {
    const canvases = element().querySelectorAll('canvas[role="img"]');
    expect(canvases.length).toBe(2);
    expect(canvases[0]!.getAttribute('aria-label')).toBe('dashboard.caseload.chartLabel');
  });

  it('opens the children of a worker from their number', () => {
    rowOf('Laura Söderberg').querySelector<HTMLButtonElement>('button.drill')!.click();
    expect(drilled).toEqual([{ kind: 'caseload', workerId: 'w2' }]);
  });

  it('lists the THL snapshot with the worker over the cap', () => {
    expect(element().textContent).toContain('dashboard.caseload.thlOn');
    expect(rowOf('Laura Söderberg')).toBeTruthy();
  });
});
