/**
 * The principal's time report as a tagged PDF (PDFKit, loaded on demand with this module):
 * `reportDocument` (pure) decides what it says, the shared writer lays it out.
 */
import type { PrincipalReport } from '@/domain/report'
import { reportDocument, type ReportImage } from './reportDocument'
import { DEFAULT_PAPER, type PaperSize } from './document/model'
import { renderPdf, preparedPdf, type PreparedPdf, type RenderedPdf } from './document/renderWithPdfkit'
import type { PdfFontFaces } from './document/writePdf'
import { loadPdfFonts } from './pdfFonts'

export type { ReportImage } from './reportDocument'

export function renderTimeReportPdf(
  report: PrincipalReport,
  chart: ReportImage | null,
  fonts: PdfFontFaces,
  paper: PaperSize = DEFAULT_PAPER,
): Promise<RenderedPdf> {
  return renderPdf(reportDocument(report, chart), fonts, paper)
}

/** Builds the report PDF in the browser (fonts fetched from the app's own origin). */
export async function prepareTimeReportPdf(
  fileName: string,
  report: PrincipalReport,
  chart: ReportImage | null,
  paper: PaperSize,
): Promise<PreparedPdf> {
  return preparedPdf(fileName, await renderTimeReportPdf(report, chart, await loadPdfFonts(), paper))
}
