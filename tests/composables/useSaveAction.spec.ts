import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSaveAction } from '@/composables/useSaveAction'
import { STORAGE_MESSAGES } from '@/db/errors'
import { RecordValidationError } from '@/domain/validation'
import { useAppStore } from '@/stores/app'

const invalid = () =>
  new RecordValidationError('school', [
    { field: 'name', message: 'Give the school a name' },
    { field: 'principal.name', message: 'Too long' },
  ])
const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' })

describe('useSaveAction', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is busy while the action runs and announces its success', async () => {
    const save = useSaveAction()
    let finish: (n: number) => void = () => {}
    const running = save.run(() => new Promise<number>((resolve) => (finish = resolve)), { success: (n) => `Saved ${n}.` })
    expect(save.busy.value).toBe(true)
    finish(3)
    expect(await running).toBe(true)
    expect(save.busy.value).toBe(false)
    expect(useAppStore().status).toMatchObject({ kind: 'success', text: 'Saved 3.' })
  })

  it('announces a storage failure as danger and never throws', async () => {
    const save = useSaveAction()
    expect(await save.run(() => Promise.reject(quota()), { success: 'Saved.' })).toBe(false)
    expect(save.busy.value).toBe(false)
    expect(useAppStore().status).toMatchObject({ kind: 'danger', text: STORAGE_MESSAGES.quota })
  })

  it('puts validation problems at their fields, keeps them through a storage failure, clears them on success', async () => {
    const save = useSaveAction({ fields: true })
    await save.run(() => Promise.reject(invalid()))
    expect(save.fieldErrors.value).toEqual({ name: 'Give the school a name', 'principal.name': 'Too long' })
    expect(useAppStore().status).toBeNull()
    await save.run(() => Promise.reject(quota()))
    expect(save.fieldErrors.value).toEqual({ name: 'Give the school a name', 'principal.name': 'Too long' })
    await save.run(() => Promise.resolve())
    expect(save.fieldErrors.value).toEqual({})
  })

  it('maps field paths to the form’s names when asked', async () => {
    const save = useSaveAction({ fields: (byField) => ({ principal: byField['principal.name'] ?? '' }) })
    await save.run(() => Promise.reject(invalid()))
    expect(save.fieldErrors.value).toEqual({ principal: 'Too long' })
  })

  it('without fields, a validation error is a sentence like any other failure', async () => {
    const save = useSaveAction()
    await save.run(() => Promise.reject(invalid()))
    expect(save.fieldErrors.value).toEqual({})
    expect(useAppStore().status?.text).toBe('The school was not saved. Give the school a name. 1 more problem needs fixing too.')
  })

  it('keeps the sentence inline when asked, cleared when the next run starts', async () => {
    const save = useSaveAction({ report: 'inline' })
    await save.run(() => Promise.reject(quota()))
    expect(save.error.value).toBe(STORAGE_MESSAGES.quota)
    expect(useAppStore().status).toBeNull()
    const next = save.run(() => Promise.resolve())
    expect(save.error.value).toBeNull()
    await next
    expect(save.error.value).toBeNull()
  })

  it('hands the sentence to the site’s own channel, with its own wording and handled errors', async () => {
    const said: string[] = []
    class Refused extends Error {}
    const handled: unknown[] = []
    const save = useSaveAction({
      report: (m) => said.push(m),
      describe: (e) => (e instanceof TypeError ? 'Could not make the file.' : 'Other.'),
      handle: (e) => e instanceof Refused && handled.push(e) > 0,
    })
    await save.run(() => Promise.reject(new TypeError('x')))
    await save.run(() => Promise.reject(new Refused('no')))
    expect(said).toEqual(['Could not make the file.'])
    expect(handled).toHaveLength(1)
    expect(useAppStore().status).toBeNull()
  })
})
