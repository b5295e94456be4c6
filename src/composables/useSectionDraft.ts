import { computed, nextTick, onBeforeUnmount, ref, toRaw, watch, type Ref } from 'vue'
import { saveSectionFields } from '@/db/agreements'
import { describeStorageError } from '@/db/errors'
import { registerSaveFlusher, registerUnsavedText } from '@/db/pendingSaves'
import { readSections, type SectionId, type Sections } from '@/domain/agreementSections'
import { changedFields, pathKey, sameValue, valueAt, withValueAt, type FieldPath } from '@/domain/fieldMerge'
import type { Agreement } from '@/domain/schemas'
import { charactersOver, sectionTextLimit } from '@/domain/textLimits'
import { problemsByField } from '@/domain/validation'
import { useAppStore } from '@/stores/app'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/** Saves waiting for their debounce; signing and exporting flush them first so nothing typed is lost. */
const pending = new Set<() => Promise<void>>()
export async function flushSectionSaves(): Promise<void> {
  await Promise.all([...pending].map((save) => save()))
}

/** Open sections that hold text they cannot save yet (over a limit, or changed in another tab). */
const unsavable = new Map<symbol, { id: SectionId; blocked: () => boolean }>()
export function sectionsNotSaved(): SectionId[] {
  return [...unsavable.values()].filter((s) => s.blocked()).map((s) => s.id)
}
// An app update flushes the delayed saves and waits while a section holds text it cannot save.
registerSaveFlusher(flushSectionSaves)
registerUnsavedText(() => sectionsNotSaved().length > 0)

const SAVE_DELAY_MS = 400
// structuredClone cannot copy Vue's proxies; the raw object underneath is plain data.
const clone = <T>(v: T): T => structuredClone(toRaw(v))
const deepRaw = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/**
 * A local, editable copy of one section of a draft that saves itself shortly after each change,
 * field by field. `base` is the section as this tab last read it from the store, so:
 *  - a field changed in another tab shows here at once, unless it is being edited here;
 *  - a save writes only the fields changed here, each refused if the stored value moved on
 *    since `base` (then `conflicts` holds their value until the user keeps mine or theirs);
 *  - a text over its limit, or a field the schema refuses, stays as typed and is not saved.
 */
export function useSectionDraft<K extends SectionId>(agreement: Ref<Agreement>, id: K) {
  const app = useAppStore()
  const read = () => structuredClone(readSections(agreement.value.sections)[id])
  const model = ref(read()) as Ref<Sections[K]>
  let base: Sections[K] = read()
  const state = ref<SaveState>('idle')
  const errors = ref<Record<string, string>>({})
  const conflicts = ref<Record<string, { path: FieldPath; theirs: unknown }>>({})
  let timer: ReturnType<typeof setTimeout> | undefined
  let loading = false

  const overLimit = (path: FieldPath) => {
    const value = valueAt(model.value, path)
    return typeof value === 'string' && charactersOver(value, sectionTextLimit(id, path)) > 0
  }
  /** Fields changed here and not yet stored. */
  const unsaved = () => changedFields(base, deepRaw(model.value))
  const blocked = computed(() => unsaved().some((p) => overLimit(p) || pathKey(p) in conflicts.value))

  /** Sets one field of the local copy in place, so the inputs of other fields are left alone. */
  function setField(path: FieldPath, value: unknown) {
    const parents = path.slice(0, -1)
    const last = path.at(-1)
    if (last === undefined) return
    let at = model.value as Record<string, unknown>
    for (const key of parents) {
      if (typeof at[key] !== 'object' || at[key] === null) at[key] = {}
      at = at[key] as Record<string, unknown>
    }
    at[last] = clone(value)
  }

  async function save(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    pending.delete(save)
    const edited = deepRaw(model.value)
    const ready = unsaved().filter((p) => !overLimit(p) && !(pathKey(p) in conflicts.value))
    if (!ready.length) {
      state.value = blocked.value ? 'error' : state.value === 'pending' ? 'saved' : state.value
      return
    }
    state.value = 'saving'
    try {
      const changes = ready.map((path) => ({ path, base: valueAt(base, path), value: valueAt(edited, path) }))
      const result = await saveSectionFields(agreement.value.id, id, changes)
      for (const path of result.applied) base = withValueAt(base, path, valueAt(edited, path))
      const next = { ...conflicts.value }
      for (const c of result.conflicts) next[pathKey(c.path)] = { path: c.path, theirs: c.theirs }
      conflicts.value = next
      const saved = new Set(result.applied.map(pathKey))
      const kept = Object.fromEntries(
        Object.entries(errors.value).filter(([field]) => ![...saved].some((s) => field === s || field.startsWith(`${s}.`))),
      )
      errors.value = { ...kept, ...problemsByField(result.problems) }
      state.value = result.conflicts.length || result.problems.length || blocked.value ? 'error' : 'saved'
    } catch (e) {
      state.value = 'error'
      app.announce('danger', describeStorageError(e))
    }
  }

  function schedule() {
    state.value = 'pending'
    clearTimeout(timer)
    pending.add(save)
    timer = setTimeout(() => void save(), SAVE_DELAY_MS)
  }

  /** The user's answer to a conflict: write their own text over the other one, or take the other one. */
  function keep(key: string, which: 'mine' | 'theirs') {
    const conflict = conflicts.value[key]
    if (!conflict) return
    const rest = { ...conflicts.value }
    delete rest[key]
    conflicts.value = rest
    base = withValueAt(base, conflict.path, clone(conflict.theirs))
    if (which === 'theirs') {
      setField(conflict.path, conflict.theirs)
      state.value = blocked.value ? 'error' : 'saved'
    } else schedule()
  }

  // A different version was opened: start again from what it stores.
  watch(
    () => agreement.value.id,
    () => {
      loading = true
      model.value = read()
      base = read()
      state.value = 'idle'
      errors.value = {}
      conflicts.value = {}
      void nextTick(() => {
        loading = false
      })
    },
  )

  // The stored section changed (another tab, or this tab's own save): show what is new, field by
  // field, without touching a field being edited here.
  watch(
    () => agreement.value.sections[id],
    () => {
      const stored = read()
      const edited = deepRaw(model.value)
      for (const path of changedFields(base, stored)) {
        const theirs = valueAt(stored, path)
        const mine = valueAt(edited, path)
        const key = pathKey(path)
        if (sameValue(mine, valueAt(base, path)) || sameValue(mine, theirs)) {
          base = withValueAt(base, path, theirs)
          if (!sameValue(mine, theirs)) setField(path, theirs)
          if (key in conflicts.value) {
            const rest = { ...conflicts.value }
            delete rest[key]
            conflicts.value = rest
          }
        } else if (key in conflicts.value) {
          conflicts.value = { ...conflicts.value, [key]: { path, theirs } }
        }
      }
    },
    { deep: true },
  )

  watch(
    model,
    () => {
      if (loading || agreement.value.status !== 'draft') return
      if (!unsaved().length) return
      schedule()
    },
    { deep: true },
  )

  const me = Symbol(id)
  unsavable.set(me, { id, blocked: () => blocked.value })
  onBeforeUnmount(() => {
    unsavable.delete(me)
    if (timer) void save()
  })

  return { model, state, errors, conflicts, keep, save }
}
