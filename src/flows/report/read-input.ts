/** Turns a Telegram update into the form's neutral {@link Input}. */
import type { Context } from "grammy";
import type { Translate } from "../../shared/text.js";
import { SKIP, type Input } from "../../reports/input.js";
import type { StepDef } from "../../reports/steps.js";
import type { EvidenceKind } from "../../reports/vocabulary.js";
import { parseFormButton } from "./callback-data.js";

/** Documents the form keeps: pictures, recordings and PDFs — what evidence looks like. */
const DOCUMENT_TYPES = [/^image\//, /^video\//, /^audio\//, /^application\/pdf$/];

export function readInput(ctx: Context, step: StepDef, t: Translate): Input {
  if (ctx.editedMessage) return { type: "edited" };
  if (ctx.callbackQuery) {
    const button = parseFormButton(ctx.callbackQuery.data ?? "");
    return button ? { type: "button", ...button } : { type: "other" };
  }
  const msg = ctx.message;
  if (!msg) return { type: "other" };
  if (msg.forward_origin) return { type: "forwarded" };
  if (msg.sticker) return { type: "sticker" };
  const location = msg.location ?? msg.venue?.location;
  if (location) return { type: "location", lat: location.latitude, lon: location.longitude };
  if (msg.text !== undefined) {
    // The place question's Skip is a reply-keyboard button: it arrives as text.
    if (step.kind === "place" && msg.text === t("skip-step")) return { type: "button", step: step.id, value: SKIP };
    return { type: "text", text: msg.text };
  }
  const media = (kind: EvidenceKind, file: { file_id: string; file_unique_id: string; file_size?: number }, mime?: string): Input => ({
    type: "media",
    item: {
      kind,
      messageId: msg.message_id,
      fileId: file.file_id,
      fileUniqueId: file.file_unique_id,
      size: file.file_size ?? null,
      mime: mime ?? null,
    },
  });
  if (msg.photo && msg.photo.length > 0) return media("photo", msg.photo.at(-1)!, "image/jpeg");
  if (msg.video) return media("video", msg.video, msg.video.mime_type);
  if (msg.video_note) return media("video", msg.video_note, "video/mp4");
  if (msg.voice) return media("voice", msg.voice, msg.voice.mime_type);
  if (msg.audio) return media("audio", msg.audio, msg.audio.mime_type);
  if (msg.animation) return { type: "unsupported-file" };
  if (msg.document) {
    const mime = msg.document.mime_type ?? "";
    return DOCUMENT_TYPES.some((type) => type.test(mime)) ? media("document", msg.document, mime) : { type: "unsupported-file" };
  }
  return { type: "other" };
}

/** The command of a message, if it is one ("/start@bot args" → "start"). */
export function commandOf(ctx: Context): string | undefined {
  const entity = ctx.message?.entities?.[0];
  if (!entity || entity.type !== "bot_command" || entity.offset !== 0) return undefined;
  return ctx.message.text!.slice(1, entity.length).split("@")[0]!.toLowerCase();
}
