/**
 * The roles of a systemic child-protection organisation (../shared/domain.md §1).
 * Finnish names in comments because they are what users say.
 */
export const ROLES = [
  'social_worker', // sosiaalityöntekijä (may be a child's named social worker, LSL 13 b §)
  'practitioner', // sosiaaliohjaaja: cannot be the named social worker
  'team_lead', // vastaava sosiaalityöntekijä
  'family_therapist', // perheterapeutti
  'coordinator', // tiimikoordinaattori
  'supervisor', // johtava sosiaalityöntekijä
  'placement_inspector', // sijaishuollon valvoja
  'administrator', // manages users and teams, sees no client data
] as const;

export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';
