import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import {
  CreateFamilyRequest,
  Family,
  Household,
  Person,
  PersonInput,
  PersonPatch,
  Relationship,
  RelationshipInput,
  RelationshipPatch,
} from './family.model';

/** `/api/v1/children/:id/family/...`: the genogram of the child's family. */
@Injectable({ providedIn: 'root' })
export class FamilyApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** `null` when the child has no family recorded yet. */
  family(childId: string): Observable<Family | null> {
    return this.http.get<{ family: Family | null }>(this.url(childId)).pipe(map((body) => body.family));
  }

  createFamily(childId: string, request: CreateFamilyRequest): Observable<Family> {
    return this.http.post<Family>(this.url(childId), request, quiet());
  }

  addPerson(childId: string, person: PersonInput): Observable<Person> {
    return this.http.post<Person>(`${this.url(childId)}/persons`, person, quiet());
  }

  updatePerson(childId: string, personId: string, changes: PersonPatch): Observable<Person> {
    return this.http.patch<Person>(`${this.url(childId)}/persons/${encodeURIComponent(personId)}`, changes, quiet());
  }

  /** Replaces the family's households (the whole list; one with members cannot be dropped). */
  saveHouseholds(childId: string, households: Household[]): Observable<Family> {
    return this.http.put<Family>(`${this.url(childId)}/households`, { households }, quiet());
  }

  addRelationship(childId: string, relationship: RelationshipInput): Observable<Relationship> {
    return this.http.post<Relationship>(`${this.url(childId)}/relationships`, relationship, quiet());
  }

  updateRelationship(childId: string, id: string, changes: RelationshipPatch): Observable<Relationship> {
    return this.http.patch<Relationship>(this.relationshipUrl(childId, id), changes, quiet());
  }

  /** A wrong line in the genogram is removed, not kept as history. */
  removeRelationship(childId: string, id: string): Observable<void> {
    return this.http.delete<void>(this.relationshipUrl(childId, id), quiet());
  }

  private relationshipUrl(childId: string, id: string): string {
    return `${this.url(childId)}/relationships/${encodeURIComponent(id)}`;
  }

  private url(childId: string): string {
    return `${this.base}/v1/children/${encodeURIComponent(childId)}/family`;
  }
}

/** Every write comes from a dialog or panel that shows its own failure (field errors in place). */
const quiet = () => ({ context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) });
