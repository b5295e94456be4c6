/**
 * Browser side of the agreement PDF: fetches the font from the app's own origin (the CSP allows
 * nothing else) and renders. Imported dynamically by the agreement page, so PDFKit loads only
 * when someone exports. The page downloads the result once the user knows of any replaced character.
 */
import { agreementPdfFileName, renderAgreementPdf, type AgreementPdfInput } from './agreementPdf'
import { loadPdfFonts } from './pdfFonts'
import { preparedPdf, type PreparedPdf } from './document/renderWithPdfkit'
import type { PaperSize } from './document/model'

export async function prepareAgreementPdf(input: AgreementPdfInput, paper: PaperSize): Promise<PreparedPdf> {
  return preparedPdf(agreementPdfFileName(input), await renderAgreementPdf(input, await loadPdfFonts(), paper))
}
