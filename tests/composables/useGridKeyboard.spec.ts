import { describe, expect, it } from 'vitest'
import { gridKeyAction } from '@/composables/useGridKeyboard'

const at = { row: 2, col: 3 }
const entry = { editing: false, atStart: false, atEnd: false }
const editingMid = { editing: true, atStart: false, atEnd: false }
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey })

describe('gridKeyAction', () => {
  it('moves with the arrows and Enter like a spreadsheet, Shift+Enter going up', () => {
    expect(gridKeyAction(key('ArrowUp'), at, entry)).toEqual({ kind: 'move', to: { row: 1, col: 3 } })
    expect(gridKeyAction(key('ArrowDown'), at, entry)).toEqual({ kind: 'move', to: { row: 3, col: 3 } })
    expect(gridKeyAction(key('Enter'), at, entry)).toEqual({ kind: 'move', to: { row: 3, col: 3 } })
    expect(gridKeyAction(key('Enter', true), at, entry)).toEqual({ kind: 'move', to: { row: 1, col: 3 } })
    expect(gridKeyAction(key('ArrowLeft'), at, entry)).toEqual({ kind: 'move', to: { row: 2, col: 2 } })
    expect(gridKeyAction(key('ArrowRight'), at, entry)).toEqual({ kind: 'move', to: { row: 2, col: 4 } })
  })

  it('in edit mode, left and right move the caret until it reaches the edge of the text', () => {
    expect(gridKeyAction(key('ArrowLeft'), at, editingMid)).toBeNull()
    expect(gridKeyAction(key('ArrowRight'), at, editingMid)).toBeNull()
    expect(gridKeyAction(key('ArrowLeft'), at, { ...editingMid, atStart: true })).toEqual({ kind: 'move', to: { row: 2, col: 2 } })
    expect(gridKeyAction(key('ArrowRight'), at, { ...editingMid, atEnd: true })).toEqual({ kind: 'move', to: { row: 2, col: 4 } })
    // Up and down always move, as in a spreadsheet.
    expect(gridKeyAction(key('ArrowDown'), at, editingMid)).toEqual({ kind: 'move', to: { row: 3, col: 3 } })
  })

  it('F2 edits, Tab leaves, Escape discards, and other keys are typing', () => {
    expect(gridKeyAction(key('F2'), at, entry)).toEqual({ kind: 'edit' })
    expect(gridKeyAction(key('Tab'), at, entry)).toEqual({ kind: 'leave' })
    expect(gridKeyAction(key('Tab', true), at, entry)).toEqual({ kind: 'leave' })
    expect(gridKeyAction(key('Escape'), at, entry)).toEqual({ kind: 'discard' })
    for (const k of ['1', '.', 'Backspace', 'Home', 'a']) expect(gridKeyAction(key(k), at, entry)).toBeNull()
  })
})
