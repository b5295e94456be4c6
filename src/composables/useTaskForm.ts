import { reactive } from 'vue'
import type { TaskInput } from '@/db/meeting'
import { allFit, TEXT_LIMITS } from '@/domain/textLimits'
import { useSaveAction } from './useSaveAction'

/**
 * A task's wording and bucket as a form (adding a task, editing one): text over a limit keeps its
 * message at the field and nothing is saved until it fits; a refused record shows at its fields.
 */
export function useTaskForm(initial: TaskInput) {
  const form = reactive<TaskInput>({ ...initial })
  const { fieldErrors, run } = useSaveAction({ fields: true })
  const fits = () =>
    allFit([
      [form.title, TEXT_LIMITS.taskTitle],
      [form.description, TEXT_LIMITS.taskDescription],
    ])

  /** Saves a copy of the form; resolves to whether it was saved (and `success` announced). */
  async function submit<T>(save: (input: TaskInput) => Promise<T>, success: (saved: T) => string): Promise<boolean> {
    if (!fits()) return false
    return run(() => save({ ...form }), { success })
  }

  return { form, errors: fieldErrors, submit }
}
