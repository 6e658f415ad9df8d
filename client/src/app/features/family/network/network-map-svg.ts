import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { NETWORK_SUPPORT, NetworkMember, NetworkSupport } from '../data/network.model';
import { NETWORK_GEOMETRY, PlacedMember, placeNetwork } from './network-placement';

let nextId = 0;
const MARKER = 14;

/** The glyph in a person's marker: support is never told by colour alone. */
export const SUPPORT_GLYPHS: Record<NetworkSupport, string> = {
  supportive: '+',
  neutral: '=',
  straining: '−',
};

/**
 * Draws the network map: the child in the centre, rings by closeness, sectors, and a line to each
 * person styled by support (supportive solid green, neutral thin grey, straining dashed red) with a
 * glyph (+, =, −) in the marker. One image for assistive technology; the table carries the facts.
 */
@Component({
  selector: 'app-network-map-svg',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './network-map-svg.html',
  styleUrl: './network-map-svg.scss',
})
export class NetworkMapSvg {
  readonly members = input.required<NetworkMember[]>();
  /** Shown in the centre; "the child" when not given. */
  readonly childName = input('');

  protected readonly ids = { title: `network-title-${++nextId}`, desc: `network-desc-${nextId}` };
  protected readonly glyphs = SUPPORT_GLYPHS;
  protected readonly supports = NETWORK_SUPPORT;
  protected readonly marker = MARKER;
  protected readonly centreRadius = NETWORK_GEOMETRY.centre;
  protected readonly layout = computed(() => placeNetwork(this.members()));
  protected readonly counts = computed(() => {
    const count = (support: NetworkSupport) => this.members().filter((m) => m.support === support).length;
    return {
      people: this.members().length,
      ...Object.fromEntries(NETWORK_SUPPORT.map((s) => [s, count(s)])),
    };
  });

  /** The line from the child's circle to the person's marker. */
  protected line(p: PlacedMember): string {
    const { x: cx, y: cy } = this.layout().centre;
    const dx = p.x - cx;
    const dy = p.y - cy;
    const length = Math.hypot(dx, dy);
    const from = NETWORK_GEOMETRY.centre / length;
    const to = (length - MARKER) / length;
    const r = (n: number) => Math.round(n * 10) / 10;
    return `M${r(cx + dx * from)} ${r(cy + dy * from)} L${r(cx + dx * to)} ${r(cy + dy * to)}`;
  }

  /** Sector names on the left half read right-aligned, away from the circle. */
  protected anchor(x: number): string {
    const centre = this.layout().centre.x;
    return Math.abs(x - centre) < 4 ? 'middle' : x < centre ? 'end' : 'start';
  }
}
