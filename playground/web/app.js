// The playground's chat page: shows one chat with the bot (the persona's), live from the stand-in's
// event stream, and sends what the user does (text, a button press, a location, a photo) to it.
import { renderTelegramHtml } from "./render.js";

const $ = (id) => document.getElementById(id);
const messages = new Map(); // "chatId:messageId" → message
const keyboards = new Map(); // chatId → reply keyboard rows
let personas = [];
let current; // the persona acted as: { id, name, language }

const saved = JSON.parse(localStorage.getItem("playground-personas") ?? "{}");

async function load() {
  const state = await (await fetch("/api/state")).json();
  $("bot-name").textContent = state.bot;
  personas = state.personas.map((p) => ({ ...p, ...(saved[p.id] ?? {}) }));
  for (const message of state.messages) messages.set(keyOf(message), message);
  for (const [chatId, keyboard] of Object.entries(state.keyboards)) keyboards.set(Number(chatId), keyboard);
  const select = $("persona");
  select.replaceChildren(...personas.map((p, i) => new Option(i === 0 ? `${p.name} (reporter)` : `${p.name} (id ${p.id})`, String(p.id))));
  select.value = localStorage.getItem("playground-current") ?? String(personas[0].id);
  if (!personas.some((p) => String(p.id) === select.value)) select.value = String(personas[0].id);
  choosePersona();
  const events = new EventSource("/events");
  events.onmessage = (event) => apply(JSON.parse(event.data));
}

function keyOf(message) {
  return `${message.chatId}:${message.messageId}`;
}

function choosePersona() {
  current = personas.find((p) => String(p.id) === $("persona").value);
  localStorage.setItem("playground-current", String(current.id));
  $("name").value = current.name;
  $("language").value = current.language;
  renderAll();
}

function savePersona() {
  current.name = $("name").value.trim() || current.name;
  current.language = $("language").value;
  saved[current.id] = { name: current.name, language: current.language };
  localStorage.setItem("playground-personas", JSON.stringify(saved));
}

function apply(event) {
  if (event.type === "message") {
    messages.set(keyOf(event.message), event.message);
    if (event.message.chatId === current.id) renderMessage(event.message);
  } else if (event.type === "delete") {
    for (const id of event.messageIds) {
      messages.delete(`${event.chatId}:${id}`);
      if (event.chatId === current.id) document.querySelector(`[data-message-id="${id}"]`)?.remove();
    }
  } else if (event.type === "keyboard") {
    if (event.keyboard) keyboards.set(event.chatId, event.keyboard);
    else keyboards.delete(event.chatId);
    if (event.chatId === current.id) renderKeyboard();
  } else if (event.chatId === current.id && event.type === "toast") {
    if (event.alert) {
      $("alert-text").textContent = event.text;
      $("alert").showModal();
    } else showToast(event.text);
  } else if (event.chatId === current.id && event.type === "typing") {
    document.body.classList.add("typing");
    setTimeout(() => document.body.classList.remove("typing"), 4000);
  }
}

function showToast(text) {
  const toast = $("toast");
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => (toast.hidden = true), 3000);
}

function renderAll() {
  const list = $("messages");
  list.replaceChildren();
  const mine = [...messages.values()].filter((m) => m.chatId === current.id).sort((a, b) => a.messageId - b.messageId);
  for (const message of mine) renderMessage(message);
  renderKeyboard();
}

