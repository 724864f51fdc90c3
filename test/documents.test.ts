import JSZip from "jszip";
import { commandList } from "../src/bot/commands.js";
import { createI18n } from "../src/telegram/i18n.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDocumentsContent, DOCUMENTS_DIR, findDocument, loadDocumentsContent } from "../src/documents/documents-content.js";
import { LOCALES, type Locale } from "../src/shared/locales.js";
import { CHECKLIST_PATH } from "../src/rights/review-checklist.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { documentDocx } from "../src/documents/docx.js";
import { DOCUMENT_FIELDS, FIELD_MAX_CHARS, documentDate, type DocumentFieldId, type DocumentValues } from "../src/documents/fields.js";
import { documentText, MESSAGE_MAX_CHARS, renderDocument } from "../src/documents/render.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { buttonsOf, type ApiCall, type UploadedFile } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, edited, forwarded, person, photo, press, sticker, text, type Person } from "./helpers/updates.js";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scratchDir } from "./helpers/scratch-dir.js";

const documents = defaultDocumentsContent();
const rights = loadRightsContent();
const KAZAKH_LETTERS = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

/** What each person types, in the language they hand the document in. */
const TYPED: Record<"kk" | "ru" | "en", Partial<Record<DocumentFieldId, string>>> = {
  kk: {
    name: "Әлия Қасымқызы Нұрғали",
    protocol: "әкімшілік ұстап алу хаттамасы №ҮҢ-7",
    place: "Алматы, Абай даңғылы, Ұлттық кітапхана маңы",
    authority: "Әуезов аудандық полиция басқармасы",
    lawyer: "Серік Өмірұлы Ғабитов",
    relative: "анам Гүлнұр, нөмірін қолмен жазамын",
    events: "Мені күштеп көлікке отырғызды, қолымды қайырды, һәм іштен ұрды. Қағазға қол қоюды талап етті.",
  },
  ru: {
    name: "Иванова Анна Сергеевна",
    protocol: "протокол об административном задержании № АБ-12",
    place: "Алматы, проспект Абая, у библиотеки",
    authority: "УП Ауэзовского района",
    lawyer: "Петров Пётр Петрович",
    relative: "мама, Иванова Ольга, номер впишу от руки",
    events: "Меня силой посадили в машину, заломили руки и ударили в живот. Требовали подписать бумагу.",
  },
  en: {
    name: "Anna Ivanova",
    protocol: "протокол № 7",
    place: "Almaty, Abai avenue",
    authority: "district police",
    lawyer: "Petr Petrov",
    relative: "mother Olga",
    events: "They pushed me into a van and twisted my arms.",
  },
};

/** A sentence each document must say, in each language (kk and ru: the text handed in; en: the reading aid). */
const LITERAL: Record<string, Record<"kk" | "ru" | "en", string>> = {
  "lawyer-request": {
    kk: "Жауап алуға дейін қорғаушыммен оңаша әрі құпия кездесу беруді сұраймын.",
    ru: "Прошу предоставить мне свидание с защитником наедине и конфиденциально до начала допроса.",
    en: "I request a private and confidential meeting with my lawyer before questioning.",
  },
  "relatives-request": {
    kk: "Менің ұстап алынғаным және қай жерде екенім туралы жақын туысыма дереу хабарлауды сұраймын:",
    ru: "Прошу незамедлительно сообщить о моём задержании и о месте, где я нахожусь, моему близкому родственнику:",
    en: "I request that my close relative be informed without delay of my detention and of where I am held:",
  },
  "medical-exam-request": {
    kk: "СОТ-МЕДИЦИНАЛЫҚ САРАПТАМА ТАҒАЙЫНДАУ ТУРАЛЫ ӨТІНІШХАТ",
    ru: "ХОДАТАЙСТВО О НАЗНАЧЕНИИ СУДЕБНО-МЕДИЦИНСКОЙ ЭКСПЕРТИЗЫ",
    en: "REQUEST TO ORDER A FORENSIC MEDICAL EXAMINATION",
  },
  "torture-complaint": {
    kk: "____________________ ауданының (қаласының) прокуратурасына",
    ru: "В прокуратуру ____________________ района (города)",
    en: "To the prosecutor's office of the ____________________ district (city)",
  },
  "protocol-objections": {
    kk: "ХАТТАМАҒА ЕСКЕРТУЛЕР",
    ru: "С протоколом не согласен(на), потому что:",
    en: "I disagree with the protocol because:",
  },
};

