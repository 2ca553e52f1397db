/** PDF export: template HTML to pdfmake content, page furniture, embedded fonts, PDF bytes. */
export { exportPdf } from './export-pdf';
