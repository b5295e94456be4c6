import { computed } from 'vue'
import type { TextLimit } from '@/domain/textLimits'

/** What a form field shows around its control besides the label, each under `<id>-hint`, `-limit`, `-error`. */
export interface FieldParts {
  id: string
  hint?: string
  error?: string
  /** The text's limit from its schema: past it, a message at the field says by how much (the text is never cut). */
  limit?: TextLimit | null
}

/** The control's `aria-describedby`: the ids of the parts the field shows now, or none. */
export function useDescribedBy(field: FieldParts) {
  return computed(
    () =>
      [field.hint && `${field.id}-hint`, field.limit && `${field.id}-limit`, field.error && `${field.id}-error`]
        .filter(Boolean)
        .join(' ') || undefined,
  )
}
