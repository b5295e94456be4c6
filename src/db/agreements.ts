/**
 * Writes of the agreement's life: section edits, signing and revising (its live reads are in
 * agreementQueries.ts). Every write goes through the repository's validated
 * saves (which refuse to touch a signed version) inside one transaction.
 */
import Dexie from 'dexie'
import { readSections, SECTION_SCHEMAS, type SectionId, type Sections } from '@/domain/agreementSections'
import { mergeFieldChanges, type FieldChange, type MergeResult } from '@/domain/fieldMerge'
import { fingerprintOf, snapshotOf } from '@/domain/agreementSnapshot'
import { revisedDraft, signProblems, type SignInput, type SignProblem } from '@/domain/agreementVersions'
import { newId } from '@/domain/ids'
import { agreementSnapshotSchema, type Agreement } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db } from './database'
import { listVersions } from './firstAgreement'
import { refuseIfSigned, saveAgreement, saveDecision } from './repository'

/** Thrown when signing is refused; `problems` name the fields to show messages next to. */
export class SignRefusedError extends Error {
  override readonly name = 'SignRefusedError'
  constructor(readonly problems: SignProblem[]) {
    super(problems.map((p) => p.message).join(' '))
  }
}

export { ensureAgreement, listVersions } from './firstAgreement'

/** Saves one section of a draft, checked against that section's schema. */
export async function saveSection<K extends SectionId>(agreementId: string, id: K, value: Sections[K]): Promise<Agreement> {
  const checked = validate(SECTION_SCHEMAS[id], `${id} section`, value)
  return db.transaction('rw', db.agreements, async () => {
    const stored = await db.agreements.get(agreementId)
    if (!stored) throw new Error('This agreement no longer exists.')
    refuseIfSigned(stored)
    return saveAgreement({ ...stored, sections: { ...stored.sections, [id]: checked } })
  })
}

/**
 * Saves the changed fields of one section of a draft, each checked against the value the editor
 * last read (see `mergeFieldChanges`): a field another tab changed meanwhile is not written but
 * reported as a conflict, and a field the schema refuses is reported as a problem; the other
 * fields are saved. Two tabs editing different fields of a section both land.
 */
export async function saveSectionFields<K extends SectionId>(
  agreementId: string,
  id: K,
  changes: readonly FieldChange[],
): Promise<MergeResult<Sections[K]>> {
  return db.transaction('rw', db.agreements, async () => {
    const stored = await db.agreements.get(agreementId)
    if (!stored) throw new Error('This agreement no longer exists.')
    refuseIfSigned(stored)
    const current = readSections(stored.sections)[id]
    const result = mergeFieldChanges(current, changes, SECTION_SCHEMAS[id])
    if (result.applied.length) await saveAgreement({ ...stored, sections: { ...stored.sections, [id]: result.next } })
    return result
  })
}

/**
 * Both typed names, one date, status signed, and the snapshot of everything the version shows
 * with its fingerprint: all at once or not at all. From here on every view reads the snapshot,
 * so renaming, re-bucketing or archiving a task, or renaming the school, never changes it.
 */
export async function signAgreement(agreementId: string, input: SignInput, now = Date.now()): Promise<Agreement> {
  return db.transaction('rw', [db.agreements, db.decisions, db.tasks, db.schools, db.schoolYears], async () => {
    const stored = await db.agreements.get(agreementId)
    if (!stored) throw new Error('This agreement no longer exists.')
    const [decisions, tasks, school, schoolYear] = await Promise.all([
      db.decisions.where('agreementId').equals(agreementId).toArray(),
      db.tasks.orderBy('sortOrder').toArray(),
      db.schools.get(stored.schoolId),
      db.schoolYears.get(stored.schoolYearId),
    ])
    const problems = signProblems(stored, input, tasks, decisions)
    if (problems.length) throw new SignRefusedError(problems)
    const signature = (name: string) => ({ name: name.trim(), signedAt: now })
    const signed = {
      ...stored,
      status: 'signed' as const,
      openItemsAccepted: input.openItemsAccepted,
      signatures: { coach: signature(input.coachName), principal: signature(input.principalName) },
      signedAt: now,
    }
    const snapshot = validate(agreementSnapshotSchema, 'agreement snapshot', snapshotOf(signed, { decisions, tasks, school, schoolYear }))
    // Web Crypto is not IndexedDB: waitFor keeps the transaction open while the digest is worked out.
    const fingerprint = await Dexie.waitFor(fingerprintOf(snapshot))
    return saveAgreement({ ...signed, snapshot, fingerprint })
  })
}

/**
 * Starts version n+1 from a signed version, copying sections, targets and decisions.
 * If a newer draft already exists, that draft is returned instead of a second one.
 */
export async function reviseAgreement(signedId: string): Promise<Agreement> {
  return db.transaction('rw', db.agreements, db.decisions, async () => {
    const from = await db.agreements.get(signedId)
    if (!from) throw new Error('This agreement no longer exists.')
    if (from.status !== 'signed') throw new Error('Only a signed version can be revised; keep editing this draft instead.')
    const versions = await listVersions(from.schoolId, from.schoolYearId)
    const draft = versions.find((v) => v.status === 'draft')
    if (draft) return draft
    const next = (versions.at(-1)?.version ?? from.version) + 1
    const decisions = await db.decisions.where('agreementId').equals(from.id).toArray()
    const copy = revisedDraft(from, decisions, next, newId)
    const saved = await saveAgreement(copy.agreement)
    for (const d of copy.decisions) await saveDecision(d)
    return saved
  })
}
