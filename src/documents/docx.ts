/**
 * The document as a Word file (.docx, built with the `docx` package). The
 * font is set explicitly for every script slot: Times New Roman has the full
 * Kazakh Cyrillic alphabet (ә ғ қ ң ө ұ ү һ і), so no letter falls back to a
 * font without it.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import type { RenderedDocument } from "./render.js";

export const DOCUMENT_FONT = "Times New Roman";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const FONT = { ascii: DOCUMENT_FONT, hAnsi: DOCUMENT_FONT, cs: DOCUMENT_FONT, eastAsia: DOCUMENT_FONT };

export async function documentDocx(rendered: RenderedDocument): Promise<Buffer> {
  const paragraph = (
    text: string,
    options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {},
  ) =>
    new Paragraph({
      alignment: options.alignment,
      indent: options.indent ? { firstLine: 709 } : undefined,
      spacing: { after: options.after ?? 120 },
      children: [new TextRun({ text, bold: options.bold, font: FONT })],
    });
  const document = new Document({
    creator: "",
    title: rendered.heading,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: [
          ...rendered.header.map((line) => paragraph(line, { alignment: AlignmentType.RIGHT })),
          paragraph("", { after: 240 }),
          paragraph(rendered.heading, { bold: true, alignment: AlignmentType.CENTER, after: 240 }),
          ...rendered.paragraphs.map((line) => paragraph(line, { alignment: AlignmentType.JUSTIFIED, indent: true })),
          paragraph("", { after: 240 }),
          paragraph(rendered.signature),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
