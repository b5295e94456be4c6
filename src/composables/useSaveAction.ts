import { ref } from 'vue'
import { describeStorageError } from '@/db/errors'
import { RecordValidationError } from '@/domain/validation'
import { useAppStore } from '@/stores/app'

export type FieldErrors = Record<string, string>

export interface SaveActionOptions {
  /**
   * Show a RecordValidationError at its fields (in `fieldErrors`) instead of as a message;
   * a function maps the record's field paths to the form's own names. Cleared when a run succeeds.
   */
  fields?: boolean | ((byField: FieldErrors) => FieldErrors)
  /**
   * Where a failure's sentence goes: announced as danger (the default), kept in `error` for
   * the form to show ('inline', cleared when a run starts), or handed to the site's own channel.
   */
  report?: 'announce' | 'inline' | ((message: string) => void)
  /** The sentence for a failure; by default the storage error's own. */
  describe?: (error: unknown) => string
  /** A failure the site deals with itself (a conflict, a refusal): return true and nothing else happens. */
  handle?: (error: unknown) => boolean
}

export interface RunOptions<T> {
  /** Announced as a success once the action is done; a function gets the action's answer. */
  success?: string | ((value: T) => string)
}

/**
 * The busy flag and the catch block every save shares: the action runs, and whatever it throws
 * becomes field errors or a sentence the coach can act on. `run` never throws; it resolves to
 * whether the action succeeded.
 */
export function useSaveAction(options: SaveActionOptions = {}) {
  const busy = ref(false)
  const error = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})
  const { fields = false, report = 'announce', describe = describeStorageError, handle } = options

  function fail(e: unknown): void {
    if (handle?.(e)) return
    if (fields && e instanceof RecordValidationError) {
      fieldErrors.value = typeof fields === 'function' ? fields(e.byField) : e.byField
      return
    }
    const message = describe(e)
    if (report === 'inline') error.value = message
    // The store is looked up only now, so a site with its own channel needs no store at all.
    else if (report === 'announce') useAppStore().announce('danger', message)
    else report(message)
  }

  async function run<T>(action: () => Promise<T>, runOptions: RunOptions<T> = {}): Promise<boolean> {
    busy.value = true
    if (report === 'inline') error.value = null
    try {
      const value = await action()
      if (fields) fieldErrors.value = {}
      const { success } = runOptions
      if (success !== undefined) useAppStore().announce('success', typeof success === 'function' ? success(value) : success)
      return true
    } catch (e) {
      fail(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, error, fieldErrors, run }
}
