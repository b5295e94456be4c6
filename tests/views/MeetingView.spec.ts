import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MeetingView from '@/views/MeetingView.vue'
import { mountWithRouter } from '../support/mountWithRouter'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { openMeetingAgreement, recordDecision } from '@/db/meeting'
import { TASK_CATALOG } from '@/domain/taskCatalog'
import { freshSetup } from '../db/support'
import { markSigned } from '../support/signed'
import { seedRevisionDraft } from '../support/seed'

// Generous: the first mount compiles the view while other test files run in parallel.
const waitFor = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 })

let ids: { schoolId: string; schoolYearId: string }
let wrapper: VueWrapper | undefined

async function mountView(query: Record<string, string> = {}) {
  const { wrapper: mounted, router } = await mountWithRouter(MeetingView, { path: '/meeting', query })
  wrapper = mounted
  await waitFor(() => expect(wrapper!.find('.decision h2').exists()).toBe(true))
  return { w: wrapper, router }
}

const press = (key: string, target: EventTarget = document.body) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

beforeEach(async () => {
  localStorage.clear()
  ids = await freshSetup()
  await ensureCatalog()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('MeetingView', { timeout: 20_000 }, () => {
  it('opens the draft at the first task and decides with one key, saving at once', async () => {
    const { w } = await mountView()
    expect(w.get('.decision h2').text()).toBe(TASK_CATALOG[0]!.title)
    expect(w.text()).toContain(`0 of ${TASK_CATALOG.length} decided`)
    expect(w.text()).toContain('Meeting of Renée Okafor (coach) and José Martínez (principal)')
    // Looking stores nothing; the first decision creates the draft agreement.
    expect(await db.agreements.count()).toBe(0)
    press('d')
    await waitFor(async () => expect(await db.decisions.count()).toBe(1))
    expect(await db.agreements.toArray()).toMatchObject([
      { version: 1, status: 'draft', meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez' } },
    ])
    expect((await db.decisions.toArray())[0]).toMatchObject({ taskId: TASK_CATALOG[0]!.id, choice: 'discuss' })
    await waitFor(() => expect(w.get('.decision h2').text()).toBe(TASK_CATALOG[1]!.title))
    // The position is kept on this device, so a reload (or reopening the app) resumes here.
    expect(Object.values(JSON.parse(localStorage.getItem('crp.meeting.position') ?? '{}'))).toEqual([TASK_CATALOG[1]!.id])
    await waitFor(() => expect(w.get('[data-testid="announcer"]').text()).toContain(`Discuss later: ${TASK_CATALOG[0]!.title}`))
  })

  // Issue 12: focus reached the hours field only after the write (25–54 ms), so digits typed
  // straight after W fell on the page. Here no macrotask runs between keys: a write to
  // IndexedDB cannot finish, only what the key press itself does in its event turn.
  it('keys typed straight after a decision key land in its field, for several tasks in a row', async () => {
    const { w } = await mountView()
    const sameTurn = async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve()
    }
    const lost: string[] = []
    const typeText = async (text: string) => {
      for (const ch of text) {
        const el = document.activeElement
        press(ch, el ?? document.body)
        if (el instanceof HTMLInputElement) {
          el.value = el.value.slice(0, el.selectionStart ?? el.value.length) + ch + el.value.slice(el.selectionEnd ?? el.value.length)
          el.dispatchEvent(new Event('input', { bubbles: true }))
        } else lost.push(ch)
        await sameTurn()
      }
    }
    const estimates = ['2.5', '1.25', '0.75', '3']
    for (const hours of estimates) {
      press('w', document.activeElement ?? document.body)
      await sameTurn()
      await typeText(hours)
      press('Enter', document.activeElement ?? document.body)
      await sameTurn()
    }
    expect(lost).toEqual([])
    await waitFor(async () => expect(await db.decisions.count()).toBe(4))
    const saved = new Map((await db.decisions.toArray()).map((d) => [d.taskId, [d.choice, d.weeklyHours]]))
    expect(TASK_CATALOG.slice(0, 4).map((t) => saved.get(t.id))).toEqual(estimates.map((h) => ['will', Number(h)]))
    await waitFor(() => expect(w.get('.decision h2').text()).toBe(TASK_CATALOG[4]!.title))
  })

  it('D moves on in the same turn, so a key pressed right after it decides the next task', async () => {
    const { w } = await mountView()
    press('d')
    await Promise.resolve()
    await Promise.resolve()
    press('n', document.activeElement ?? document.body)
    await waitFor(async () => expect(await db.decisions.count()).toBe(2))
    const saved = new Map((await db.decisions.toArray()).map((d) => [d.taskId, d.choice]))
    expect([saved.get(TASK_CATALOG[0]!.id), saved.get(TASK_CATALOG[1]!.id)]).toEqual(['discuss', 'wont'])
    await waitFor(() => expect(document.activeElement?.id).toBe(`instead-${TASK_CATALOG[1]!.id}`))
    expect(w.get('.decision h2').text()).toBe(TASK_CATALOG[1]!.title)
  })

  it('U pressed straight after a decision key undoes that decision', async () => {
    const { w } = await mountView()
    press('d')
    await Promise.resolve()
    press('u', document.activeElement ?? document.body)
    await waitFor(() => expect(w.get('[data-testid="announcer"]').text()).toContain('Undone'))
    expect(w.get('.decision h2').text()).toBe(TASK_CATALOG[0]!.title)
    await waitFor(async () => expect((await db.decisions.toArray()).map((d) => d.choice)).toEqual(['undecided']))
  })

  it('ignores shortcut keys while typing in a field', async () => {
    const { w } = await mountView()
    const note = w.get('textarea').element
    press('w', note)
    press('j', note)
    await flushPromises()
    expect(await db.decisions.count()).toBe(0)
    expect(w.get('.decision h2').text()).toBe(TASK_CATALOG[0]!.title)
  })

  it('resumes at the task in the address, or the last one kept on this device', async () => {
    const target = TASK_CATALOG[7]!
    const first = await mountView({ task: target.id })
    expect(first.w.get('.decision h2').text()).toBe(target.title)
    first.w.unmount()
    wrapper = undefined
    const again = await mountView()
    expect(again.w.get('.decision h2').text()).toBe(target.title)
  })

  it('shows a signed agreement read-only and points to the Agreement page for a revision', async () => {
    const agreement = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    await recordDecision(agreement.id, TASK_CATALOG[0]!.id, { choice: 'will', weeklyHours: 5 })
    await markSigned(agreement)
    const { w } = await mountView()
    await waitFor(() => expect(w.find('[data-testid="signed-note"]').exists()).toBe(true))
    expect(w.get('[data-testid="signed-note"]').text()).toContain('start a revision from the Agreement page')
    expect(w.findAll('.choices button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
    press('n')
    await flushPromises()
    expect((await db.decisions.toArray()).map((d) => d.choice)).toEqual(['will'])
    await waitFor(() => expect(w.get('[data-testid="announcer"]').text()).toContain('signed'))
    // The agreement and its decisions arrive through separate live queries: wait for both.
    await waitFor(() => expect(w.text()).toContain('5 h planned'))

    // A revision started on the Agreement page takes over the meeting at once.
    const signed = (await db.agreements.get(agreement.id))!
    await seedRevisionDraft(signed, 'revision')
    await waitFor(() => expect(w.find('[data-testid="signed-note"]').exists()).toBe(false))
    await waitFor(() => expect(w.text()).toContain('Agreement version 2'))
  })
})
