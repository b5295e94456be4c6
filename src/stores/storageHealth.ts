import { defineStore } from 'pinia'
import { ref } from 'vue'

/** A storage problem that affects the whole app (another tab upgraded or deleted the data, an upgrade is blocked). */
export const useStorageHealth = defineStore('storageHealth', () => {
  const problem = ref<string | null>(null)
  function report(message: string): void {
    problem.value = message
  }
  function clear(): void {
    problem.value = null
  }
  return { problem, report, clear }
})
