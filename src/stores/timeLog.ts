import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * Rows the coach added to the timesheet with "Add a row", per school. UI state only: once a
 * row has hours it is shown from the stored entries anyway; an added row stays on the sheet
 * as the coach moves between weeks until it is removed or the page is reloaded.
 */
export const useTimeLogStore = defineStore('timeLog', () => {
  const addedRows = ref<Record<string, string[]>>({})

  function rowsFor(schoolId: string): string[] {
    return addedRows.value[schoolId] ?? []
  }

  function addRow(schoolId: string, rowKey: string): void {
    const list = rowsFor(schoolId)
    if (!list.includes(rowKey)) addedRows.value = { ...addedRows.value, [schoolId]: [...list, rowKey] }
  }

  function removeRow(schoolId: string, rowKey: string): void {
    addedRows.value = { ...addedRows.value, [schoolId]: rowsFor(schoolId).filter((k) => k !== rowKey) }
  }

  return { addedRows, rowsFor, addRow, removeRow }
})
