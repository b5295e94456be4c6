import { ref, toValue, type MaybeRefOrGetter } from 'vue'

export interface GridPosition {
  row: number
  col: number
}

/** What a key pressed in a grid cell asks for. */
export type GridKeyAction =
  | { kind: 'move'; to: GridPosition }
  /** F2: the caret keys move inside the text until it reaches the edge. */
  | { kind: 'edit' }
  /** Tab: the browser moves on, once the cell's typing is saved. */
  | { kind: 'leave' }
  /** Escape: the typing is thrown away. */
  | { kind: 'discard' }
  | null

export interface CaretState {
  /** Edit mode (after a click into the text or F2) rather than entry mode (reached by keyboard). */
  editing: boolean
  atStart: boolean
  atEnd: boolean
}

/**
 * Spreadsheet keys: arrows and Enter move (Shift+Enter up); in entry mode left / right move to
 * the next cell even after typing, in edit mode only once the caret is at the edge of the text.
 */
export function gridKeyAction(key: { key: string; shiftKey: boolean }, at: GridPosition, caret: CaretState): GridKeyAction {
  const { row, col } = at
  switch (key.key) {
    case 'ArrowUp':
      return { kind: 'move', to: { row: row - 1, col } }
    case 'ArrowDown':
      return { kind: 'move', to: { row: row + 1, col } }
    case 'Enter':
      return { kind: 'move', to: { row: key.shiftKey ? row - 1 : row + 1, col } }
    case 'ArrowLeft':
      return !caret.editing || caret.atStart ? { kind: 'move', to: { row, col: col - 1 } } : null
    case 'ArrowRight':
      return !caret.editing || caret.atEnd ? { kind: 'move', to: { row, col: col + 1 } } : null
    case 'F2':
      return { kind: 'edit' }
    case 'Tab':
      return { kind: 'leave' }
    case 'Escape':
      return { kind: 'discard' }
    default:
      return null
  }
}

/** The cell a key was pressed in, as the grid sees it. */
export interface GridCell {
  /** Saves the typing, if any; false when it was refused (focus stays on the cell). */
  commit(): boolean
  /** Throws the typing away. */
  discard(): void
  /** The saved value as the cell shows it. */
  savedText(): string
}

const allSelected = (el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length
const caretOf = (el: HTMLInputElement, editing: boolean): CaretState => ({
  editing,
  atStart: allSelected(el) || (el.selectionStart === 0 && el.selectionEnd === 0),
  atEnd: allSelected(el) || (el.selectionStart === el.value.length && el.selectionEnd === el.value.length),
})

/**
 * Keyboard movement for a grid of text inputs marked `data-row` / `data-col` inside `container`.
 * A cell reached by keyboard is in entry mode; clicking into its text or F2 switches to edit mode.
 */
export function useGridKeyboard(options: {
  container: MaybeRefOrGetter<HTMLElement | null>
  rows: MaybeRefOrGetter<number>
  cols: MaybeRefOrGetter<number>
}) {
  const editing = ref(false)

  function focusCell({ row, col }: GridPosition) {
    const r = Math.min(Math.max(row, 0), toValue(options.rows) - 1)
    const c = Math.min(Math.max(col, 0), toValue(options.cols) - 1)
    toValue(options.container)?.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`)?.focus()
  }

  /**
   * Puts the saved value back in the cell and selects it, now rather than at the next render:
   * selecting the refused text and letting the render replace it afterwards would leave the caret
   * at the end, and the next keystroke would be added to the old value (1 then "2" became 12).
   */
  function showSaved(input: HTMLInputElement, cell: GridCell) {
    input.value = cell.savedText()
    input.select()
  }

  function onKeydown(event: KeyboardEvent, at: GridPosition, cell: GridCell) {
    const input = event.target as HTMLInputElement
    const action = gridKeyAction(event, at, caretOf(input, editing.value))
    if (!action) return
    if (action.kind === 'edit') editing.value = true
    else if (action.kind === 'leave') {
      // A refused value keeps focus on its cell, next to its message, instead of moving on.
      if (!cell.commit()) {
        event.preventDefault()
        showSaved(input, cell)
      }
    } else if (action.kind === 'discard') {
      cell.discard()
      showSaved(input, cell)
    } else {
      event.preventDefault()
      if (!cell.commit()) showSaved(input, cell)
      else focusCell(action.to)
    }
  }

  function onFocus(event: FocusEvent) {
    editing.value = false
    ;(event.target as HTMLInputElement).select()
  }

  return { editing, onKeydown, onFocus, onMouseup: () => (editing.value = true) }
}
