/**
 * Browser side of the PDF export: fetches the font from the app's own origin (the CSP
 * allows nothing else), renders, and hands the file to the browser as a download.
 * Imported dynamically by the agreement page, so jsPDF loads only when someone exports.
 */
import { agreementPdfFileName, renderAgreementPdf, type AgreementPdfInput } from './agreementPdf'
import { loadPdfFonts } from './pdfFonts'
import { downloadBlob } from '@/export/download'

/** Builds the PDF and starts the download; resolves with the file name used. */
export async function exportAgreementPdf(input: AgreementPdfInput): Promise<string> {
  const doc = renderAgreementPdf(input, await loadPdfFonts())
  const fileName = agreementPdfFileName(input)
  downloadBlob(fileName, doc.output('blob'))
  return fileName
}
