import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { CHILD_VIEW_METHODS } from '../../children/data/children.model';
import { Visit, VisitDraft } from '../data/visit.model';
import { ChoiceGroup } from './choice-group';

type Child = VisitDraft['children'][number];

/** Each child: seen, met alone (required; if not, why) and the child's own account. */
@Component({
  selector: 'app-visit-children-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceGroup, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './visit-children-section.html',
  styleUrl: './form-section.scss',
})
export class VisitChildrenSection {
  readonly draft = input.required<VisitDraft>();
  readonly visit = input.required<Visit>();
  readonly errors = input<Record<string, string>>({});
  readonly draftChange = output<VisitDraft>();
  protected readonly methods = CHILD_VIEW_METHODS;

  protected name(childId: string): string {
    return this.visit().children.find((c) => c.childId === childId)?.name ?? '';
  }

  protected error(i: number, field: string): string | undefined {
    return this.errors()[`draft.children.${i}.${field}`];
  }

  protected set(i: number, patch: Partial<Child>): void {
    const children = this.draft().children.map((c, j) => (j === i ? { ...c, ...patch } : c));
    this.draftChange.emit({ ...this.draft(), children });
  }

  protected account(i: number, patch: { method?: string; words?: string }): void {
    const current = this.draft().children[i].account ?? { method: 'conversation_alone', words: '' };
    this.set(i, { account: { ...current, ...patch } as Child['account'] });
  }
}