/** Draws a message: a new bubble at the end, or the same bubble changed in place after an edit. */
function renderMessage(message) {
  const list = $("messages");
  const existing = list.querySelector(`[data-message-id="${message.messageId}"]`);
  const node = document.createElement("div");
  node.className = `msg ${message.from}`;
  node.dataset.messageId = String(message.messageId);
  const bubble = node.appendChild(document.createElement("div"));
  bubble.className = "bubble";
  fillBubble(bubble, message);
  const meta = node.appendChild(document.createElement("div"));
  meta.className = "meta";
  meta.textContent = `${message.edited ? "edited " : ""}${new Date(message.date * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
  if (message.inlineKeyboard) node.appendChild(inlineKeyboard(message));
  if (existing) existing.replaceWith(node);
  else {
    list.appendChild(node);
    list.scrollTop = list.scrollHeight;
  }
}

function fillBubble(bubble, message) {
  if (message.photo) {
    const img = bubble.appendChild(document.createElement("img"));
    img.src = `/files/${encodeURIComponent(message.photo.fileId)}`;
    img.alt = "photo";
  }
  if (message.document) {
    const doc = bubble.appendChild(document.createElement("div"));
    doc.className = "doc";
    const link = doc.appendChild(document.createElement("a"));
    link.href = `/files/${encodeURIComponent(message.document.fileId)}`;
    link.download = message.document.name;
    link.textContent = `📄 ${message.document.name}`;
  }
  if (message.location) {
    const card = bubble.appendChild(document.createElement("div"));
    card.className = "location-card";
    card.textContent = `📍 Location ${message.location.latitude.toFixed(5)}, ${message.location.longitude.toFixed(5)}`;
  }
  const body = message.text ?? message.caption;
  if (body !== undefined) {
    const text = bubble.appendChild(document.createElement("div"));
    text.className = "text";
    if (message.html) renderTelegramHtml(text, body);
    else text.textContent = body;
  }
  if (message.protected) {
    const note = bubble.appendChild(document.createElement("div"));
    note.className = "protected";
    note.textContent = "🔒 protected content: cannot be forwarded or saved";
  }
}

function inlineKeyboard(message) {
  const keyboard = document.createElement("div");
  keyboard.className = "inline-keyboard";
  for (const row of message.inlineKeyboard) {
    const line = keyboard.appendChild(document.createElement("div"));
    line.className = "row";
    for (const button of row) {
      if (button.url) {
        const link = line.appendChild(document.createElement("a"));
        if (/^(https?:|tg:)/i.test(button.url)) link.href = button.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.textContent = `${button.text} ↗`;
        continue;
      }
      const press = line.appendChild(document.createElement("button"));
      press.type = "button";
      press.textContent = button.text;
      press.addEventListener("click", () => act({ kind: "press", messageId: message.messageId, data: button.data ?? "" }));
    }
  }
  return keyboard;
}

function renderKeyboard() {
  const area = $("reply-keyboard");
  const rows = keyboards.get(current.id);
  area.replaceChildren();
  area.hidden = !rows;
  for (const row of rows ?? []) {
    const line = area.appendChild(document.createElement("div"));
    line.className = "row";
    for (const button of row) {
      const press = line.appendChild(document.createElement("button"));
      press.type = "button";
      press.textContent = button.text;
      press.addEventListener("click", () => (button.requestLocation ? sendLocation() : act({ kind: "text", text: button.text })));
    }
  }
}

async function act(action) {
  savePersona();
  const persona = { id: current.id, name: current.name, language: current.language };
  // JSON, from this page only: the stand-in refuses anything else (another site open in the browser must not act).
  const answer = await fetch("/api/act", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ persona, action }),
  });
  if (answer.status === 403 || answer.status === 413 || answer.status === 415) showToast((await answer.json()).error);
}

function sendLocation() {
  const latitude = Number($("lat").value);
  const longitude = Number($("lon").value);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return showToast("lat and lon must be numbers");
  $("send-location").closest("details").open = false;
  return act({ kind: "location", latitude, longitude });
}

/** What a photo is: the stand-in shows only these inline, and refuses anything else as a photo. */
const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"];

async function sendPhoto(file) {
  if (!PHOTO_TYPES.includes(file.type)) return showToast("A photo must be a JPEG, PNG, WebP or GIF image.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await act({ kind: "photo", name: file.name, type: file.type, base64: btoa(binary) });
}

$("send-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("text").value;
  if (!text.trim()) return;
  $("text").value = "";
  void act({ kind: "text", text });
});
$("send-location").addEventListener("click", () => void sendLocation());
$("photo").addEventListener("change", (event) => {
  const file = event.target.files[0];
  event.target.value = "";
  if (file) void sendPhoto(file);
});
$("persona").addEventListener("change", choosePersona);
$("name").addEventListener("change", savePersona);
$("language").addEventListener("change", savePersona);
void load();
