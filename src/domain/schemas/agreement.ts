import { z } from '../zod'
import { SECTION_SCHEMAS } from '../agreementSchemas'
import { bucketSchema, idSchema, isoDateSchema, personName, stamps, targetsSchema, timestampSchema } from './common'
import { decisionChoiceSchema, weeklyHoursSchema } from './task'

export const signatureSchema = z.object({ name: personName('a name to sign with'), signedAt: timestampSchema })

/** Bumped if the snapshot's shape ever changes; old snapshots keep their number and their fingerprint. */
export const SNAPSHOT_FORMAT = 1

export const snapshotTaskSchema = z.object({
  taskId: z.string().min(1).max(64),
  title: z.string().max(120),
  description: z.string().max(600),
  bucket: bucketSchema,
  choice: decisionChoiceSchema,
  weeklyHours: weeklyHoursSchema.nullable(),
  insteadBy: z.string().max(120),
  note: z.string().max(1000),
})

const nameSchema = z.string().max(120)

export const agreementSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  agreementId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  status: z.enum(['draft', 'signed']),
  school: z.object({ name: nameSchema }),
  schoolYear: z.object({ label: z.string().max(40) }),
  meeting: z.object({ coachName: nameSchema, principalName: nameSchema, date: isoDateSchema.nullable() }),
  targets: targetsSchema,
  openItemsAccepted: z.boolean(),
  /** All seven sections, complete (defaults filled in when the version was read). */
  sections: z.object(SECTION_SCHEMAS),
  /**
   * Every task the version shows, in the order shown: each will-do and won't-do decision, and
   * each task still open (undecided or to discuss later), with the task's words as they were.
   */
  tasks: z.array(snapshotTaskSchema).max(2000),
  signatures: z.object({ coach: signatureSchema.nullable(), principal: signatureSchema.nullable() }),
  signedAt: timestampSchema.nullable(),
  /** Whether this version revises an earlier signed one. */
  revises: z.boolean(),
})

/** SHA-256 of a snapshot's canonical form, 64 lower-case hex digits (see `agreementSnapshot.ts`). */
export const fingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'The fingerprint must be 64 hexadecimal digits (a SHA-256 fingerprint).')

/** The fields of an agreement version since the first format (no snapshot, no fingerprint): backup format 1 files are read with it. */
export const agreementV1Schema = z.object({
  id: idSchema,
  schoolId: idSchema,
  schoolYearId: idSchema,
  version: z.number().int('A version number is a whole number.').min(1, 'Version numbers start at 1.'),
  status: z.enum(['draft', 'signed']),
  meeting: z.object({
    coachName: z.string().trim().max(120, 'The coach’s name is too long (120 characters at most).'),
    principalName: z.string().trim().max(120, 'The principal’s name is too long (120 characters at most).'),
    date: isoDateSchema.nullable(),
  }),
  targets: targetsSchema,
  /** Undecided or discuss-later tasks both parties chose to leave open when signing. */
  openItemsAccepted: z.boolean(),
  /** The seven sections of the agreement beyond the task list; shaped by the agreement module. */
  sections: z.record(z.string(), z.unknown()),
  signatures: z.object({ coach: signatureSchema.nullable(), principal: signatureSchema.nullable() }),
  signedAt: timestampSchema.nullable(),
  /** The signed version this draft was revised from. */
  basedOnId: idSchema.nullable(),
  ...stamps,
})

export const agreementSchema = agreementV1Schema
  .extend({
    /** Signed versions only: everything the version shows, frozen at signing. Every view of a signed version reads this. */
    snapshot: agreementSnapshotSchema.optional(),
    /**
     * Signed versions only: the snapshot's fingerprint, stored at signing. Always present in the
     * database; absent only on the way in from a backup format that had no fingerprints.
     */
    fingerprint: fingerprintSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.status === 'draft') {
      if (a.snapshot) ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'A draft has no signed snapshot.' })
      if (a.fingerprint) ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: 'A draft has no fingerprint.' })
      return
    }
    if (!a.snapshot) {
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'A signed version must carry the snapshot of what was signed.' })
      return
    }
    if (a.snapshot.status !== 'signed' || a.snapshot.agreementId !== a.id || a.snapshot.version !== a.version) {
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'The snapshot belongs to a different version.' })
    }
  })

export type Signature = z.infer<typeof signatureSchema>
export type Agreement = z.infer<typeof agreementSchema>
export type AgreementSnapshot = z.infer<typeof agreementSnapshotSchema>
export type SnapshotTask = z.infer<typeof snapshotTaskSchema>
