/**
 * Writes of the role-clarity meeting (its live reads are in meetingQueries.ts): the draft agreement it fills in, one decision
 * per task, and the coach's own tasks. Every write validates against the zod schemas and runs in
 * a transaction; signed agreements are refused by the repository functions used here.
 */
import type { Bucket, Targets } from '@/domain/buckets'
import { todayIso } from '@/domain/dates'
import { FieldConflictError, writeAllowed } from '@/domain/fieldMerge'
import { normaliseTitle } from '@/domain/meeting/answers'
import { isOpenChoice } from '@/domain/meeting/progress'
import { decisionFields, type DecisionFields } from '@/domain/meeting/undo'
import type { Agreement, Decision, Task } from '@/domain/schemas'
import { CUSTOM_SORT_START } from '@/domain/taskCatalog'
import { RecordValidationError } from '@/domain/validation'
import { db } from './database'
import { ensureAgreement, listVersions } from './firstAgreement'
import { saveAgreement, saveDecision, saveTask } from './repository'

/** All versions of the agreement for one school and school year, newest first. */
export async function agreementVersions(schoolId: string, schoolYearId: string): Promise<Agreement[]> {
  return (await listVersions(schoolId, schoolYearId)).reverse()
}

/**
 * The agreement the meeting works on for a school and school year: its latest version (a draft,
 * or a signed version shown read-only), created as draft version 1, dated today, when there is
 * none yet. The meeting calls this with its first change, so merely looking stores nothing.
 */
export function openMeetingAgreement(schoolId: string, schoolYearId: string, now = Date.now()): Promise<Agreement> {
  return ensureAgreement(schoolId, schoolYearId, { meetingDate: todayIso(new Date(now)), now })
}

async function patchAgreement(agreementId: string, patch: (a: Agreement) => Partial<Agreement>): Promise<Agreement> {
  return db.transaction('rw', db.agreements, async () => {
    const current = await db.agreements.get(agreementId)
    if (!current) throw new Error('This agreement no longer exists. Reload the page.')
    return saveAgreement({ ...current, ...patch(current) })
  })
}

export interface MeetingDetails {
  coachName: string
  principalName: string
  date: string | null
  targets: Targets
}

/** Who met, when, and the targets this agreement aims for. */
export function saveMeetingDetails(agreementId: string, details: MeetingDetails): Promise<Agreement> {
  return patchAgreement(agreementId, () => ({
    meeting: { coachName: details.coachName, principalName: details.principalName, date: details.date },
    targets: { ...details.targets },
  }))
}

/** Both parties choose to sign with undecided / discuss-later tasks left open (or take that back). */
export function setOpenItemsAccepted(agreementId: string, accepted: boolean): Promise<Agreement> {
  return patchAgreement(agreementId, () => ({ openItemsAccepted: accepted }))
}

export interface DecisionChange {
  /** The decision's fields before this change: what undo restores. */
  before: DecisionFields
  after: Decision
}

/**
 * Changes one task's decision in a draft agreement, creating it on first use. Fields not in
 * `patch` keep their value (hours survive a switch to won't-do and back). `decidedAt` records
 * when the choice last changed.
 */
export async function recordDecision(
  agreementId: string,
  taskId: string,
  patch: Partial<DecisionFields>,
  now = Date.now(),
  base?: Partial<DecisionFields>,
): Promise<DecisionChange> {
  return db.transaction('rw', db.decisions, db.agreements, db.tasks, async () => {
    if (!(await db.tasks.get(taskId))) throw new Error('That task no longer exists.')
    const existing = await db.decisions.where('[agreementId+taskId]').equals([agreementId, taskId]).first()
    const before = decisionFields(existing)
    // With a base (what the editor last read), a field another tab changed meanwhile is not overwritten.
    for (const [field, value] of Object.entries(patch) as [keyof DecisionFields, unknown][]) {
      if (base && field in base && !writeAllowed(before[field], { base: base[field], value }))
        throw new FieldConflictError(field, before[field])
    }
    const next = { ...before, ...patch }
    const choiceChanged = next.choice !== before.choice
    const decidedAt = next.choice === 'undecided' ? null : choiceChanged ? now : (existing?.decidedAt ?? now)
    const after = await saveDecision({ id: existing?.id, agreementId, taskId, ...next, decidedAt })
    // Leaving items open was agreed for the items open then; a newly opened one needs agreeing again.
    if (isOpenChoice(next.choice) && !isOpenChoice(before.choice)) await withdrawOpenItemsAcceptance(agreementId)
    return { before, after }
  })
}

