import type { Connection } from 'mongoose';
import { visitDraftSchema, type Visit } from '@keha/shared';
import { childModel } from '../../children/model.js';
import { findingModel } from '../findings/finding.model.js';
import { placementUnitModel } from '../unit.model.js';
import type { StoredVisit } from './visit.model.js';

/** The visit as the API answers it, with the unit's and the children's names. */
export async function visitViews(connection: Connection, visits: readonly StoredVisit[]): Promise<Visit[]> {
  const [units, children, findings] = await Promise.all([
    placementUnitModel(connection)
      .find({ _id: { $in: visits.map((v) => v.unitId) } }, { name: 1, type: 1 })
      .lean(),
    childModel(connection)
      .find({ _id: { $in: visits.flatMap((v) => v.childIds) } }, { firstName: 1, lastName: 1 })
      .lean(),
    findingModel(connection)
      .find({ _id: { $in: visits.flatMap((v) => v.findings.map((f) => f.findingId)) } }, { status: 1 })
      .lean(),
  ]);
  const findingStatus = new Map(findings.map((f) => [String(f._id), f.status]));
  const unit = new Map(units.map((u) => [String(u._id), u]));
  const name = new Map(children.map((c) => [String(c._id), `${c.firstName} ${c.lastName}`]));
  return visits.map((v) => {
    const u = unit.get(String(v.unitId));
    return {
      id: String(v._id),
      status: v.status,
      revision: v.revision,
      unit: { id: String(v.unitId), name: u?.name ?? '', type: u?.type ?? 'institution' },
      children: v.childIds.map((id, i) => ({
        childId: String(id),
        name: name.get(String(id)) ?? '',
        placementId: String(v.placementIds[i]),
      })),
      plannedDate: v.plannedDate,
      announced: v.announced,
      inspector: { id: String(v.inspectorId), name: v.inspectorName },
      template: { id: String(v.templateId), key: v.templateKey, version: v.templateVersion },
      // Stored drafts were validated on the way in; parsing again fills defaults and drops nothing.
      draft: visitDraftSchema.parse(v.draft),
      attachments: v.attachments.map((a) => ({
        id: a.clientId,
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        sha256: a.sha256,
        uploadedAt: a.uploadedAt.toISOString(),
      })),
      findings: v.findings.map((f) => ({
        clientId: f.clientId,
        id: String(f.findingId),
        status: findingStatus.get(String(f.findingId)) ?? 'open',
      })),
      submittedAt: v.submittedAt ? v.submittedAt.toISOString() : null,
      submittedByName: v.submittedByName,
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
    };
  });
}

export async function visitView(connection: Connection, visit: StoredVisit): Promise<Visit> {
  return (await visitViews(connection, [visit]))[0]!;
}
