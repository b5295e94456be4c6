import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MeetingFilter } from '@/domain/meeting/navigation'
import { pushUndo, type UndoEntry } from '@/domain/meeting/undo'
import { readMeetingPositions, saveMeetingPositions } from '@/db/preferences'

/**
 * UI state of the meeting screen. Decisions themselves live in IndexedDB; this holds only where
 * the meeting is (also kept in the address bar, and here in localStorage so reopening the app
 * without it still resumes at the same task), the list filter, and the undo history of this visit.
 */
export const useMeetingStore = defineStore('meeting', () => {
  const filter = ref<MeetingFilter>('all')
  const undoStack = ref<UndoEntry[]>([])
  const positions = ref<Record<string, string>>(readMeetingPositions())

  /** `key` names the agreement's school and school year. */
  function rememberPosition(key: string, taskId: string): void {
    if (positions.value[key] === taskId) return
    positions.value = { ...positions.value, [key]: taskId }
    saveMeetingPositions(positions.value)
  }

  function pushUndoEntry(entry: UndoEntry): void {
    undoStack.value = pushUndo(undoStack.value, entry)
  }

  /** The latest change for this agreement, removed from the history. */
  function popUndo(agreementId: string): UndoEntry | undefined {
    for (let i = undoStack.value.length - 1; i >= 0; i -= 1) {
      const entry = undoStack.value[i]
      if (entry?.agreementId === agreementId) {
        undoStack.value = undoStack.value.filter((_, j) => j !== i)
        return entry
      }
    }
    return undefined
  }

  function canUndo(agreementId: string | undefined): boolean {
    return !!agreementId && undoStack.value.some((e) => e.agreementId === agreementId)
  }

  return { filter, undoStack, positions, rememberPosition, pushUndoEntry, popUndo, canUndo }
})