/**
 * Takes back "sign with open items left open" on one draft, or on every draft (a new task is
 * open in all of them). Signed versions are never touched.
 */
async function withdrawOpenItemsAcceptance(agreementId?: string): Promise<void> {
  const drafts = agreementId ? [await db.agreements.get(agreementId)] : await db.agreements.where('status').equals('draft').toArray()
  for (const a of drafts) {
    if (a && a.status === 'draft' && a.openItemsAccepted) await saveAgreement({ ...a, openItemsAccepted: false })
  }
}

/** The "who instead" answers given so far, in any agreement: suggestions for the next one. */
export async function earlierInsteadAnswers(): Promise<string[]> {
  const rows = await db.decisions.filter((d) => d.insteadBy.trim() !== '').toArray()
  return rows.map((d) => d.insteadBy)
}

// ---------------------------------------------------------------------------------------------
// The coach's own tasks.

export interface TaskInput {
  title: string
  description: string
  bucket: Bucket
}

/** Refuses a title another task already has, naming the field so forms can show it inline. */
async function refuseDuplicateTitle(title: string, exceptId?: string): Promise<void> {
  const key = normaliseTitle(title)
  if (!key) return // the schema reports the empty title
  const clash = await db.tasks.filter((t) => t.id !== exceptId && normaliseTitle(t.title) === key).first()
  if (clash) {
    const message = clash.archived
      ? `An archived task is already called “${clash.title}”. Restore it from the archived tasks instead.`
      : `A task called “${clash.title}” already exists. Choose a different title.`
    throw new RecordValidationError('task', [{ field: 'title', message }])
  }
}

export async function addCustomTask(input: TaskInput): Promise<Task> {
  return db.transaction('rw', db.tasks, db.agreements, async () => {
    await refuseDuplicateTitle(input.title)
    const last = await db.tasks.orderBy('sortOrder').last()
    const sortOrder = Math.max(CUSTOM_SORT_START, (last?.sortOrder ?? 0) + 10)
    const task = await saveTask({
      title: input.title.trim(),
      description: input.description.trim(),
      bucket: input.bucket,
      origin: 'custom',
      archived: false,
      sortOrder,
    })
    await withdrawOpenItemsAcceptance()
    return task
  })
}

/** Edits title, description or bucket of any task (catalog tasks too: schools differ). */
export async function updateTask(id: string, patch: Partial<TaskInput>): Promise<Task> {
  return db.transaction('rw', db.tasks, async () => {
    const current = await db.tasks.get(id)
    if (!current) throw new Error('That task no longer exists.')
    if (patch.title !== undefined) await refuseDuplicateTitle(patch.title, id)
    const next = { ...current, ...patch }
    return saveTask({ ...next, title: next.title.trim(), description: next.description.trim() })
  })
}

/** Archived tasks leave the meeting and the time log's choices but keep decisions and logged time. */
export async function setTaskArchived(id: string, archived: boolean): Promise<Task> {
  return db.transaction('rw', db.tasks, db.agreements, db.decisions, async () => {
    const current = await db.tasks.get(id)
    if (!current) throw new Error('That task no longer exists.')
    if (!archived) await refuseDuplicateTitle(current.title, id)
    const task = await saveTask({ ...current, archived })
    if (!archived) {
      // Back in the meeting: in a draft where it has no final answer it is a new open item there.
      for (const draft of await db.agreements.where('status').equals('draft').toArray()) {
        const decision = await db.decisions.where('[agreementId+taskId]').equals([draft.id, id]).first()
        if (!decision || isOpenChoice(decision.choice)) await withdrawOpenItemsAcceptance(draft.id)
      }
    }
    return task
  })
}
