/**
 * Loads the fill-in documents (src/content/documents/*.yaml) and checks them
 * like the rights cards: every language, known acts and review points, and
 * templates that use only the answers the document asks for.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { CONTENT_DIR } from "../shared/paths.js";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { DOCUMENT_FIELDS, type DocumentFieldId } from "./fields.js";
import { LOCALES } from "../shared/locales.js";
import { basisSchema, ContentError, loadRightsContent, localized, type RightsContent } from "../rights/rights-content.js";

export const DOCUMENTS_DIR = path.join(CONTENT_DIR, "documents");

const FIELD_IDS = Object.keys(DOCUMENT_FIELDS) as [DocumentFieldId, ...DocumentFieldId[]];
const ADDRESSEES = ["headOfBody", "prosecutor"] as const;

const documentSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/),
    reviewed: z.iso.date(),
    /** The answers the document asks for, in the order it asks them. */
    fields: z.array(z.enum(FIELD_IDS)).min(1),
    addressee: z.enum(ADDRESSEES),
    basis: z.array(basisSchema).min(1),
    unconfirmed: z.array(z.string()).default([]),
    title: localized,
    heading: localized,
    body: localized,
    checklist: localized,
  })
  .strict();

const commonSchema = z
  .object({
    blank: z.string().min(3),
    from: localized,
    signature: localized,
    unofficialTranslation: localized,
    headOfBody: localized,
    prosecutor: localized,
  })
  .strict();

export type FillInDocument = z.infer<typeof documentSchema>;
export type DocumentsCommon = z.infer<typeof commonSchema>;

export interface DocumentsContent {
  documents: FillInDocument[];
  common: DocumentsCommon;
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

export function loadDocumentsContent(
  dir: string = DOCUMENTS_DIR,
  rights: Pick<RightsContent, "acts" | "reviewPoints"> = loadRightsContent(),
): DocumentsContent {
  const read = (file: string): unknown => {
    try {
      return parseYaml(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new ContentError(`${file}: ${(error as Error).message.split("\n")[0]}`);
    }
  };
  const parseWith = <T>(schema: z.ZodType<T>, value: unknown, where: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ContentError(`${where}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    }
    return parsed.data;
  };

  const common = parseWith(commonSchema, read("common.yaml"), "common.yaml");
  const documents = readdirSync(dir)
    .filter((file) => /^\d+-.*\.yaml$/.test(file))
    .sort()
    .map((file) => {
      const document = parseWith(documentSchema, read(file), file);
      checkDocument(document, file, rights);
      return document;
    });
  if (documents.length === 0) throw new ContentError(`no documents in ${dir}`);
  const ids = new Set<string>();
  for (const document of documents) {
    if (ids.has(document.id)) throw new ContentError(`two documents have the id "${document.id}"`);
    ids.add(document.id);
  }
  return { documents, common };
}

function checkDocument(document: FillInDocument, file: string, rights: Pick<RightsContent, "acts" | "reviewPoints">): void {
  for (const basis of document.basis) {
    if (!rights.acts[basis.act]) throw new ContentError(`${file}: basis names an unknown act "${basis.act}" (see rights/legal-acts.yaml)`);
  }
  for (const id of document.unconfirmed) {
    if (!rights.reviewPoints.some((point) => point.id === id))
      throw new ContentError(`${file}: unknown review point "${id}" (see rights/review-points.yaml)`);
  }
  if (document.basis.some((basis) => basis.confidence === "U") && document.unconfirmed.length === 0) {
    throw new ContentError(`${file}: cites an unconfirmed (U) basis but lists no review point under "unconfirmed"`);
  }
  const fields = new Set<string>(document.fields);
  if (fields.size !== document.fields.length) throw new ContentError(`${file}: a field is listed twice`);
  const expected = [...new Set(LOCALES.flatMap((locale) => placeholdersOf(document.body[locale])))].sort();
  for (const locale of LOCALES) {
    for (const name of placeholdersOf(document.body[locale])) {
      if (!fields.has(name)) throw new ContentError(`${file}: body.${locale} uses {${name}}, which is not among its fields`);
    }
  }
  for (const locale of LOCALES) {
    const used = [...new Set(placeholdersOf(document.body[locale]))].sort();
    if (used.join() !== expected.join())
      throw new ContentError(`${file}: body.${locale} uses {${used.join("}, {")}}; every language must use {${expected.join("}, {")}}`);
  }
}

export function findDocument(content: DocumentsContent, id: string): FillInDocument | undefined {
  return content.documents.find((document) => document.id === id);
}

let loaded: DocumentsContent | undefined;

/** The shipped documents, loaded and checked once per process. */
export function defaultDocumentsContent(): DocumentsContent {
  return (loaded ??= loadDocumentsContent());
}
