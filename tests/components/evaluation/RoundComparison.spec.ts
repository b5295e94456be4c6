import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RoundComparison from '@/components/evaluation/RoundComparison.vue'
import { evaluationResponse, evaluationRound, teacherResponses } from '../../support/evaluationFixtures'

const last = evaluationRound({ id: 'round-2025', label: '2025–26' })
const now = evaluationRound({ id: 'round-2026', label: '2026–27' })

describe('RoundComparison', () => {
  it('sets the rounds’ domain means side by side, each round with its own teacher threshold', () => {
    const w = mount(RoundComparison, {
      props: {
        rounds: [
          { round: last, responses: [...teacherResponses(2, 5, [], last), evaluationResponse('self', 3, {}, last)] },
          { round: now, responses: [...teacherResponses(3, 4, [], now), evaluationResponse('self', 4, {}, now)] },
        ],
      },
    })
    const table = w.get('[data-testid="round-comparison"]')
    expect(table.get('caption').text()).toBe('Domain means by round and rater group')
    const rounds = table.findAll('th[scope="colgroup"]').map((th) => th.text())
    expect(rounds).toEqual(['2025–26', '2026–27'])
    const row = table.get('tr[data-row="trust"]')
    const at = (round: string, group: string) => row.get(`td[data-round="${round}"][data-group="${group}"]`).text()
    expect(at('round-2025', 'self')).toBe('3.00')
    // Two teachers last year: never a figure (they both gave 5).
    expect(at('round-2025', 'teacher')).toBe('Hidden')
    expect(table.text()).not.toContain('5.00')
    expect(at('round-2026', 'teacher')).toBe('4.00')
    expect(at('round-2026', 'administrator')).toBe('–')
    expect(w.get('[data-testid="comparison-hidden"]').text()).toBe(
      '2025–26: teacher results hidden, 2 teachers answered, 1 more was needed.',
    )
  })

  it('uses a raised threshold of a round', () => {
    const strict = evaluationRound({ id: 'strict', label: '2027–28', minTeachers: 4 })
    const w = mount(RoundComparison, { props: { rounds: [{ round: strict, responses: teacherResponses(3, 4, [], strict) }] } })
    expect(w.get('td[data-round="strict"][data-group="teacher"]').text()).toBe('Hidden')
  })
})
