import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, of, switchMap, tap } from 'rxjs';

import { FamilyApi } from './data/family-api';
import { Family, Person, Relationship } from './data/family.model';
import { GenogramDialog, GenogramDialogs } from './genogram-dialogs';
import { CreateFamilyForm } from './genogram/create-family-form';
import { exportDrawing } from './genogram/genogram-export';
import { layoutGenogram } from './genogram/genogram-layout';
import { GenogramLegend } from './genogram/genogram-legend';
import { GenogramSvg } from './genogram/genogram-svg';
import { GenogramTable } from './genogram/genogram-table';

/**
 * Container: the genogram (sukupuu) of a child's family. State stays local in signals: the family is
 * re-read after each save and the drawing is laid out again from it.
 */
@Component({
  selector: 'app-genogram-panel',
  imports: [
    CreateFamilyForm,
    GenogramLegend,
    GenogramSvg,
    GenogramTable,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  providers: [GenogramDialogs],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './genogram-panel.html',
  styleUrl: './family-panel.scss',
})
export class GenogramPanel {
  readonly childId = input.required<string>();
  readonly readonly = input(false);

  private readonly api = inject(FamilyApi);
  private readonly translate = inject(TranslateService);
  private readonly dialogs = inject(GenogramDialogs);
  /** undefined while loading, null when the child has no family yet. */
  protected readonly family = signal<Family | null | undefined>(undefined);
  protected readonly loading = signal(false);
  /** Translation key announced in the status region. */
  protected readonly message = signal<string | null>(null);
  protected readonly showList = signal(false);
  protected readonly layout = computed(() => {
    const family = this.family();
    return family ? layoutGenogram(family, { indexChildId: this.childId() }) : null;
  });
  private readonly drawing = viewChild(GenogramSvg);
  /** Bumped after each save: the family is read again. */
  private readonly version = signal(0);

  constructor() {
    toObservable(computed(() => ({ id: this.childId(), version: this.version() })))
      .pipe(
        switchMap(({ id }) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected createFamily(name: string): void {
    this.api.createFamily(this.childId(), { name }).subscribe({
      next: () => this.after(true),
      error: () => this.message.set('family.genogram.saveFailed'),
    });
  }

  /** Runs an editing dialog; after a save the family is read again and laid out anew. */
  protected async open(kind: GenogramDialog, target?: Person | Relationship): Promise<void> {
    const family = this.family();
    if (family && (await this.dialogs.run(kind, this.childId(), family, target))) this.after(true);
  }

  protected removeLine(line: Relationship): void {
    if (!window.confirm(this.translate.instant('family.table.removeConfirm'))) return;
    this.api.removeRelationship(this.childId(), line.id).subscribe({
      next: () => this.after(true),
      error: () => this.message.set('family.genogram.saveFailed'),
    });
  }

  protected async export(format: 'svg' | 'png'): Promise<void> {
    const svg = this.drawing()?.svgElement();
    if (svg) await exportDrawing(svg, format, this.translate.instant('family.genogram.fileName'));
  }

  private after(saved: boolean): void {
    if (!saved) return;
    this.message.set('family.genogram.saved');
    this.version.update((v) => v + 1);
  }

  private load(childId: string) {
    this.loading.set(true);
    return this.api.family(childId).pipe(
      tap((family) => {
        this.family.set(family);
        this.loading.set(false);
      }),
      catchError(() => {
        this.loading.set(false);
        this.message.set('family.genogram.loadFailed');
        return of(null);
      }),
    );
  }
}
