import { computed } from 'vue'
import { openMeetingAgreement, recordDecision } from '@/db/meeting'
import { useLatestAgreement, useMeetingRecords } from '@/db/meetingQueries'
import { useActiveContext } from '@/db/queries'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { todayIso } from '@/domain/dates'
import { firstDraftAgreement } from '@/domain/meeting/firstDraft'
import type { DecisionFields } from '@/domain/meeting/undo'
import type { Agreement, Decision } from '@/domain/schemas'
import { usePendingWrites } from './usePendingWrites'

/**
 * The agreement the meeting works on: its latest version, or the first draft (stored with the
 * first change), and its tasks and decisions live from IndexedDB, with each change shown at once
 * while it is being written (`write`).
 */
export function useMeetingAgreement() {
  const { data: context, ready: contextReady } = useActiveContext()

  // The school and school year being worked on (the live query compares it by value, so
  // unrelated settings changes do not read again).
  const where = computed(() => {
    const schoolId = context.value?.school?.id
    const schoolYearId = context.value?.schoolYear?.id
    return schoolId && schoolYearId ? { schoolId, schoolYearId } : null
  })
  const { data: latest, error: agreementError } = useLatestAgreement(where)
  // Before the first change nothing is stored: the screen shows the draft that change will create.
  const preview = computed<Agreement | undefined>(() => {
    const c = context.value
    if (!where.value || !c?.school) return undefined
    return firstDraftAgreement({
      id: '',
      ...where.value,
      coachName: c.settings.coachName,
      principalName: c.school.principalName,
      targets: c.settings.defaultTargets,
      date: todayIso(),
      now: 0,
    })
  })
  const stored = computed(() => latest.value ?? undefined)
  const agreement = computed(() => stored.value ?? (latest.value === null ? preview.value : undefined))
  const agreementId = computed(() => stored.value?.id)

  /** The stored agreement's id, creating the draft on the first change. */
  async function ensureAgreementId(): Promise<string> {
    if (stored.value) return stored.value.id
    if (!where.value) throw new Error('Choose a school and a school year in Settings before holding the meeting.')
    return (await openMeetingAgreement(where.value.schoolId, where.value.schoolYearId)).id
  }
  const { data: records, error: recordsError } = useMeetingRecords(where)
  const readOnly = computed(() => agreement.value?.status === 'signed')
  const targets = computed(
    () =>
      (agreement.value?.status === 'signed' ? agreement.value.snapshot?.targets : undefined) ?? agreement.value?.targets ?? DEFAULT_TARGETS,
  )

  // Changes being written show immediately; the live query catches up a moment later. A write's
  // entry is dropped once the stored row is at least as new as what that write stored.
  const pending = usePendingWrites<string, DecisionFields>({
    stored: () => records.value?.decisions,
    caughtUp: (taskId, entry) => {
      const row = records.value?.decisions.find((d) => d.taskId === taskId)
      return !!row && entry.stamp !== undefined && row.updatedAt >= entry.stamp
    },
  })
  const decisions = computed<Decision[]>(() => {
    const stored = records.value?.decisions ?? []
    if (!pending.entries.size) return stored
    const byTask = new Map(stored.map((d) => [d.taskId, d]))
    for (const [taskId, { value: fields }] of pending.entries) {
      const base = byTask.get(taskId)
      byTask.set(taskId, {
        ...(base ?? { id: `pending-${taskId}`, agreementId: agreementId.value ?? '', taskId, decidedAt: null, createdAt: 0, updatedAt: 0 }),
        ...fields,
      })
    }
    return [...byTask.values()]
  })

  /**
   * Shows `fields` at once, in this very event turn, and writes them; the screen follows the
   * stored result. Nothing here waits before showing: the meeting moves focus on the strength
   * of what is shown, so keys typed straight after a decision land in the right field.
   */
  async function write(
    agreement: string | (() => Promise<string>),
    taskId: string,
    fields: DecisionFields,
    patch: Partial<DecisionFields>,
    base?: Partial<DecisionFields>,
  ) {
    const shown = pending.show(taskId, fields)
    try {
      const result = await recordDecision(typeof agreement === 'string' ? agreement : await agreement(), taskId, patch, Date.now(), base)
      shown.settle(result.after.updatedAt)
      return result
    } catch (e) {
      shown.withdraw()
      throw e
    }
  }

  return {
    context,
    contextReady,
    where,
    latest,
    agreement,
    agreementId,
    agreementError,
    ensureAgreementId,
    records,
    recordsError,
    readOnly,
    targets,
    decisions,
    write,
  }
}
