/**
 * Browser side of the PDF export: fetches the font from the app's own origin (the CSP
 * allows nothing else), renders, and hands the file to the browser as a download.
 * Imported dynamically by the agreement page, so jsPDF loads only when someone exports.
 */
import { agreementPdfFileName, renderAgreementPdf, type AgreementPdfInput } from './agreementPdf'
import { loadPdfFonts } from './pdfFonts'

/** Builds the PDF and starts the download; resolves with the file name used. */
export async function exportAgreementPdf(input: AgreementPdfInput): Promise<string> {
  const doc = renderAgreementPdf(input, await loadPdfFonts())
  const fileName = agreementPdfFileName(input)
  const url = URL.createObjectURL(doc.output('blob'))
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    // Give the browser a moment to start the download before the blob goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return fileName
}
