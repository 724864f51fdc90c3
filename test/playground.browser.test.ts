/**
 * `npm run playground` as a person uses it: the real bot process against the stand-in, the chat page
 * in headless Chromium at a phone's width. /start, a rights card, a witness's report to its reference
 * code (a location through the reply keyboard's button), its details with a typed answer and a photo,
 * then the sample admin's chat with the alert. Screenshots go to test-artifacts/playground/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { PNG } from "pngjs";
import { artifactDir, launchChromium, PHONE_VIEWPORT } from "./helpers/browser.js";
import { CODE_PATTERN } from "../src/reports/reference-code.js";

const ADMIN_ID = 100000001; // deploy/alliance.example.yaml
const shots = artifactDir("playground");
const WAIT = 20_000;

describe("npm run playground in a browser", () => {
  let playground: ChildProcess;
  let output = "";
  let exited: Promise<number | string | null>;
  let closed = false;
  let url: string;
  let browser: Browser;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    playground = spawn("npm", ["run", "playground", "--silent"], {
      env: { ...process.env, PLAYGROUND_PORT: "0", LOG_LEVEL: "warn" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    playground.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    playground.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) =>
      playground.once("close", (status, signal) => {
        closed = true;
        resolve(status ?? signal);
      }),
    );
    url = await until(
      () => /Playground ready: open (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1],
      120_000,
      () => output,
    );
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE_VIEWPORT });
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    if (playground && !closed) {
      // Ctrl-C in a terminal: SIGINT to the whole foreground group.
      process.kill(-playground.pid!, "SIGINT");
      await exited;
    }
  });

  const bubbles = () => page.locator(".msg");
  const lastBot = () => page.locator(".msg.bot").last();
  const bubbleWith = (text: string) => page.locator(".msg", { hasText: text });
  const button = (text: string) => page.locator(".inline-keyboard button", { hasText: text }).last();

  async function send(text: string): Promise<void> {
    await page.fill("#text", text);
    await page.press("#text", "Enter");
  }

  /** Presses a button and waits until the bot has answered (the last bot bubble or its text changed). */
  async function press(target: Locator): Promise<void> {
    const before = await botState();
    await target.click();
    await until(async () => ((await botState()) !== before ? true : undefined), WAIT, botState);
  }

  async function botState(): Promise<string> {
    const last = lastBot();
    return `${await last.getAttribute("data-message-id")}:${await last.innerText()}`;
  }

  it("prints the address and the hint, and /start shows the welcome", async () => {
    expect(output).toContain(`Switch "Act as" to "Admin" (id ${ADMIN_ID}`);
    expect(output).toContain("Not for real reports");
    await send("/start");
    await bubbleWith("/start").waitFor({ timeout: WAIT });
    await bubbleWith("Здравствуйте. Этот бот помогает при задержании").waitFor({ timeout: WAIT });
    await page.screenshot({ path: path.join(shots, "01-welcome.png") });
  });

  it("the rights menu is edited in place and opens a card", async () => {
    const menu = bubbleWith("Здравствуйте. Этот бот помогает при задержании");
    const menuId = await menu.getAttribute("data-message-id");
    const count = await bubbles().count();
    await press(button("Мои права при задержании"));
    const edited = page.locator(`.msg[data-message-id="${menuId}"]`);
    expect(await edited.innerText()).toContain("Ваши права. Выберите тему:");
    expect(await edited.innerText()).toContain("edited");
    expect(await bubbles().count()).toBe(count);
    expect(await bubbleWith("Здравствуйте. Этот бот помогает при задержании").count()).toBe(0);

    await press(button("При задержании"));
    await press(button("Ваш адвокат"));
    const card = bubbleWith("Вы имеете право на помощь адвоката (защитника) с момента задержания.");
    await card.waitFor({ timeout: WAIT });
    expect(await card.locator("b", { hasText: "Ваш адвокат" }).count()).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "02-rights-card.png") });
  });

  it("shows a photo the bot sends as an image, and a file as a link that downloads it under its name", async () => {
    await send("/start");
    await press(button("Карточка на экран блокировки"));
    await press(button("Сделать без номера"));
    const image = page.locator(".msg.bot img").last();
    await image.waitFor({ timeout: WAIT });
    await until(
      async () =>
        (await image.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0))
          ? true
          : undefined,
      WAIT,
    );
    const link = page.locator(".msg.bot .doc a", { hasText: "rights-lockscreen-ru.png" });
    await link.waitFor({ timeout: WAIT });
    expect(await link.getAttribute("download")).toBe("rights-lockscreen-ru.png");
    const file = Buffer.from(await (await fetch(new URL((await link.getAttribute("href"))!, url))).arrayBuffer());
    expect(file.subarray(1, 4).toString()).toBe("PNG");
    await image.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "02b-lockscreen-photo.png") });
  });

  it("a witness's report reaches its reference code, the location sent by the reply keyboard's button", async () => {
    await send("/start");
    await press(button("Человека задерживают сейчас"));
    await press(button("2–5"));
    const locationButton = page.locator("#reply-keyboard button", { hasText: "Отправить геопозицию" });
    await locationButton.waitFor({ timeout: WAIT });
    await page.screenshot({ path: path.join(shots, "03-location-keyboard.png") });
    await press(locationButton);
    await bubbleWith("📍 Location 43.23830, 76.94530").waitFor({ timeout: WAIT });
    await press(button("Полиция"));

    const done = bubbleWith("Номер обращения:");
    await done.waitFor({ timeout: WAIT });
    const match = new RegExp(`Номер обращения: (${CODE_PATTERN})\\.`).exec(await done.innerText());
    expect(match, await done.innerText()).not.toBeNull();
    code = match![1]!;
    // The reply keyboard is gone (remove_keyboard) once the location is answered.
    await until(async () => ((await page.locator("#reply-keyboard").isHidden()) ? true : undefined), WAIT);
    await page.screenshot({ path: path.join(shots, "04-reference-code.png") });
  });

  it("a pressed button's message is edited in place, not sent again", async () => {
    const question = bubbleWith("Ваш телефон могут проверить");
    await question.waitFor({ timeout: WAIT });
    const id = await question.getAttribute("data-message-id");
    await press(button("Оставить"));
    const edited = page.locator(`.msg[data-message-id="${id}"]`);
    expect(await edited.innerText()).toContain("Сообщения остаются.");
    expect(await edited.locator(".inline-keyboard").count()).toBe(0);
    expect(await bubbleWith("Ваш телефон могут проверить").count()).toBe(0);
  });

  it("the details, with a typed answer and a photo as evidence, join the same report", async () => {
    await press(button("Добавить подробности"));
    const photo = path.join(shots, "evidence.png");
    writePng(photo);
    let typed = false;
    let uploaded = false;
    for (let step = 0; step < 30; step++) {
      const last = lastBot();
      const text = await last.innerText();
      if (text.includes("Пожалуйста, проверьте ваше обращение")) break;
      const buttons = await last.locator(".inline-keyboard button").allInnerTexts();
      if (text.includes("Отправьте фото, видео") && !uploaded) {
        await page.setInputFiles("#photo", photo);
        await bubbleWith("Получено: 1 файл").waitFor({ timeout: WAIT });
        await page.locator(".msg.user img").last().waitFor({ timeout: WAIT });
        uploaded = true;
        await page.screenshot({ path: path.join(shots, "05-photo-evidence.png") });
      } else if (buttons.length === 1 && /Пропустить|Неизвестно/.test(buttons[0]!)) {
        // A question answered in words.
        const before = await botState();
        await send("Районный отдел полиции №3");
        await until(async () => ((await botState()) !== before ? true : undefined), WAIT);
        typed = true;
      } else {
        const choice = buttons.find((b) => b === "Нет") ?? buttons.find((b) => b.includes("Готово")) ?? buttons[0]!;
        await press(last.locator(".inline-keyboard button", { hasText: choice }).first());
      }
    }
    expect(typed).toBe(true);
    expect(uploaded).toBe(true);
    expect(await lastBot().innerText()).toContain("Файлы: 1");
    await press(button("Отправить"));
    await bubbleWith(`Подробности добавлены к обращению ${code}.`).waitFor({ timeout: WAIT });
    await page.screenshot({ path: path.join(shots, "06-details-added.png") });
  });

  it("acting as the sample admin shows the report's alert with its code", async () => {
    await page.selectOption("#persona", String(ADMIN_ID));
    const alert = bubbleWith(code);
    await alert.waitFor({ timeout: WAIT });
    const text = await alert.innerText();
    expect(text).toContain("Quick alert from a witness — details added");
    expect(text).toContain("protected content");
    expect(await alert.locator(".inline-keyboard button", { hasText: "Take" }).count()).toBe(1);
    // The reporter's messages are not in the admin's chat.
    expect(await bubbleWith("Номер обращения:").count()).toBe(0);
    await page.screenshot({ path: path.join(shots, "07-admin-alert.png"), fullPage: true });
  });

  it("the language picker is the person's Telegram language: the admin, set to kk, is greeted in Kazakh", async () => {
    await page.selectOption("#language", "kk");
    await send("/start");
    await bubbleWith("Сәлеметсіз бе. Бұл бот ұстап алу кезінде көмектеседі").waitFor({ timeout: WAIT });
    expect(await page.inputValue("#name")).toBe("Admin");
  });

  it("the admin takes the case: the answer shows as a toast, and the reporter hears of it", async () => {
    const alert = bubbleWith(code);
    await alert.locator(".inline-keyboard button", { hasText: "Take" }).click();
    const toast = page.locator("#toast");
    await until(async () => ((await toast.isVisible()) ? true : undefined), WAIT);
    expect(await toast.innerText()).toBe("Алынды.");
    await page.screenshot({ path: path.join(shots, "07b-admin-took-toast.png") });
    await page.selectOption("#persona", "700001");
    await bubbleWith("Человек из альянса занимается тем, что вы прислали.").waitFor({ timeout: WAIT });
    await page.selectOption("#persona", String(ADMIN_ID));
  });

  it("shows a bot's markup as text: no script runs, no link to javascript:, no foreign tag", async () => {
    const call = (body: object) =>
      fetch(`${url}/bot123:x/sendMessage`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    await call({ chat_id: ADMIN_ID, text: "<script>window.pwned = 1</script> plain" });
    await call({
      chat_id: ADMIN_ID,
      parse_mode: "HTML",
      text: '<b>жирный</b> &lt;script&gt;window.pwned = 2&lt;/script&gt; <a href="javascript:window.pwned = 3">ссылка</a> <img src=x onerror="window.pwned = 4"> <tg-spoiler>тайна</tg-spoiler>',
    });
    const plain = bubbleWith("<script>window.pwned = 1</script> plain");
    await plain.waitFor({ timeout: WAIT });
    const marked = bubbleWith("<script>window.pwned = 2</script>");
    await marked.waitFor({ timeout: WAIT });
    expect(await marked.locator("b").innerText()).toBe("жирный");
    expect(await marked.innerText()).toContain('<img src=x onerror="window.pwned = 4">');
    expect(await marked.locator("img, script").count()).toBe(0);
    expect(await marked.locator("a").getAttribute("href")).toBeNull();
    expect(await marked.locator(".spoiler").innerText()).toBe("тайна");
    await marked.locator("a").click();
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    await page.screenshot({ path: path.join(shots, "08-markup-as-text.png") });
  });

  it("stops on Ctrl-C with the bot and removes its data", async () => {
    const dataDir = /data in (\S+),/.exec(output)?.[1];
    expect(dataDir && existsSync(dataDir)).toBe(true);
    process.kill(-playground.pid!, "SIGINT");
    // npm passes the interrupt on, waits for the playground's clean exit (0), then ends by the same signal.
    expect([0, "SIGINT"]).toContain(await exited);
    expect(output).toContain("Playground: stopped; its data is removed.");
    expect(existsSync(dataDir!)).toBe(false);
  });
});

/** A small red-and-white photo. */
function writePng(file: string): void {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(i % 32 < 16 ? [220, 40, 40, 255] : [255, 255, 255, 255], i);
  writeFileSync(file, PNG.sync.write(png));
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, describe?: () => unknown): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out${describe ? `: ${String(await describe())}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
