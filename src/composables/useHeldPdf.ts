import { ref } from 'vue'
import { downloadBlob } from '@/export/download'
import type { PreparedPdf } from '@/pdf/document/renderWithPdfkit'

/**
 * A PDF whose font could not draw some characters waits in `held` until the user has been told
 * (ReplacedCharactersNotice) and downloads it anyway or cancels; any other PDF downloads at once.
 */
export function useHeldPdf() {
  const held = ref<PreparedPdf | null>(null)

  function download(pdf: PreparedPdf): void {
    held.value = null
    downloadBlob(pdf.fileName, pdf.blob)
  }

  /** Downloads the PDF now (true), or holds it for the notice (false). */
  function offer(pdf: PreparedPdf): boolean {
    if (pdf.replaced.length) {
      held.value = pdf
      return false
    }
    download(pdf)
    return true
  }

  function cancel(): void {
    held.value = null
  }

  return { held, offer, download, cancel }
}
