import { ROLES, type Role } from '../roles/roles.js';
import type { Action, RecordPart } from './access-types.js';
import { can } from './policy.js';
import { CODES, RELATIONSHIPS, scenario, type Relationship } from './policy-fixtures.js';

/**
 * Every role x child action x relationship, as a table a reviewer can read line by line.
 * Codes: A allowed, B allowed flagged break_glass, S allowed flagged supervisor_access; denied with
 * n no_relationship, r reason_required, p part_not_permitted, o read_only_access, x not_permitted,
 * v not_supervisor, c no_client_data.
 */
const COLUMNS: { action: Action; part: RecordPart }[] = [
  { action: 'child.list', part: 'core' },
  { action: 'child.read', part: 'core' },
  { action: 'child.read', part: 'placement' },
  { action: 'child.read', part: 'therapy' },
  { action: 'child.read', part: 'meeting-notes' },
  { action: 'child.write', part: 'core' },
  { action: 'child.write', part: 'placement' },
  { action: 'child.access_log', part: 'core' },
  { action: 'child.request_break_glass', part: 'core' },
  { action: 'child.request_supervisor_access', part: 'core' },
];

//                         list rc rp rt rm wc wp log bg sv
const TEAM_WORKER: Record<Relationship, string> = {
  own_team: /*           */ 'A A A A A A A x x v',
  other_team: /*         */ 'n n n n n n n x A v',
  assigned_inspection: /**/ 'n n n n n n n x A v',
  none: /*               */ 'n n n n n n n x A v',
  break_glass_grant: /*  */ 'n B B B B o o x A v',
  supervisor_grant: /*   */ 'n n n n n n n x A v',
  expired_grant: /*      */ 'n n n n n n n x A v',
};
const EXPECTED: Record<Role, Record<Relationship, string>> = {
  social_worker: TEAM_WORKER,
  practitioner: TEAM_WORKER,
  family_therapist: TEAM_WORKER,
  coordinator: TEAM_WORKER,
  team_lead: { ...TEAM_WORKER, own_team: 'A A A A A A A A x v' },
  supervisor: {
    own_team: /*           */ 'A r r r r o o A x A',
    other_team: /*         */ 'A r r r r o o A x A',
    assigned_inspection: /**/ 'A r r r r o o A x A',
    none: /*               */ 'A r r r r o o A x A',
    break_glass_grant: /*  */ 'A B B B B o o A x A',
    supervisor_grant: /*   */ 'A S S S S o o A x A',
    expired_grant: /*      */ 'A r r r r o o A x A',
  },
  placement_inspector: {
    own_team: /*           */ 'n n n n n n n x A v',
    other_team: /*         */ 'n n n n n n n x A v',
    assigned_inspection: /**/ 'A A A p p p A x A v',
    none: /*               */ 'n n n n n n n x A v',
    break_glass_grant: /*  */ 'n B B B B o o x A v',
    supervisor_grant: /*   */ 'n n n n n n n x A v',
    expired_grant: /*      */ 'n n n n n n n x A v',
  },
  administrator: Object.fromEntries(RELATIONSHIPS.map((r) => [r, 'c c c c c c c c c c'])) as Record<
    Relationship,
    string
  >,
};

describe('the access policy table (role x child action x relationship)', () => {
  it('has a row for every role', () => expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort()));

  for (const role of ROLES) {
    for (const relationship of RELATIONSHIPS) {
      const codes = EXPECTED[role][relationship].split(' ');
      COLUMNS.forEach(({ action, part }, column) => {
        it(`${role} / ${relationship} / ${action}${action.startsWith('child.read') || action.startsWith('child.write') ? ':' + part : ''} -> ${codes[column]}`, () => {
          const { user, child } = scenario(role, relationship, part);
          expect(can(user, action, child)).toEqual(CODES[codes[column]!]!);
        });
      });
    }
  }
});
