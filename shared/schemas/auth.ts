// Identity API shapes: the IdP list for the login page, role grants by admins, the audit log.
import { z } from 'zod';
import { RoleGrantSchema, RoleSchema } from '../roles';
import { IdSchema, PageQuerySchema, userText } from './common';

export const IdpSchema = z.object({
  name: z.string(),
  label: z.string(),
  loginUrl: z.string(),
});
export type Idp = z.infer<typeof IdpSchema>;

/** A body's id (the Body must exist; the server checks). */
export const BodyIdSchema = IdSchema;

export const RoleGrantBodySchema = z
  .object({ role: RoleSchema, bodyId: BodyIdSchema.optional() })
  .strict();
export type RoleGrantBody = z.infer<typeof RoleGrantBodySchema>;

export const RevokeQuerySchema = z.object({ bodyId: BodyIdSchema.optional() });

export const AdminUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(RoleGrantSchema),
  lastLoginAt: z.string().nullable(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const AdminUserQuerySchema = PageQuerySchema.extend({
  q: userText().trim().max(100).optional(),
  role: RoleSchema.optional(),
});

export const AuditQuerySchema = PageQuerySchema.extend({
  /** Entries where the person acted or was acted on (a user id, chosen from the person search). */
  person: IdSchema.optional(),
  actor: userText().trim().min(1).max(100).optional(),
  action: userText().trim().min(1).max(100).optional(),
  subjectType: userText().trim().min(1).max(100).optional(),
  subjectId: userText().trim().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  ip: z.string().nullable(),
  /** Who acted: a person (named by display name, with their admin page), the system, or anonymous. */
  actorKind: z.enum(['user', 'system', 'anonymous']),
  actorName: z.string().nullable(),
  actorPath: z.string().nullable(),
  /** What was acted on, named, with its page when it has one (null when it no longer exists). */
  subjectName: z.string().nullable(),
  subjectPath: z.string().nullable(),
  /** For a role change: the grant given or taken, with the body's name. */
  grant: z
    .object({ role: RoleSchema, bodyId: z.string().optional(), bodyName: z.string().optional() })
    .optional(),
  hash: z.string(),
  prevHash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;

export const UserIdParamSchema = z.object({ id: IdSchema });
