/**
 * The role agreement as a tagged PDF: `agreementDocument` (pure) decides what it says, the shared
 * PDFKit writer lays it out. Only ever loaded through a dynamic import when someone exports.
 */
import { agreementDocument, type AgreementPdfInput } from './agreementDocument'
import { DEFAULT_PAPER, type PaperSize } from './document/model'
import { renderPdf, type RenderedPdf } from './document/renderWithPdfkit'
import type { PdfFontFaces } from './document/writePdf'

export { agreementPdfFileName, type AgreementPdfInput } from './agreementDocument'

export function renderAgreementPdf(input: AgreementPdfInput, fonts: PdfFontFaces, paper: PaperSize = DEFAULT_PAPER): Promise<RenderedPdf> {
  return renderPdf(agreementDocument(input), fonts, paper)
}