const DOCUMENT_IDS = ["lawyer-request", "relatives-request", "medical-exam-request", "torture-complaint", "protocol-objections"];

describe("documents content", () => {
  it("has the five documents, each with a basis, a review date, review points and every language", () => {
    expect(documents.documents.map((d) => d.id)).toEqual(DOCUMENT_IDS);
    for (const document of documents.documents) {
      expect(document.basis.length).toBeGreaterThan(0);
      expect(document.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(document.unconfirmed).toContain("documents-wording");
      for (const locale of LOCALES) {
        for (const part of [document.title, document.heading, document.body, document.checklist]) expect(part[locale].trim()).not.toBe("");
      }
    }
  });

  it("states no unconfirmed figure, no phone number and names no addressee it does not know", () => {
    const offences: string[] = [];
    for (const document of documents.documents) {
      for (const locale of LOCALES) {
        const said = [document.title, document.heading, document.body, document.checklist].map((p) => p[locale]).join("\n");
        for (const point of rights.reviewPoints) {
          for (const pattern of point.mustNotSay)
            if (new RegExp(pattern, "iu").test(said)) offences.push(`${document.id}.${locale}: ${point.id}`);
        }
        if (/\+?\d[\d\s()-]{8,}\d/.test(said)) offences.push(`${document.id}.${locale}: a phone number`);
      }
    }
    expect(offences).toEqual([]);
    // The prosecutor's office is a blank to fill in; the other addressee is the body conducting the case, whatever the person typed.
    expect(documents.common.prosecutor.ru).toContain("____");
    expect(documents.common.headOfBody.ru).toBe("Руководителю органа, ведущего производство по делу: {authority}");
  });

  it("refuses a document whose template uses an answer it does not ask for", () => {
    const dir = scratchDir("documents");
    cpSync(DOCUMENTS_DIR, dir, { recursive: true });
    const file = path.join(dir, "01-lawyer-request.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("адвоката {lawyer}.", "адвоката {lawyer}, {relative}."));
    expect(() => loadDocumentsContent(dir, rights)).toThrow(
      "01-lawyer-request.yaml: body.ru uses {relative}, which is not among its fields",
    );
    writeFileSync(file, readFileSync(file, "utf8").replace("адвоката {lawyer}, {relative}.", "адвоката."));
    expect(() => loadDocumentsContent(dir, rights)).toThrow("every language must use");
  });

  it("lists the documents' review points in the lawyers' checklist", () => {
    const checklist = readFileSync(CHECKLIST_PATH, "utf8");
    expect(checklist).toContain("`torture-complaint` (document)");
    expect(checklist).toContain("Documents: the form and wording of the fill-in documents");
    expect(checklist).toContain("CPC art. 271 as of 2016");
    expect(checklist).toMatch(
      /\| `medical-exam-request` \(document\) \| Request for a forensic medical examination \| \d{4}-\d{2}-\d{2} \|/,
    );
  });

  it("fits in one Telegram message with every answer at its longest, in every language", () => {
    const longest: DocumentValues = Object.fromEntries(
      Object.entries(DOCUMENT_FIELDS).map(([id, def]) => [id, "Ә".repeat(FIELD_MAX_CHARS[def.kind])]),
    );
    for (const document of documents.documents) {
      for (const locale of LOCALES)
        expect(documentText(renderDocument(documents, document, locale, longest)).length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
    }
  });

  it("prints a blank for a skipped answer and keeps a typed {placeholder} as typed", () => {
    const lawyer = findDocument(documents, "lawyer-request")!;
    const text = documentText(renderDocument(documents, lawyer, "ru", { date: "01.02.2026", place: null, lawyer: "{name}" }));
    expect(text).toContain("Дата задержания: 01.02.2026. Место задержания: ____________________.");
    expect(text).toContain("адвоката {name}.");
    expect(text).toContain("От: ____________________");
  });
});

describe("the /documents command", () => {
  it("is in Telegram's command menu of every language", () => {
    const i18n = createI18n();
    expect(commandList(i18n, "kk")).toContainEqual({
      command: "documents",
      description: "Тапсыруға арналған құжаттар: толтырып, файл алу",
    });
    expect(commandList(i18n, "ru")).toContainEqual({
      command: "documents",
      description: "Документы для подачи: заполнить и получить файл",
    });
    expect(commandList(i18n, "en")).toContainEqual({ command: "documents", description: "Documents to hand in: fill in, get a file" });
  });
});

describe("the .docx file", () => {
  it("opens, and holds the filled-in values with the Kazakh letters intact, in Times New Roman", async () => {
    const complaint = findDocument(documents, "torture-complaint")!;
    const values = { ...TYPED.kk, date: "16.12.2026", events: `${TYPED.kk.events} ${KAZAKH_LETTERS}` };
    const xml = await documentXml(await documentDocx(renderDocument(documents, complaint, "kk", values)));
    for (const value of [
      values.name!,
      values.place!,
      values.authority!,
      values.events,
      "16.12.2026",
      "Азаптау және қатыгез қарым-қатынас туралы шағым",
    ])
      expect(xml).toContain(value);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:hAnsi="Times New Roman"');
  });
});

describe("filling in a document through the bot", () => {
  const cases = DOCUMENT_IDS.flatMap((id) => (["kk", "ru", "en"] as const).map((locale) => [id, locale] as const));
  let nextUser = 51_000;

  it.each(cases)("%s in %s: questions, the text to copy, the Word file, nothing kept", async (id, locale) => {
    const h = createTestBot(storage);
    const user = person(nextUser++, locale);
    const document = findDocument(documents, id)!;
    const docLanguage = locale === "kk" ? "kk" : "ru";
    const typed = TYPED[locale];

    await h.send(command(user, "documents"));
    const list = h.telegram.last("sendMessage");
    expect(String(list.payload.text)).toContain(
      { kk: "Сіз тапсыра алатын құжаттар", ru: "Документы, которые вы можете подать", en: "Documents you can hand in" }[locale],
    );
    expect(buttonsOf(list).map((b) => b.data)).toEqual([...DOCUMENT_IDS.map((d) => `doc:${d}`), "menu"]);

    await h.send(press(user, `doc:${id}`));
    const total = document.fields.length + 1;
    expect(h.telegram.texts().at(-1)).toContain(
      { kk: `${total} қадамның 1-қадамы`, ru: `Шаг 1 из ${total}`, en: `Step 1 of ${total}` }[locale],
    );
    await h.send(press(user, `d:0:${docLanguage}`));

    const stateKey = storage.conversations.storedIdOf(pseudonymizer(h.deps.pseudonymKey)(user.id));
    for (const [index, field] of document.fields.entries()) {
      const question = index + 1;
      // While the form runs, its state is stored (so the check after sending can fail).
      if (index === document.fields.length - 1)
        expect(await storage.db.collection("conversations").findOne({ _id: stateKey as never })).not.toBeNull();
      if (field === "date") await h.send(press(user, `d:${question}:today`));
      else if (field === "place" && id === "relatives-request") await h.send(press(user, `d:${question}:skip`));
      else await h.send(text(user, typed[field]!));
    }
    const sentText = h.telegram.callsOf("sendMessage").map((c) => String(c.payload.text));
    const body = sentText.find((t) => t.includes(LITERAL[id]![docLanguage]));
    expect(body, `the ${docLanguage} text`).toBeDefined();
    for (const field of document.fields) {
      if (field === "date") expect(body).toContain(documentDate(Date.now()));
      else if (field === "place" && id === "relatives-request")
        expect(body).toContain(
          docLanguage === "kk" ? "Ұстап алынған жері: ____________________." : "Место задержания: ____________________.",
        );
      else expect(body).toContain(escape(typed[field]!));
    }

    const upload = h.telegram.last("sendDocument");
    const file = Object.values(upload.payload).find((v): v is UploadedFile => typeof v === "object" && v !== null && "bytes" in v)!;
    expect(file.filename).toBe(`${id}-${docLanguage}.docx`);
    const xml = await documentXml(file.bytes);
    for (const field of document.fields.filter((f) => f !== "date" && !(f === "place" && id === "relatives-request")))
      expect(xml).toContain(escapeXml(typed[field]!));

    if (locale === "en") {
      const aid = sentText.find((t) => t.includes("Unofficial English translation — for reading only. Do not hand this in."));
      expect(aid).toContain(LITERAL[id]!.en);
      // The label in italics, a blank line, then the translation as it is (no stray indentation).
      expect(aid).toMatch(/^<i>Unofficial English translation — for reading only\. Do not hand this in\.<\/i>\n\n\S/);
    } else {
      expect(sentText.join("\n")).not.toContain("Unofficial English translation");
    }
    expect(sentText.at(-1)).toContain({ kk: "Онымен не істеу керек", ru: "Что с ним делать", en: "What to do with it" }[locale]);

    await expectNothingKept(user, Object.values(typed), h.deps.pseudonymKey);
  });
});

describe("bad input and cancel", () => {
  it("answers a photo, a sticker, a too long text and an old button politely, then /cancel keeps nothing", async () => {
    const h = createTestBot(storage);
    const user = person(52_001, "ru");
    await h.send(command(user, "documents"));
    await h.send(press(user, "doc:torture-complaint"));
    await h.send(text(user, "просто текст"));
    expect(h.telegram.texts().at(-2)).toBe("Пожалуйста, выберите одну из кнопок.");
    await h.send(press(user, "d:0:ru"));
    await h.send(photo(user));
    expect(h.telegram.texts().at(-2)).toBe("Пожалуйста, ответьте текстом или нажмите кнопку.");
    expect(h.telegram.texts().at(-1)).toContain("Шаг 2 из 6");
    await h.send(sticker(user));
    expect(h.telegram.texts().at(-2)).toBe("Пожалуйста, ответьте текстом или нажмите кнопку.");
    await h.send(text(user, "Секретное Имя"));
    await h.send(press(user, "d:0:kk"));
    expect(h.telegram.texts().at(-2)).toBe("Эта кнопка относится к прошлому вопросу. Вот текущий.");
    await h.send(press(user, "d:2:today"));
    await h.send(text(user, "x".repeat(151)));
    expect(h.telegram.texts().at(-2)).toBe("Слишком длинно: не больше 150 символов. Пожалуйста, сократите.");
    await h.send(command(user, "report"));
    expect(h.telegram.texts().at(-2)).toBe("Вы заполняете документ. Ответьте на вопрос или отправьте /cancel.");
    await h.send(edited(user, "исправленное место"));
    expect(h.telegram.texts().at(-2)).toBe("Я не могу принять исправление. Отправьте ответ ещё раз новым сообщением.");
    await h.send(forwarded(user, "чужой текст"));
    expect(h.telegram.texts().at(-2)).toBe("Пожалуйста, напишите ответ сами: пересланное сообщение может показать, откуда оно.");
    // /rights works in the middle of the form, which waits.
    await h.send(command(user, "rights"));
    expect(h.telegram.texts().at(-1)).toBe("Ваши права. Выберите тему:");
    await h.send(text(user, "Алматы"));
    expect(h.telegram.texts().at(-1)).toContain("Шаг 5 из 6");

    const key = storage.conversations.storedIdOf(pseudonymizer(h.deps.pseudonymKey)(user.id));
    expect(await storage.db.collection("conversations").findOne({ _id: key as never })).not.toBeNull();
    await h.send(command(user, "cancel"));
    expect(h.telegram.texts().at(-1)).toBe("Отменено. Ничего из того, что вы написали, не сохранено.");
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
    await expectNothingKept(user, ["Секретное Имя"], h.deps.pseudonymKey);
  });

  it("the Cancel button ends the form too, and the menu has a Documents entry", async () => {
    const h = createTestBot(storage);
    const user = person(52_002, "kk");
    await h.send(command(user, "start"));
    const menu = buttonsOf(h.telegram.last("sendMessage"));
    expect(menu.find((b) => b.data === "docs")?.text).toBe("📄 Тапсыруға арналған құжаттар");
    await h.send(press(user, "docs"));
    await h.send(press(user, "doc:lawyer-request"));
    await h.send(press(user, "d:0:cancel"));
    expect(h.telegram.texts().at(-1)).toBe("Тоқтатылды. Сіз жазғанның ешқайсысы сақталмады.");
    await expectNothingKept(user, [], h.deps.pseudonymKey);
  });
});

describe("deleting it from the chat", () => {
  it("the last message's button deletes the form, the answers and the document; a forged range is refused", async () => {
    const h = createTestBot(storage);
    const user = person(53_001, "en");
    await h.send(command(user, "documents"));
    await h.send(press(user, "doc:relatives-request"));
    const firstQuestion = (h.telegram.last("sendMessage") as { result?: { message_id: number } }).result!.message_id;
    await h.send(press(user, "d:0:ru"));
    for (const question of [1, 2, 3, 4, 5]) await h.send(press(user, `d:${question}:skip`));
    const last = h.telegram.last("sendMessage") as ApiCall & { result?: { message_id: number } };
    expect(String(last.payload.text)).toContain("Your phone may be checked. When you have saved or printed the document");
    const clean = buttonsOf(last).find((b) => b.text === "🧹 Delete it all from this chat")!;
    expect(clean.data).toBe(`dc:${firstQuestion}`);

    await h.send(press(user, clean.data, last.result!.message_id));
    const deleted = h.telegram.callsOf("deleteMessages").flatMap((c) => c.payload.message_ids as number[]);
    // The whole range of the form, and (from the chat's trail) the /documents command and the list before it.
    for (let id = firstQuestion; id <= last.result!.message_id; id++) expect(deleted).toContain(id);
    const list = h.telegram.callsOf("sendMessage")[0] as ApiCall & { result?: { message_id: number } };
    expect(deleted).toContain(list.result!.message_id);
    expect(h.telegram.texts().at(-1)).toBe("✓ Deleted from this chat.");

    h.telegram.clear();
    await h.send(press(user, "dc:1", 5000));
    // A forged range deletes nothing of it: only what the chat's trail holds (the "✓" line).
    const again = h.telegram.callsOf("deleteMessages").flatMap((c) => c.payload.message_ids as number[]);
    expect(again.filter((id) => id < firstQuestion)).toEqual([]);
  });
});

/** No collection holds what the person typed, and the chat's conversation state is gone. */
async function expectNothingKept(user: Person, typed: string[], pseudonymKey: Buffer) {
  const key = storage.conversations.storedIdOf(pseudonymizer(pseudonymKey)(user.id));
  expect(await storage.db.collection("conversations").findOne({ _id: key as never })).toBeNull();
  for (const { name } of await storage.db.listCollections().toArray()) {
    const raw = JSON.stringify(await storage.db.collection(name).find({}).toArray());
    for (const value of typed) expect(raw, `${name} holds "${value}"`).not.toContain(value);
  }
}

async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeXml(text: string): string {
  return escape(text).replace(/"/g, "&quot;");
}

export type { Locale };
