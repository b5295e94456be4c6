import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { downloadBlob } from '@/export/download'
import { useAppStore } from '@/stores/app'
import type { EvaluationResponse } from '@/domain/schemas/evaluation'
import { evaluationResponse, evaluationRound, teacherResponses } from '../../support/evaluationFixtures'

// The PDF module is mocked; `pdf.loaded` records when something first imports it.
const pdf = vi.hoisted(() => ({
  loaded: false,
  results: vi.fn(),
  form: vi.fn(),
}))
vi.mock('@/pdf/exportEvaluationPdf', () => {
  pdf.loaded = true
  return { prepareEvaluationResultsPdf: pdf.results, preparePaperFormPdf: pdf.form }
})
vi.mock('@/export/download', () => ({ downloadBlob: vi.fn() }))

const EvaluationDownloads = (await import('@/components/evaluation/EvaluationDownloads.vue')).default

const round = evaluationRound()
const prepared = (fileName: string, replaced: string[] = []) => ({ fileName, blob: new Blob(['%PDF']), replaced })
const mountDownloads = (responses: EvaluationResponse[] = [...teacherResponses(3, 4), evaluationResponse('self', 5)]) =>
  mount(EvaluationDownloads, { props: { round, responses, coachName: 'Renée Okafor' }, attachTo: document.body })
const button = (w: ReturnType<typeof mountDownloads>, name: string) => {
  const b = w.findAll('button').find((x) => x.text() === name)
  if (!b) throw new Error(`No button “${name}”`)
  return b
}

beforeEach(() => {
  setActivePinia(createPinia())
  pdf.results.mockReset()
  pdf.form.mockReset()
  vi.mocked(downloadBlob).mockClear()
  document.body.innerHTML = ''
})

describe('EvaluationDownloads', () => {
  it('loads the PDF code only when a button is pressed, then downloads the results and announces it', async () => {
    pdf.results.mockResolvedValue(prepared('evaluation-results-fall-2026.pdf'))
    const responses = [...teacherResponses(3, 4), evaluationResponse('self', 5)]
    const w = mountDownloads(responses)
    await flushPromises()
    expect(pdf.loaded).toBe(false)
    await button(w, 'Download the results (PDF)').trigger('click')
    await flushPromises()
    expect(pdf.loaded).toBe(true)
    expect(pdf.results).toHaveBeenCalledTimes(1)
    const input = pdf.results.mock.calls[0]![0]
    expect(input).toMatchObject({ round, coachName: 'Renée Okafor' })
    expect(input.responses).toEqual(responses)
    expect(input.responses).not.toBe(responses)
    expect(pdf.form).not.toHaveBeenCalled()
    expect(downloadBlob).toHaveBeenCalledWith('evaluation-results-fall-2026.pdf', expect.any(Blob))
    expect(useAppStore().status).toMatchObject({ kind: 'success', text: 'Downloaded evaluation-results-fall-2026.pdf.' })
    w.unmount()
  })

  it.each([
    ['Download a paper form for teachers (PDF)', 'teacher'],
    ['Download a paper form for your administrator (PDF)', 'administrator'],
    ['Download a paper form for yourself (PDF)', 'self'],
  ])('“%s” makes the blank form for the %s group', async (name, group) => {
    pdf.form.mockResolvedValue(prepared(`form-${group}.pdf`))
    const w = mountDownloads()
    await button(w, name).trigger('click')
    await flushPromises()
    expect(pdf.form).toHaveBeenCalledWith(round, group)
    expect(pdf.results).not.toHaveBeenCalled()
    expect(downloadBlob).toHaveBeenCalledWith(`form-${group}.pdf`, expect.any(Blob))
    w.unmount()
  })

  it('disables every button while a file is made, and shows a failure inline', async () => {
    let fail: (e: Error) => void = () => {}
    pdf.form.mockReturnValue(new Promise((_, reject) => (fail = reject)))
    const w = mountDownloads()
    await button(w, 'Download a paper form for teachers (PDF)').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('Making the form…')
    for (const b of w.findAll('button')) expect(b.attributes('disabled')).toBeDefined()
    fail(new Error('The PDF font could not be loaded (404)'))
    await flushPromises()
    expect(w.get('[role="alert"]').text()).toContain('The PDF could not be made. The PDF font could not be loaded (404).')
    for (const b of w.findAll('button')) expect(b.attributes('disabled')).toBeUndefined()
    expect(downloadBlob).not.toHaveBeenCalled()
    w.unmount()
  })

  it('holds a PDF with characters the font cannot draw until the coach chooses to download it', async () => {
    pdf.results.mockResolvedValue(prepared('r.pdf', ['🎉']))
    const w = mountDownloads()
    await button(w, 'Download the results (PDF)').trigger('click')
    await flushPromises()
    expect(downloadBlob).not.toHaveBeenCalled()
    expect(w.get('[data-testid="replaced-characters"]').text()).toContain('🎉')
    await button(w, 'Download anyway').trigger('click')
    expect(downloadBlob).toHaveBeenCalledWith('r.pdf', expect.any(Blob))
    w.unmount()
  })

  it('offers the paper forms but no results before any answer came in', () => {
    const w = mountDownloads([])
    expect(w.findAll('button').map((b) => b.text())).toEqual([
      'Download a paper form for teachers (PDF)',
      'Download a paper form for your administrator (PDF)',
      'Download a paper form for yourself (PDF)',
    ])
    w.unmount()
  })
})
