/** Undo: the UI keeps a stack of what each decision looked like before it was changed. */
import { type Decision, type DecisionChoice } from '../schemas'

/** The editable part of a decision; what undo restores. */
export interface DecisionFields {
  choice: DecisionChoice
  note: string
  insteadBy: string
  weeklyHours: number | null
}

export const EMPTY_DECISION: Readonly<DecisionFields> = Object.freeze({ choice: 'undecided', note: '', insteadBy: '', weeklyHours: null })

export function decisionFields(decision: Decision | undefined): DecisionFields {
  if (!decision) return { ...EMPTY_DECISION }
  return { choice: decision.choice, note: decision.note, insteadBy: decision.insteadBy, weeklyHours: decision.weeklyHours }
}

export interface UndoEntry {
  agreementId: string
  taskId: string
  taskTitle: string
  before: DecisionFields
}

export const UNDO_LIMIT = 100

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack, entry].slice(-UNDO_LIMIT)
}
