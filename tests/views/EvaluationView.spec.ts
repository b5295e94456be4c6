import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { db } from '@/db/database'
import EvaluationView from '@/views/EvaluationView.vue'
import EvaluationRoundView from '@/views/EvaluationRoundView.vue'
import { resetDatabase } from '../support/database'
import { mountRoutes } from '../support/mountWithRouter'
import { seedFirstRun } from '../support/seed'

vi.setConfig({ testTimeout: 30_000 })
const until = <T>(check: () => T) => vi.waitFor(check, { timeout: 10_000, interval: 20 })
let wrapper: VueWrapper | undefined

async function open() {
  const mounted = await mountRoutes('/evaluation', { real: { evaluation: EvaluationView, 'evaluation-round': EvaluationRoundView } })
  wrapper = mounted.wrapper
  return mounted
}

describe('the evaluation screens', () => {
  beforeEach(async () => {
    await resetDatabase()
    await seedFirstRun()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('asks for a passphrase first, refusing two that differ, then starts a round and opens it', async () => {
    const { wrapper, router } = await open()
    await until(() => expect(wrapper.find('#coach-passphrase').exists()).toBe(true))
    expect(wrapper.find('#round-label').exists()).toBe(false)

    await wrapper.get('#coach-passphrase').setValue('maple grove 2027')
    await wrapper.get('#coach-passphrase-again').setValue('maple grove 2028')
    await wrapper.get('form').trigger('submit')
    await until(() => expect(wrapper.text()).toContain('The two passphrases differ.'))
    expect(await db.coachKeys.count()).toBe(0)
    // What was typed stays.
    expect((wrapper.get('#coach-passphrase').element as HTMLInputElement).value).toBe('maple grove 2027')

    await wrapper.get('#coach-passphrase-again').setValue('maple grove 2027')
    await wrapper.get('form').trigger('submit')
    await until(() => expect(wrapper.find('#round-label').exists()).toBe(true))
    expect(await db.coachKeys.count()).toBe(1)
    expect(wrapper.text()).toContain('No rounds this school year')

    // A closing date in the past is refused at its field; nothing is stored.
    await wrapper.get('#round-label').setValue('Spring 2027')
    await wrapper.get('#round-closing').setValue('2020-01-01')
    await wrapper.get('form[aria-labelledby="new-round-title"]').trigger('submit')
    await until(() => expect(wrapper.get('#round-closing-error').text()).toContain('closing date has passed'))
    expect(await db.evaluationRounds.count()).toBe(0)

    await wrapper.get('#round-closing').setValue('2099-06-01')
    await wrapper.get('form[aria-labelledby="new-round-title"]').trigger('submit')
    await until(() => expect(router.currentRoute.value.name).toBe('evaluation-round'))
    await until(() => expect(wrapper.get('h1').text()).toBe('Spring 2027'))
    expect(wrapper.get('[data-testid="round-counts"]').text()).toBe('Answers so far: Self-evaluation 0 · Administrator 0 · Teachers 0')
    const round = (await db.evaluationRounds.toArray())[0]!
    expect(round.form.items.length).toBeGreaterThan(10)
  })
})
