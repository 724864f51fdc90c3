// Telegram HTML (parse_mode HTML) as DOM nodes, built with createElement and text nodes only — never
// innerHTML — so a bot text can never run script in the page. Telegram's tags become elements;
// anything else, and any unbalanced tag, is shown as the text it is.
const TAGS = {
  b: "b",
  strong: "b",
  i: "i",
  em: "i",
  u: "u",
  ins: "u",
  s: "s",
  strike: "s",
  del: "s",
  code: "code",
  pre: "pre",
  a: "a",
  blockquote: "blockquote",
  "tg-spoiler": "span",
  span: "span",
};
const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function attribute(source, name) {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i").exec(source);
  return match ? decodeEntities(match[2] ?? match[3] ?? "") : undefined;
}

function element(doc, tag, attrs) {
  const name = TAGS[tag];
  if (tag === "span" && !/\btg-spoiler\b/.test(attribute(attrs, "class") ?? "")) return undefined;
  const node = doc.createElement(name);
  if (tag === "tg-spoiler" || tag === "span") {
    node.className = "spoiler";
    node.addEventListener("click", () => node.classList.add("revealed"));
  }
  if (tag === "a") {
    const href = attribute(attrs, "href") ?? "";
    // Only links a chat would open: no javascript: or data: URLs.
    if (/^(https?:|tg:|mailto:)/i.test(href)) {
      node.href = href;
      node.target = "_blank";
      node.rel = "noopener noreferrer";
    }
  }
  if (tag === "blockquote" && /\bexpandable\b/i.test(attrs)) node.classList.add("expandable");
  return node;
}

/** Appends `html` (Telegram HTML) to `parent`. */
export function renderTelegramHtml(parent, html) {
  const doc = parent.ownerDocument;
  const stack = [{ tag: "", node: parent }];
  const top = () => stack[stack.length - 1];
  const text = (value) => top().node.appendChild(doc.createTextNode(value));
  const pattern = /<(\/?)([a-z][a-z-]*)([^<>]*)>/gi;
  let last = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match.index > last) text(decodeEntities(html.slice(last, match.index)));
    last = pattern.lastIndex;
    const [whole, closing, rawTag, attrs] = match;
    const tag = rawTag.toLowerCase();
    if (!(tag in TAGS)) {
      text(whole);
      continue;
    }
    if (closing) {
      if (top().tag === tag) stack.pop();
      else text(whole);
      continue;
    }
    const node = element(doc, tag, attrs);
    if (!node) {
      text(whole);
      continue;
    }
    top().node.appendChild(node);
    stack.push({ tag, node });
  }
  if (last < html.length) text(decodeEntities(html.slice(last)));
}
