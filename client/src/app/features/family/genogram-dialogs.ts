import { Injectable, Injector, inject } from '@angular/core';
import type { ComponentType } from '@angular/cdk/portal';
import { firstValueFrom } from 'rxjs';

import { FamilyApi } from './data/family-api';
import { Family, Person, Relationship } from './data/family.model';

/**
 * Opens the genogram's editing dialogs (each loaded when first used) wired to the API for one child.
 * Resolves true when the dialog saved something.
 */
export type GenogramDialog = 'person' | 'partnership' | 'child' | 'line' | 'households';

@Injectable()
export class GenogramDialogs {
  private readonly injector = inject(Injector);
  private readonly api = inject(FamilyApi);

  /** `target`: the person or line to edit (from the list view). */
  run(
    kind: GenogramDialog,
    childId: string,
    family: Family,
    target?: Person | Relationship,
  ): Promise<boolean> {
    if (kind === 'person') return this.person(childId, family, target as Person | undefined);
    if (kind === 'line') return this.line(childId, family, target as Relationship | undefined);
    return this[kind](childId, family);
  }

  async person(childId: string, family: Family, person?: Person): Promise<boolean> {
    const { PersonDialog } = await import('./dialogs/person-dialog');
    return this.open(PersonDialog, {
      person,
      households: family.households,
      save: (body: Parameters<FamilyApi['addPerson']>[1]) =>
        person ? this.api.updatePerson(childId, person.id, body) : this.api.addPerson(childId, body),
    });
  }

  async partnership(childId: string, family: Family): Promise<boolean> {
    const { PartnershipDialog } = await import('./dialogs/partnership-dialog');
    return this.open(PartnershipDialog, {
      persons: family.persons,
      save: (line: Parameters<FamilyApi['addRelationship']>[1]) => this.api.addRelationship(childId, line),
    });
  }

  async child(childId: string, family: Family): Promise<boolean> {
    const { ChildDialog } = await import('./dialogs/child-dialog');
    return this.open(ChildDialog, {
      persons: family.persons,
      save: (line: Parameters<FamilyApi['addRelationship']>[1]) => this.api.addRelationship(childId, line),
    });
  }

  async line(childId: string, family: Family, line?: Relationship): Promise<boolean> {
    const { LineDialog } = await import('./dialogs/line-dialog');
    return this.open(LineDialog, {
      family,
      line,
      save: (id: string, patch: Parameters<FamilyApi['updateRelationship']>[2]) =>
        this.api.updateRelationship(childId, id, patch),
    });
  }

  async households(childId: string, family: Family): Promise<boolean> {
    const { HouseholdsDialog } = await import('./dialogs/households-dialog');
    return this.open(HouseholdsDialog, {
      households: family.households,
      save: (households: Family['households']) => this.api.saveHouseholds(childId, households),
    });
  }

  private async open(component: ComponentType<unknown>, data: unknown): Promise<boolean> {
    const { MatDialog } = await import('@angular/material/dialog');
    const ref = this.injector.get(MatDialog).open<unknown, unknown, boolean>(component, {
      data,
      width: '40rem',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
