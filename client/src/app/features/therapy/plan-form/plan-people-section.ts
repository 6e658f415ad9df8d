import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { Person } from '../../family/data/family.model';
import { FamilyChild, PlanForm, participantGroup } from './plan-form-model';

/** Who takes part (people of the genogram in one click, anyone else by name), strengths, dissent, the child's view. */
@Component({
  selector: 'app-plan-people-section',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-people-section.html',
  styleUrl: './plan-form-page.scss',
})
export class PlanPeopleSection {
  readonly form = input.required<PlanForm>();
  /** Per child of the family: in the plan or not. */
  readonly chosen = input.required<boolean[]>();
  readonly persons = input.required<Person[]>();
  readonly children = input.required<FamilyChild[]>();

  protected readonly participants = computed(() => this.form().controls.participants);
  protected readonly familyMembers = computed(() => this.persons().filter((p) => p.kind === 'family'));

  protected isParticipant(person: Person): boolean {
    return this.participants().value.some((p) => p.personId === person.id);
  }

  protected addPerson(person?: Person): void {
    const name = person ? `${person.firstName} ${person.lastName}`.trim() : '';
    this.participants().push(participantGroup({ name, role: person?.role, personId: person?.id }));
  }

  protected remove(index: number): void {
    this.participants().removeAt(index);
  }
}
