import { computed, ref, watch } from 'vue'
import { parseWeeklyHours } from '@/domain/hours'
import { hoursText } from '@/domain/meeting/answers'
import type { MeetingItem } from '@/domain/meeting/items'
import type { DecisionFields } from '@/domain/meeting/undo'
import { charactersOver, TEXT_LIMITS, type TextLimit } from '@/domain/textLimits'
import { unsavedText } from './meetingUnsavedText'

export type DecisionTextField = 'insteadBy' | 'note'
/** The follow-up fields a decision carries besides its choice. */
export type DecisionField = 'weeklyHours' | DecisionTextField
type Then = 'stay' | 'next'

export const DECISION_LIMITS: Record<DecisionTextField, TextLimit> = { insteadBy: TEXT_LIMITS.insteadBy, note: TEXT_LIMITS.decisionNote }
export const DECISION_LABELS: Record<DecisionField, string> = {
  insteadBy: 'Who will do it instead',
  note: 'Note',
  weeklyHours: 'Estimated hours per week',
}
/** How each field's element ids start (`hours-<task>`, `instead-<task>-hint` ...). */
const ID_PREFIX: Record<DecisionField, string> = { weeklyHours: 'hours', insteadBy: 'instead', note: 'note' }

export interface DecisionFieldsOutput {
  /**
   * Carries the task id: a field's blur can fire while the panel is already leaving its task.
   * `base` is the stored value the field was edited from, so a change another tab made
   * meanwhile is reported instead of overwritten.
   */
  save: (taskId: string, patch: Partial<DecisionFields>, then: Then, base: Partial<DecisionFields>) => void
  /** Nothing changed, but the user asked to go on to the next task. */
  next: () => void
}

/**
 * The local text of a decision's follow-up fields (hours, who instead, note): read from the stored
 * decision, checked and saved on Enter or blur, and kept apart from another tab's change of the same
 * field until the user chooses between them.
 */
export function useDecisionFields(item: () => MeetingItem, out: DecisionFieldsOutput) {
  const taskId = computed(() => item().task.id)
  const hours = ref('')
  const hoursError = ref('')
  const instead = ref('')
  const note = ref('')
  /** The stored values the local text was last read from. */
  let base: Pick<DecisionFields, DecisionField> = { weeklyHours: null, insteadBy: '', note: '' }
  /** A save refused because another tab changed the same field first: their value, until the user chooses. */
  const conflict = ref<{ taskId: string; field: DecisionField; theirs: unknown } | null>(null)

  function stored() {
    const d = item().decision
    return { weeklyHours: d?.weeklyHours ?? null, insteadBy: d?.insteadBy ?? '', note: d?.note ?? '' }
  }

  // Local text follows the stored decision when the task changes. Text over its limit is never
  // saved, so it is kept here (per task) and comes back with its message when the task is shown again.
  function syncFromDecision() {
    base = stored()
    hours.value = hoursText(base.weeklyHours)
    instead.value = unsavedText.get(`${taskId.value}:insteadBy`) ?? base.insteadBy
    note.value = unsavedText.get(`${taskId.value}:note`) ?? base.note
    hoursError.value = ''
    if (conflict.value?.taskId !== taskId.value) conflict.value = null
  }
  watch(taskId, syncFromDecision, { immediate: true })
  // A change stored elsewhere (another tab, undo) shows at once in every field not being edited
  // here; a field being edited keeps its base, so its save is checked against the other change.
  const local = { weeklyHours: hours, insteadBy: instead, note }
  const asText = (field: DecisionField, v: unknown) => (field === 'weeklyHours' ? hoursText(v as number | null) : String(v))
  watch(
    () => item().decision?.updatedAt,
    () => {
      const now = stored()
      for (const field of ['weeklyHours', 'insteadBy', 'note'] as const) {
        const mine = local[field].value
        const theirs = asText(field, now[field])
        if (mine === asText(field, base[field]) || mine === theirs) {
          local[field].value = theirs
          base = { ...base, [field]: now[field] }
          if (conflict.value?.field === field) conflict.value = null
        } else if (conflict.value?.field === field) conflict.value = { ...conflict.value, theirs: now[field] }
      }
    },
  )

  /** Checks the typed hours; saves only valid input. */
  function commitHours(then: Then) {
    const parsed = parseWeeklyHours(hours.value)
    if (!parsed.ok) {
      hoursError.value = parsed.message
      return
    }
    hoursError.value = ''
    if (parsed.value !== base.weeklyHours) out.save(taskId.value, { weeklyHours: parsed.value }, then, { weeklyHours: base.weeklyHours })
    else if (then === 'next') out.next()
  }

  const unsavedKey = (field: DecisionTextField) => `${taskId.value}:${field}`
  function commitText(field: DecisionTextField, then: Then) {
    const value = local[field].value
    if (charactersOver(value, DECISION_LIMITS[field])) {
      unsavedText.set(unsavedKey(field), value)
      return
    } // the message at the field says why
    unsavedText.delete(unsavedKey(field))
    if (conflict.value?.field === field) return // the user chooses first
    if (value !== base[field]) out.save(taskId.value, { [field]: value }, then, { [field]: base[field] })
    else if (then === 'next') out.next()
  }

  /** Saves a field's local text if it is valid and changed (Enter or blur); `next` then moves on. */
  const commit = (field: DecisionField, then: Then) => (field === 'weeklyHours' ? commitHours(then) : commitText(field, then))

  /** Called by the screen when a save was refused: another tab changed this field first. */
  function showConflict(forTask: string, field: keyof DecisionFields, theirs: unknown) {
    if (forTask !== taskId.value || field === 'choice') return
    conflict.value = { taskId: forTask, field, theirs }
  }

  function keep(which: 'mine' | 'theirs') {
    const c = conflict.value
    if (!c) return
    conflict.value = null
    base = { ...base, [c.field]: c.theirs }
    if (which === 'theirs') local[c.field].value = asText(c.field, c.theirs)
    else commit(c.field, 'stay')
  }

  function pickSuggestion(text: string) {
    instead.value = text
    commitText('insteadBy', 'stay')
  }

  /** The open conflict with the props of its prompt, shown under the field it is about. */
  const conflictPrompt = computed(() => {
    const c = conflict.value
    if (!c) return null
    return {
      field: c.field,
      props: { id: `${ID_PREFIX[c.field]}-${taskId.value}-conflict`, label: DECISION_LABELS[c.field], theirs: c.theirs },
    }
  })

  return { taskId, hours, hoursError, instead, note, conflictPrompt, commit, showConflict, keep, pickSuggestion }
}
