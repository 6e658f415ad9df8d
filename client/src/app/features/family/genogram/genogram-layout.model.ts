import { Household, ParenthoodKind, Person, Relationship, RelationshipQuality } from '../data/family.model';

/** Sizes in SVG user units. A person's node is the symbol with two caption lines under it. */
export const GEOMETRY = {
  symbol: 40,
  nodeWidth: 112,
  nodeHeight: 72,
  unionWidth: 8,
  nodeSep: 20,
  rankSep: 18,
  /** Room around a household's members, and above them for the household's name. */
  householdPad: 8,
  householdLabel: 12,
  /** Around the picture: household outlines of the outer people stay inside. */
  marginX: 24,
  marginY: 36,
  /** The partnership line runs this far below the partners' captions. */
  lineDrop: 6,
  /** The sibling bar runs this far above the children's symbols. */
  barRise: 12,
} as const;

export interface Point {
  x: number;
  y: number;
}

export interface PlacedPerson {
  person: Person;
  /** Centre of the symbol. */
  x: number;
  y: number;
  /** The child whose page this is (double outline). */
  index: boolean;
  /** 0 = the top generation shown. */
  generation: number;
}

export interface PartnershipLine {
  relationship: Relationship;
  /** From one partner's symbol down to the line and up to the other partner. */
  path: string;
  /** Slashes across the line: one for separated, two for divorced. */
  marks: string[];
  midX: number;
  y: number;
}

export interface ChildLine {
  /** One edge, or the two edges of a couple's child drawn as one line from the partnership. */
  relationshipIds: string[];
  childId: string;
  parenthood: ParenthoodKind;
  path: string;
}

export interface EmotionalLine {
  relationship: Relationship;
  quality: Exclude<RelationshipQuality, 'normal'>;
  /** Several parallel strokes for close/very close, two pieces for a cut-off. */
  paths: string[];
}

export interface HouseholdBox {
  household: Household;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GenogramLayout {
  width: number;
  height: number;
  persons: PlacedPerson[];
  partnerships: PartnershipLine[];
  childLines: ChildLine[];
  emotionalLines: EmotionalLine[];
  households: HouseholdBox[];
}
