import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { NetworkMember } from '../data/network.model';
import { NetworkMapSvg } from './network-map-svg';

describe('NetworkMapSvg', () => {
  let fixture: ComponentFixture<NetworkMapSvg>;
  const svg = () => (fixture.nativeElement as HTMLElement).querySelector('svg.network-map')!;
  const member = (id: string, support: NetworkMember['support']): NetworkMember => ({
    id,
    childId: 'c1',
    name: `Person ${id}`,
    sector: 'friends',
    closeness: 2,
    support,
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [NetworkMapSvg], providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(NetworkMapSvg);
    fixture.componentRef.setInput('members', [
      member('a', 'supportive'),
      member('b', 'neutral'),
      member('c', 'straining'),
    ]);
    fixture.componentRef.setInput('childName', 'Aino');
    await fixture.whenStable();
  });

  it('is one labelled image: the child in the centre, three rings and a wedge per sector', () => {
    expect(svg().getAttribute('role')).toBe('img');
    expect(svg().querySelector('title')).not.toBeNull();
    expect(svg().querySelector('desc')).not.toBeNull();
    expect(svg().querySelector('text.child-name')!.textContent).toContain('Aino');
    expect(svg().querySelectorAll('circle.ring').length).toBe(3);
    expect(svg().querySelectorAll('line.sector-edge').length).toBe(8);
  });

  it('tells support by line style and by a glyph, never by colour alone', () => {
    const glyph = (id: string) => svg().querySelector(`g[data-member-id="${id}"] .glyph`)!.textContent;
    expect([glyph('a'), glyph('b'), glyph('c')]).toEqual(['+', '=', '−']);
    const dash = (support: string) => getComputedStyle(svg().querySelector(`path.tie.support-${support}`)!);
    expect(dash('straining').strokeDasharray).not.toBe('none');
    expect(dash('supportive').strokeDasharray).toBe('none');
    expect(dash('supportive').stroke).not.toBe(dash('straining').stroke);
    expect(parseFloat(dash('supportive').strokeWidth)).toBeGreaterThan(
      parseFloat(dash('neutral').strokeWidth),
    );
  });

  it('explains the lines in a legend', () => {
    const legend = (fixture.nativeElement as HTMLElement).querySelector('.legend')!;
    expect(legend.textContent).toContain('network.legend.supportive');
    expect(legend.textContent).toContain('network.legend.straining');
    expect(legend.textContent).toContain('network.legend.rings');
  });
});
