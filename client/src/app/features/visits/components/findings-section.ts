import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';

import { FINDING_SEVERITIES, Visit, VisitDraft, newClientId } from '../data/visit.model';

type Finding = VisitDraft['findings'][number];
type Action = Finding['actions'][number];

/** Findings: observation, evidence, legal reference, severity and the required actions. */
@Component({
  selector: 'app-findings-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
  ],
  templateUrl: './findings-section.html',
  styleUrl: './form-section.scss',
})
export class FindingsSection {
  readonly draft = input.required<VisitDraft>();
  readonly visit = input.required<Visit>();
  readonly errors = input<Record<string, string>>({});
  readonly draftChange = output<VisitDraft>();
  protected readonly severities = FINDING_SEVERITIES;

  protected error(path: string): string | undefined {
    return this.errors()[`draft.findings.${path}`];
  }

  protected add(): void {
    const finding: Finding = {
      clientId: newClientId(),
      childIds: [],
      observation: '',
      evidence: '',
      legalReference: '',
      severity: 'info',
      actions: [],
      attachmentIds: [],
    };
    this.emit([...this.draft().findings, finding]);
  }

  protected remove(i: number): void {
    this.emit(this.draft().findings.filter((_, j) => j !== i));
  }

  protected set(i: number, patch: Partial<Finding>): void {
    this.emit(this.draft().findings.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  }

  /** The finding cites a photo of the visit as its evidence (or stops citing it). */
  protected cite(i: number, photoId: string, cited: boolean): void {
    const ids = this.draft().findings[i].attachmentIds.filter((id) => id !== photoId);
    this.set(i, { attachmentIds: cited ? [...ids, photoId] : ids });
  }

  protected addAction(i: number): void {
    const f = this.draft().findings[i];
    this.set(i, { actions: [...f.actions, { description: '', owner: '', deadline: '' }] });
  }

  protected setAction(i: number, k: number, patch: Partial<Action>): void {
    const f = this.draft().findings[i];
    this.set(i, { actions: f.actions.map((a, j) => (j === k ? { ...a, ...patch } : a)) });
  }

  private emit(findings: Finding[]): void {
    this.draftChange.emit({ ...this.draft(), findings });
  }
}
