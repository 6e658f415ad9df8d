import { z } from 'zod';

/** The network map (verkostokartta): who is around the child, how close, and whether they help. */
export const NETWORK_SECTORS = [
  'family',
  'relatives',
  'friends',
  'school',
  'health',
  'services',
  'hobbies',
  'other',
] as const;
export const NETWORK_SUPPORT = ['supportive', 'neutral', 'straining'] as const;

export const networkMemberInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** Their role or agency ("class teacher, Kallio school"). */
  role: z.string().trim().max(200).optional(),
  sector: z.enum(NETWORK_SECTORS),
  /** 1 = closest ring, 3 = outer ring, as the child or worker sees it. */
  closeness: z.number().int().min(1).max(3),
  support: z.enum(NETWORK_SUPPORT),
  personId: z.string().trim().max(40).optional(),
  contact: z.string().trim().max(300).optional(),
});
export type NetworkMemberInput = z.input<typeof networkMemberInputSchema>;

export const networkMemberSchema = networkMemberInputSchema.extend({ id: z.string(), childId: z.string() });
export type NetworkMember = z.infer<typeof networkMemberSchema>;

export const networkResponseSchema = z.object({ members: z.array(networkMemberSchema) });
