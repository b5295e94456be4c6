import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useHeldPdf } from '@/composables/useHeldPdf'
import { downloadBlob } from '@/export/download'

vi.mock('@/export/download', () => ({ downloadBlob: vi.fn() }))

const pdf = (replaced: string[]) => ({ fileName: 'agreement.pdf', blob: new Blob(['%PDF']), replaced })

describe('useHeldPdf', () => {
  beforeEach(() => vi.mocked(downloadBlob).mockClear())

  it('downloads a PDF that draws every character at once', () => {
    const { held, offer } = useHeldPdf()
    const ready = pdf([])
    expect(offer(ready)).toBe(true)
    expect(downloadBlob).toHaveBeenCalledWith('agreement.pdf', ready.blob)
    expect(held.value).toBeNull()
  })

  it('holds a PDF with replaced characters until downloaded anyway or cancelled', () => {
    const { held, offer, download, cancel } = useHeldPdf()
    const withEmoji = pdf(['😀'])
    expect(offer(withEmoji)).toBe(false)
    expect(downloadBlob).not.toHaveBeenCalled()
    expect(held.value?.replaced).toEqual(['😀'])
    download(held.value!)
    expect(downloadBlob).toHaveBeenCalledOnce()
    expect(held.value).toBeNull()

    offer(withEmoji)
    cancel()
    expect(held.value).toBeNull()
    expect(downloadBlob).toHaveBeenCalledOnce()
  })
})
