import { defineStore } from 'pinia'
import { ref } from 'vue'
import { hasUnsavedText, settleSaves } from '@/db/pendingSaves'

/**
 * A new version of the app, offered to the user and never forced on them. The page reloads only
 * when the user chooses "Update now", and only after every save has landed: never while a save is
 * running, never over text that cannot be saved yet, and never because another tab updated.
 */
export type UpdateStage = 'none' | 'ready' | 'saving' | 'unsaved' | 'updating'

export interface UpdateHooks {
  reload: () => void
  settleSaves: () => Promise<void>
  hasUnsavedText: () => boolean
  /** How long to wait for the new version to take over before reloading anyway. */
  takeOverTimeoutMs: number
}

const defaultHooks: UpdateHooks = { reload: () => location.reload(), settleSaves, hasUnsavedText, takeOverTimeoutMs: 4000 }

export const useAppUpdate = defineStore('appUpdate', () => {
  const stage = ref<UpdateStage>('none')
  const hidden = ref(false)
  let hooks = defaultHooks
  /** Asks the waiting version to take over; absent once it already has (from another tab). */
  let activate: (() => Promise<void>) | null = null
  let askedHere = false

  function configure(overrides: Partial<UpdateHooks>) {
    hooks = { ...defaultHooks, ...overrides }
  }

  /** A new version is installed and waiting for this page's go-ahead. */
  function offer(activateWaiting: () => Promise<void>) {
    activate = activateWaiting
    if (stage.value === 'none') stage.value = 'ready'
    hidden.value = false
  }

  /**
   * The new version now controls this page. When this page asked, it reloads (its saves have
   * landed); when another tab asked, the user may be typing here: offer the reload instead.
   */
  function tookOver() {
    activate = null
    if (askedHere) {
      hooks.reload()
      return
    }
    if (stage.value === 'none') stage.value = 'ready'
    hidden.value = false
  }

  /** The user chose "Update now": an explicit choice, carried out once nothing would be lost. */
  async function update() {
    if (stage.value === 'saving' || stage.value === 'updating') return
    stage.value = 'saving'
    await hooks.settleSaves()
    if (hooks.hasUnsavedText()) {
      stage.value = 'unsaved'
      return
    }
    stage.value = 'updating'
    askedHere = true
    if (!activate) {
      hooks.reload()
      return
    }
    await activate()
    // Normally tookOver() reloads first; if the new version never says so, reload anyway.
    setTimeout(() => hooks.reload(), hooks.takeOverTimeoutMs)
  }

  function later() {
    hidden.value = true
  }

  return { stage, hidden, configure, offer, tookOver, update, later }
})
