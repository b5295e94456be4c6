import { describe, expect, it } from 'vitest'
import { anyWontDo, wontDoBySchool, wontDoTaskIds } from '@/domain/wontDo'

const decisions = [
  { taskId: 'lunch', choice: 'wont' as const },
  { taskId: 'cycles', choice: 'will' as const },
  { taskId: 'plc', choice: 'wont' as const },
]

describe('wont-do tasks', () => {
  it('reads the won’t-do decisions of one agreement', () => {
    expect([...wontDoTaskIds(decisions)]).toEqual(['lunch', 'plc'])
    expect(wontDoTaskIds([]).size).toBe(0)
  })
  it('per school, and across schools', () => {
    const bySchool = wontDoBySchool(
      new Map([
        ['lincoln', { decisions }],
        ['washington', { decisions: [{ taskId: 'duty', choice: 'wont' as const }] }],
      ]),
    )
    expect([...bySchool.get('lincoln')!]).toEqual(['lunch', 'plc'])
    expect([...bySchool.get('washington')!]).toEqual(['duty'])
    expect([...anyWontDo(bySchool)].sort()).toEqual(['duty', 'lunch', 'plc'])
  })
})
