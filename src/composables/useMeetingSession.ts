import { computed, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { linkedTask } from '@/router/query'
import { describeStorageError } from '@/db/errors'
import { FieldConflictError } from '@/domain/fieldMerge'
import { insteadSuggestions } from '@/domain/meeting/answers'
import { CHOICE_LABELS, choiceOf, orderMeetingItems, type MeetingItem } from '@/domain/meeting/items'
import { resumeIndex, stepIndex } from '@/domain/meeting/navigation'
import { meetingProgress, progressText } from '@/domain/meeting/progress'
import { projectMeeting } from '@/domain/meeting/summary'
import { decisionFields, type DecisionFields } from '@/domain/meeting/undo'
import type { DecisionChoice } from '@/domain/schemas'
import { signedMeetingRecords } from '@/domain/signedMeeting'
import { useMeetingStore } from '@/stores/meeting'
import { useMeetingAgreement } from './useMeetingAgreement'

/**
 * Everything the meeting screen needs, in one place: the open agreement and its decisions (see
 * `useMeetingAgreement`), the position in the list (kept on this device), and the actions:
 * decide, edit, move, undo. Announcements go to `announcement` for a live region.
 */
export function useMeetingSession() {
  const route = useRoute()
  const store = useMeetingStore()
  const {
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
  } = useMeetingAgreement()
  // A signed version is listed from its snapshot, never from task records that may have changed since.
  const signedRecords = computed(() => {
    const a = agreement.value
    return a?.status === 'signed' && a.snapshot ? signedMeetingRecords(a.snapshot, a.id) : null
  })
  const items = computed<MeetingItem[]>(() =>
    signedRecords.value
      ? orderMeetingItems(signedRecords.value.tasks, signedRecords.value.decisions, { signed: true })
      : orderMeetingItems(records.value?.tasks ?? [], decisions.value, { signed: readOnly.value }),
  )
  const progress = computed(() => meetingProgress(items.value))
  const projection = computed(() => projectMeeting(items.value, targets.value))
  const suggestions = computed(() => insteadSuggestions(records.value?.earlierInstead ?? []))
  const loading = computed(
    () =>
      !contextReady.value ||
      (!!context.value?.school && (!records.value || latest.value === undefined) && !agreementError.value && !recordsError.value),
  )

  // Position: a task named in the address (a deep link) wins once, then the position kept on this
  // device for this agreement, then the first open task. Moving never touches the address: a
  // navigation per keypress would be slower and would move focus back to the page heading.
  // Kept per school and school year, so a revision continues where the meeting was.
  const positionKey = computed(() => (where.value ? `${where.value.schoolId}|${where.value.schoolYearId}` : undefined))
  const linkedTaskId = linkedTask(route.query)
  const position = ref<string | null>(linkedTaskId)
  const currentIndex = computed(() => {
    const id = position.value ?? (positionKey.value ? store.positions[positionKey.value] : null)
    return resumeIndex(items.value, id)
  })
  const current = computed(() => items.value[currentIndex.value])
  watch([current, positionKey], ([item, key]) => {
    if (item && key) store.rememberPosition(key, item.task.id)
  })

  const announcement = ref('')
  function announce(text: string) {
    // Re-setting identical text would not be announced again; a trailing space makes it new.
    announcement.value = announcement.value === text ? `${text} ` : text
  }

  function goTo(index: number) {
    const item = items.value[index]
    if (!item) return
    position.value = item.task.id
    if (positionKey.value) store.rememberPosition(positionKey.value, item.task.id)
  }

  function move(direction: 1 | -1): boolean {
    const next = stepIndex(items.value, currentIndex.value, direction, store.filter)
    if (next === currentIndex.value) {
      const where = store.filter === 'all' ? 'in the list' : 'matching the filter'
      const open = progress.value.undecided + progress.value.discuss
      announce(
        direction === 1
          ? `This is the last task ${where}.${open ? '' : ' Every task has an answer: open the Summary to review the plan.'}`
          : `This is the first task ${where}.`,
      )
      return false
    }
    goTo(next)
    return true
  }

  // Changes still being written: undo waits for them, so U pressed straight after D undoes that D.
  const inFlight = new Set<Promise<boolean>>()
  /** How many changes are shown but not yet stored: the screen says "Saving…" until none are. */
  const writesInFlight = ref(0)

  /**
   * Writes a change to one task's decision, shown at once (before any await); resolves once it is
   * stored, or false when it was not. With `base` (the values the fields were edited from), a
   * field another tab changed meanwhile is not overwritten: `onConflict` hears of it instead.
   */
  function change(
    item: MeetingItem,
    patch: Partial<DecisionFields>,
    base?: Partial<DecisionFields>,
    onConflict?: (e: FieldConflictError) => void,
  ): Promise<boolean> {
    const writing = writeChange(item, patch, base, onConflict)
    inFlight.add(writing)
    writesInFlight.value = inFlight.size
    void writing.finally(() => {
      inFlight.delete(writing)
      writesInFlight.value = inFlight.size
    })
    return writing
  }

  async function writeChange(
    item: MeetingItem,
    patch: Partial<DecisionFields>,
    base?: Partial<DecisionFields>,
    onConflict?: (e: FieldConflictError) => void,
  ): Promise<boolean> {
    if (readOnly.value || !agreement.value) return false
    try {
      const result = await write(ensureAgreementId, item.task.id, { ...decisionFields(item.decision), ...patch }, patch, base)
      if (patch.choice !== undefined && patch.choice !== result.before.choice) {
        store.pushUndoEntry({
          agreementId: result.after.agreementId,
          taskId: item.task.id,
          taskTitle: item.task.title,
          before: result.before,
        })
      }
      return true
    } catch (e) {
      if (e instanceof FieldConflictError && onConflict) {
        onConflict(e)
        announce(e.message)
      } else announce(describeStorageError(e))
      return false
    }
  }

  /** Decides the current task; the choice is shown before this returns its promise. */
  async function decide(choice: DecisionChoice): Promise<boolean> {
    const item = current.value
    if (!item) return false
    if (readOnly.value) {
      announce('This agreement is signed, so its decisions cannot change here. Start a revision from the Agreement page.')
      return false
    }
    const saved = await change(item, { choice })
    if (saved) {
      const p = meetingProgress(items.value)
      announce(`${CHOICE_LABELS[choice]}: ${item.task.title}. ${progressText(p)}.`)
    }
    return saved
  }

  async function undo(): Promise<void> {
    const writing = [...inFlight]
    if (writing.length) await Promise.allSettled(writing)
    if (readOnly.value) return
    // The very first decision creates the draft; the live query may not have brought its id yet.
    const id = agreementId.value ?? (writing.length ? await ensureAgreementId() : undefined)
    if (!id) return
    const entry = store.popUndo(id)
    if (!entry) {
      announce('Nothing to undo.')
      return
    }
    const item = items.value.find((i) => i.task.id === entry.taskId)
    if (!item) {
      announce(`“${entry.taskTitle}” is no longer in the meeting, so it was not changed.`)
      return
    }
    try {
      await write(entry.agreementId, entry.taskId, { ...entry.before }, entry.before)
      goTo(items.value.findIndex((i) => i.task.id === entry.taskId))
      announce(
        `Undone. ${entry.taskTitle} is back to ${CHOICE_LABELS[entry.before.choice].toLowerCase()}. ${progressText(meetingProgress(items.value))}.`,
      )
    } catch (e) {
      store.pushUndoEntry(entry)
      announce(describeStorageError(e))
    }
  }

  return {
    context,
    agreementId,
    ensureAgreementId,
    tasks: computed(() => records.value?.tasks ?? []),
    agreement,
    readOnly,
    targets,
    items,
    progress,
    projection,
    suggestions,
    loading,
    error: computed(() => agreementError.value ?? recordsError.value),
    currentIndex,
    current,
    announcement,
    writesInFlight,
    announce,
    goTo,
    move,
    change,
    decide,
    undo,
    canUndo: computed(() => store.canUndo(agreementId.value)),
    choiceOf,
  }
}

export type MeetingSession = ReturnType<typeof useMeetingSession>
