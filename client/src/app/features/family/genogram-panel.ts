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
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, of, switchMap, tap } from 'rxjs';

import { FamilyApi } from './data/family-api';
import { Family, Person, Relationship } from './data/family.model';
import { GenogramDialogs } from './genogram-dialogs';
import { downloadBlob, serializeSvg, svgToPng } from './genogram/genogram-export';
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
    GenogramLegend,
    GenogramSvg,
    GenogramTable,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
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
  protected readonly createForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
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

  protected createFamily(): void {
    const name = this.createForm.controls.name;
    if (name.invalid) return name.markAsTouched();
    this.api.createFamily(this.childId(), { name: name.value.trim() }).subscribe({
      next: () => this.after(true),
      error: () => this.message.set('family.genogram.saveFailed'),
    });
  }

  protected open(kind: 'person' | 'partnership' | 'child' | 'line' | 'households'): Promise<void> {
    return this.edit((id, family) => this.dialogs[kind](id, family));
  }

  /** Runs a dialog; after a save the family is read again and laid out anew. */
  protected async edit(open: (childId: string, family: Family) => Promise<boolean>): Promise<void> {
    const family = this.family();
    if (family) this.after(await open(this.childId(), family));
  }

  protected editPerson(person: Person): Promise<void> {
    return this.edit((id, family) => this.dialogs.person(id, family, person));
  }

  protected editLine(line: Relationship): Promise<void> {
    return this.edit((id, family) => this.dialogs.line(id, family, line));
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
    const layout = this.layout();
    if (!svg || !layout) return;
    const text = serializeSvg(svg);
    const blob =
      format === 'svg'
        ? new Blob([text], { type: 'image/svg+xml' })
        : await svgToPng(text, layout.width, layout.height);
    downloadBlob(blob, `${this.translate.instant('family.genogram.fileName')}.${format}`);
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
