import { nextTick, onBeforeUnmount, ref, toRaw, watch, type Ref } from 'vue'
import { saveSection } from '@/db/agreements'
import { describeStorageError } from '@/db/errors'
import { readSections, type SectionId, type Sections } from '@/domain/agreementSections'
import type { Agreement } from '@/domain/schemas'
import { RecordValidationError } from '@/domain/validation'
import { useAppStore } from '@/stores/app'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/** Saves waiting for their debounce; signing and exporting flush them first so nothing typed is lost. */
const pending = new Set<() => Promise<void>>()
export async function flushSectionSaves(): Promise<void> {
  await Promise.all([...pending].map((save) => save()))
}

const SAVE_DELAY_MS = 400

/**
 * A local, editable copy of one section of a draft that saves itself shortly after each
 * change. Validation problems stay next to the field and the typed text stays in place.
 */
export function useSectionDraft<K extends SectionId>(agreement: Ref<Agreement>, id: K) {
  const app = useAppStore()
  const read = () => structuredClone(readSections(agreement.value.sections)[id])
  const model = ref(read()) as Ref<Sections[K]>
  const state = ref<SaveState>('idle')
  const errors = ref<Record<string, string>>({})
  let timer: ReturnType<typeof setTimeout> | undefined
  let loading = false

  async function save(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    pending.delete(save)
    state.value = 'saving'
    try {
      // structuredClone cannot copy Vue's proxies; the raw object underneath is plain data.
      await saveSection(agreement.value.id, id, structuredClone(toRaw(model.value)))
      errors.value = {}
      state.value = 'saved'
    } catch (e) {
      state.value = 'error'
      if (e instanceof RecordValidationError) errors.value = e.byField
      else app.announce('danger', describeStorageError(e))
    }
  }

  // A different version was opened: start again from what it stores.
  watch(() => agreement.value.id, () => {
    loading = true
    model.value = read()
    state.value = 'idle'
    errors.value = {}
    void nextTick(() => { loading = false })
  })

  watch(model, () => {
    if (loading || agreement.value.status !== 'draft') return
    state.value = 'pending'
    clearTimeout(timer)
    pending.add(save)
    timer = setTimeout(() => void save(), SAVE_DELAY_MS)
  }, { deep: true })

  onBeforeUnmount(() => { if (timer) void save() })

  return { model, state, errors, save }
}
