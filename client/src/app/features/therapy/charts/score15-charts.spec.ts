import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Chart } from 'chart.js';

import { provideRealTranslations } from '../testing/tablet-testing';
import { divergingSeries } from '../testing/therapy-fixture';
import { datasetsFor, linesFor } from './chart-data';
import { Score15Charts } from './score15-charts';

describe('SCORE-15 charts', () => {
  it('builds one dataset per family member with their own values, never an average', () => {
    const datasets = datasetsFor(linesFor(divergingSeries(), 'total'));
    expect(datasets.map((d) => d.label)).toEqual(['Katja Virtanen', 'Linnea Virtanen']);
    expect(datasets.map((d) => d.data.map((p) => p.y))).toEqual([
      [3.4, 2.2],
      [2.0, 3.6],
    ]);
    // Told apart without colour: a shape and a dash pattern each.
    expect(datasets[0]!.pointStyle).not.toEqual(datasets[1]!.pointStyle);
    expect(datasets[0]!.borderDash).not.toEqual(datasets[1]!.borderDash);
  });

  it('leaves an unscored measurement out of the line instead of drawing a zero', () => {
    const series = divergingSeries();
    series.respondents[0]!.points[1]!.total = null;
    expect(linesFor(series, 'total')[0]!.points.map((p) => p.value)).toEqual([3.4]);
  });

  describe('the component', () => {
    let fixture: ComponentFixture<Score15Charts>;
    const element = () => fixture.nativeElement as HTMLElement;

    beforeEach(async () => {
      TestBed.configureTestingModule({ imports: [Score15Charts], providers: [provideRealTranslations()] });
      fixture = TestBed.createComponent(Score15Charts);
      fixture.componentRef.setInput('series', divergingSeries());
      await fixture.whenStable();
    });

    it('draws the total, the three subscales and the three ratings, each with a line per member', () => {
      const canvases = Array.from(element().querySelectorAll('canvas'));
      expect(canvases.length).toBe(7);
      for (const canvas of canvases) {
        const chart = Chart.getChart(canvas)!;
        expect(chart.data.datasets.map((d) => d.label)).toEqual(['Katja Virtanen', 'Linnea Virtanen']);
        expect(canvas.getAttribute('role')).toBe('img');
        expect(canvas.getAttribute('aria-label')).toContain('2');
      }
    });

    // Numbers follow the UI language, Finnish by default (the words here are the English file's).
    it('offers each chart as a data table (toggle) with a row per measurement', async () => {
      const figure = element().querySelector('app-score15-figure')!;
      const toggle = figure.querySelector<HTMLButtonElement>('button.toggle')!;
      const holder = figure.querySelector<HTMLElement>('.table')!;
      expect(holder.hidden).toBeTrue();
      expect(toggle.getAttribute('aria-controls')).toBe(holder.id);
      toggle.click();
      await fixture.whenStable();
      expect(holder.hidden).toBeFalse();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const rows = Array.from(holder.querySelectorAll('tbody tr'));
      expect(rows.length).toBe(4);
      expect(holder.querySelector('caption')?.textContent).toContain('Total score');
      const heads = Array.from(holder.querySelectorAll('tbody th')).map((th) => th.textContent?.trim());
      expect(heads).toEqual(['Katja Virtanen', 'Linnea Virtanen']);
      expect(rows.map((r) => r.querySelector('td.number')?.textContent?.trim())).toEqual([
        '3,40',
        '2,20',
        '2,00',
        '3,60',
      ]);
    });

    it('summarises first and latest per member in words and in the comparison table', () => {
      expect(element().textContent).toContain('Katja Virtanen: 3,40');
      expect(element().textContent).toContain('change −1,20');
      expect(element().textContent).toContain('change +1,60');
      const comparison = element().querySelector('.comparison table')!;
      expect(comparison.querySelectorAll('tbody tr').length).toBe(2);
    });
  });
});
