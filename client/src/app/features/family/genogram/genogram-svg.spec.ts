import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { threeGenerationFamily } from '../testing/family-fixture';
import { serializeSvg, svgToPng } from './genogram-export';
import { layoutGenogram } from './genogram-layout';
import { GenogramSvg } from './genogram-svg';

describe('GenogramSvg', () => {
  let fixture: ComponentFixture<GenogramSvg>;
  const svg = () => (fixture.nativeElement as HTMLElement).querySelector('svg')!;
  const person = (id: string) => svg().querySelector(`g.person[data-person-id="${id}"]`)!;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [GenogramSvg], providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(GenogramSvg);
    fixture.componentRef.setInput('layout', layoutGenogram(threeGenerationFamily(), { indexChildId: 'c1' }));
    fixture.componentRef.setInput('familyName', 'Virtanen');
    fixture.componentRef.setInput('today', '2026-11-22');
    await fixture.whenStable();
  });

  it('is one labelled image with a title and a description', () => {
    expect(svg().getAttribute('role')).toBe('img');
    const [titleId, descId] = svg().getAttribute('aria-labelledby')!.split(' ');
    expect(svg().querySelector('title')!.id).toBe(titleId);
    expect(svg().querySelector('desc')!.id).toBe(descId);
    expect(svg().querySelector('title')!.textContent).toContain('family.genogram.svgTitle');
  });

  it('draws a square for a male, a circle for a female and a diamond otherwise', () => {
    expect(person('jari').querySelector('rect.symbol.male')).not.toBeNull();
    expect(person('jari').querySelector('circle')).toBeNull();
    expect(person('sanna').querySelector('circle.symbol.female')).not.toBeNull();
    expect(person('sanna').querySelector('rect')).toBeNull();
    expect(person('tiina').querySelector('polygon.symbol.other')).not.toBeNull();
    expect(person('onni').querySelector('polygon.symbol.unknown')).not.toBeNull();
    expect(person('onni').querySelector('.unknown-mark')!.textContent).toBe('?');
  });

  it('crosses out those who have died and double-outlines the index child', () => {
    expect(person('veikko').querySelector('path.deceased')).not.toBeNull();
    expect(person('liisa').querySelector('path.deceased')).toBeNull();
    expect(person('aino').querySelectorAll('circle.symbol').length).toBe(2);
    expect(person('aino').querySelector('.symbol.index')).not.toBeNull();
    expect(person('eetu').querySelector('.symbol.index')).toBeNull();
  });

  it('writes the name, birth year and age under each symbol', () => {
    expect(person('aino').textContent).toContain('Aino Virtanen');
    expect(person('aino').textContent).toContain('2012 (14)');
    expect(person('veikko').textContent).toContain('1950–2015 (65)');
  });

  it('styles lines by status, parenthood and emotional quality, and outlines households', () => {
    expect(svg().querySelectorAll('path.partnership.status-cohabiting').length).toBe(1);
    expect(svg().querySelectorAll('path.status-mark').length).toBe(3);
    expect(svg().querySelectorAll('path.child-line.parenthood-foster').length).toBe(1);
    expect(svg().querySelectorAll('g.emotional.quality-close path').length).toBe(2);
    expect(svg().querySelectorAll('g.emotional.quality-conflicted path').length).toBe(1);
    expect(svg().querySelectorAll('rect.household-outline').length).toBe(2);
    expect(getComputedStyle(svg().querySelector('rect.household-outline')!).strokeDasharray).not.toBe('none');
  });

  it('exports a standalone SVG document with the people and inline styles', () => {
    const text = serializeSvg(fixture.componentInstance.svgElement()!);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    for (const name of ['Aino Virtanen', 'Jari Virtanen', 'Pentti Korhonen', 'Kaisa Niemi'])
      expect(text).toContain(name);
    expect(text).not.toContain('_ngcontent');
    const outline = doc.querySelector('rect.household-outline')!.getAttribute('style')!;
    expect(outline).toContain('stroke-dasharray:6px');
    expect(outline).toContain('fill:none');
  });

  it('exports a PNG drawn from the SVG', async () => {
    const layout = fixture.componentInstance.layout();
    const png = await svgToPng(
      serializeSvg(fixture.componentInstance.svgElement()!),
      layout.width,
      layout.height,
    );
    expect(png.type).toBe('image/png');
    const bytes = new Uint8Array(await png.slice(0, 4).arrayBuffer());
    expect(Array.from(bytes)).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
