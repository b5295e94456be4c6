import { ref } from 'vue'

/**
 * Whether the projected meeting hides the task's note and who does it instead, while the screen is
 * shared. Kept for this visit only (module state): a reload shows them again.
 */
export const notesHidden = ref(false)
