import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { PARENTHOOD_KINDS, PARTNERSHIP_STATUSES, RELATIONSHIP_QUALITIES } from '../data/family.model';
import { emotionalPaths, statusMarks } from './genogram-lines';

/** Explains the genogram's symbols and lines, drawn with the same styles as the genogram. */
@Component({
  selector: 'app-genogram-legend',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './genogram-legend.html',
  styleUrls: ['./genogram-styles.scss', './genogram-legend.scss'],
})
export class GenogramLegend {
  protected readonly couples = PARTNERSHIP_STATUSES.map((status) => ({
    status,
    marks: statusMarks(26, 14, status),
  }));
  protected readonly parenthoods = PARENTHOOD_KINDS;
  protected readonly qualities = RELATIONSHIP_QUALITIES.filter((q) => q !== 'normal').map((quality) => ({
    quality,
    // Symbol centres just outside the sample, so the line fills it.
    paths: emotionalPaths({ x: -20, y: 12 }, { x: 72, y: 12 }, quality),
  }));
}
