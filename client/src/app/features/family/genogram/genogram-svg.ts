import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { GEOMETRY, GenogramLayout } from './genogram-layout.model';
import { personCaption, todayIso } from './person-caption';

let nextId = 0;

/**
 * Draws a laid-out genogram with McGoldrick's symbols: square = male, circle = female, diamond =
 * other (with "?" = unknown), X = died, double outline = the child whose page this is. Lines: couples
 * (status by dash and slashes), children (parenthood by dash) and emotional lines (see the legend).
 * The picture is one image for assistive technology; the list view carries the same facts as text.
 */
@Component({
  selector: 'app-genogram-svg',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './genogram-svg.html',
  styleUrl: './genogram-styles.scss',
})
export class GenogramSvg {
  readonly layout = input.required<GenogramLayout>();
  readonly familyName = input('');
  /** The date ages are counted on (`YYYY-MM-DD`). */
  readonly today = input(todayIso());

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly ids = { title: `genogram-title-${++nextId}`, desc: `genogram-desc-${nextId}` };
  protected readonly half = GEOMETRY.symbol / 2;
  protected readonly inner = GEOMETRY.symbol / 2 - 5;
  protected readonly captions = computed(
    () => new Map(this.layout().persons.map((p) => [p.person.id, personCaption(p.person, this.today())])),
  );
  protected readonly generations = computed(
    () => new Set(this.layout().persons.map((p) => p.generation)).size,
  );

  /** The drawn `<svg>` element, for export. */
  svgElement(): SVGSVGElement | null {
    return this.host.nativeElement.querySelector('svg.genogram');
  }

  protected diamond(r: number): string {
    return `0,${-r} ${r},0 0,${r} ${-r},0`;
  }
}
