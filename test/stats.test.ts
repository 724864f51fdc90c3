/**
 * /stats: counts from a seeded database, small cells shown as "< 3" in the
 * text and the chart, who may ask, and the chart image itself.
 */
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { chartPng, chartSvg } from "../src/stats/chart.js";
import { shown } from "../src/stats/stats.js";
import { parseRange, rangeLabel } from "../src/stats/period.js";
import { buttonsOf, type UploadedFile } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps } from "./helpers/lead-steps.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press, type Person } from "./helpers/updates.js";

const ADMIN_RU = person(1_000_001, "ru", "Admin");
const ADMIN_KK = person(1_000_002, "kk", "Admin");
const REPORTER = 2_000_001;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN_RU.id, ADMIN_KK.id] };
const REFUSED_RU = "Статистика доступна администраторам, национальному координатору и ответственным сектора документирования.";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

function setup() {
  const h = createTestBot(storage, { alliance });
  return { h, ...leadSteps(h, ADMIN_RU) };
}

/**
 * Four detentions in Almaty (one of them "now"), two in Atyrau, the lawyer refused in each (the sample's
 * answer); relatives not told in one Atyrau report, nobody knows where one Almaty person was taken, and
 * one Almaty report also tells of beating and threats. Three Almaty lawyer cases taken 20, 30 and
 * 40 minutes after opening and closed as "released", one open.
 */
async function seed() {
  const almaty = [
    await submit(storage, REPORTER, { when: "now" }),
    await submit(storage, REPORTER, { takenTo: null }),
    await submit(storage, REPORTER, { alsoIll: "yes", illKinds: ["beating", "threats"] }),
    await submit(storage, REPORTER),
  ];
  await submit(storage, REPORTER, { region: "atyrau", relatives: "no" });
  await submit(storage, REPORTER, { region: "atyrau" });
  const now = new Date();
  for (const [i, report] of almaty.entries()) {
    await storage.cases.open({ code: report.code, sector: "lawyer", region: "almaty", rank: 1, level: "primary", createdAt: now }, null);
    if (i === 3) continue;
    await storage.cases.take(report.code, "lawyer", "lead-1", new Date(now.getTime() + (20 + 10 * i) * 60_000));
    await storage.cases.close(report.code, "lawyer", "released", now);
  }
}

/** /stats, then the period button; returns the text and the chart sent. */
async function askStats(h: ReturnType<typeof setup>["h"], who: Person, period = "7d") {
  await h.send(command(who, "stats"));
  const choice = h.telegram.last("sendMessage");
  const button = buttonsOf(choice).find((b) => b.data === `st:period:${period}`);
  expect(button).toBeDefined();
  await h.send(press(who, button!.data));
  const text = String(h.telegram.last("sendMessage").payload.text);
  const photo = h.telegram.last("sendPhoto");
  expect(photo.payload.chat_id).toBe(who.id);
  const file = Object.values(photo.payload).find((v): v is UploadedFile => typeof v === "object" && v !== null && "bytes" in v)!;
  return { choice, text, png: file.bytes };
}

function decode(bytes: Buffer) {
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 13) colours.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, colours: colours.size };
}

describe("/stats counts", () => {
  it("counts reports by region, kind, sector and detention time, cases by status and outcome, from the database (ru)", async () => {
    const { h } = setup();
    await seed();
    const { choice, text, png } = await askStats(h, ADMIN_RU);
    expect(buttonsOf(choice).map((b) => b.text)).toEqual(["Сегодня", "7 дней", "30 дней"]);
    for (const line of [
      "Статистика: 7 дней",
      "Обращений: 6",
      "Атырауская область — < 3",
      // Almaty's 4 is hidden too: 6 − 4 would give Atyrau's 2 away.
      "Алматы — скрыто",
      "Задержание и жестокое обращение — < 3",
      "Задержание — скрыто",
      "Адвокат — 6",
      "задержан сейчас — < 3",
      "раньше — скрыто",
      // open 1, taken 0, closed 3: no cell of 4 or more can cover the 1, so the breakdown is not shown.
      "Дела\nне показано: слишком мало, чтобы никого не выделить\n",
      "Человека освободили — 3",
      // Read from the sealed parts, one report at a time; counted like the rest.
      "Нарушения прав при задержании\nотказали в адвокате — 6\n",
      "родственникам не сообщили — < 3",
      "неизвестно, куда доставили — < 3",
      "Виды жестокого обращения\nИзбиение — < 3\nУгрозы — < 3",
      "Медиана до взятия дела: 30 мин",
      "Медиана до закрытия: 0 ч",
      "«< 3» — одно или два: так никого нельзя узнать.\n«скрыто» — скрыто, чтобы «< 3» нельзя было вычислить из итога.",
    ])
      expect(text).toContain(line);
    for (const leak of ["Алматы — 4", "раньше — 5", "не взято", "закрыто — 3"]) expect(text).not.toContain(leak);
    const image = decode(png);
    expect(image.width).toBe(1000);
    expect(image.height).toBeGreaterThan(400);
    expect(image.colours).toBeGreaterThan(2);
  });

  it('a region with 2 reports shows "< 3", never "2" (ru and kk)', async () => {
    const { h } = setup();
    await seed();
    const ru = await askStats(h, ADMIN_RU, "30d");
    expect(ru.text).toContain("Атырауская область — < 3");
    expect(ru.text).not.toMatch(/Атырауская область — 2/);
    const kk = await askStats(h, ADMIN_KK, "today");
    expect(kk.text).toContain("Статистика: Бүгін");
    expect(kk.text).toContain("Атырау облысы — < 3");
    expect(kk.text).toContain("Хабарламалар: 6");
    expect(kk.text).toContain("Алматы — жасырылды");
    expect(kk.text).not.toMatch(/— [12]$/m);
  });

  it("an empty period says so, with no chart", async () => {
    const { h } = setup();
    await h.send(command(ADMIN_RU, "stats"));
    await h.send(press(ADMIN_RU, "st:period:today"));
    expect(h.telegram.last("sendMessage").payload.text).toBe("Статистика: Сегодня\nЗа этот период обращений нет.");
    expect(h.telegram.callsOf("sendPhoto")).toEqual([]);
  });
});

describe("a typed range", () => {
  const NOW = Date.UTC(2026, 11, 3, 12);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("reads day.month ranges, both days included, in the latest year they have begun by", () => {
    expect(parseRange("01.11–15.11", NOW)).toEqual({ ok: true, period: { from: day("2026-11-01"), to: day("2026-11-16") } });
    expect(parseRange(" 20.12 - 05.01 ", NOW)).toEqual({ ok: true, period: { from: day("2025-12-20"), to: day("2026-01-06") } });
    expect(parseRange("01.03.2024—02.03.2024", NOW)).toEqual({ ok: true, period: { from: day("2024-03-01"), to: day("2024-03-03") } });
    expect(rangeLabel({ from: day("2026-11-01"), to: day("2026-11-16") }, NOW)).toBe("01.11–15.11");
    expect(rangeLabel({ from: day("2025-12-20"), to: day("2026-01-06") }, NOW)).toBe("20.12.2025–05.01.2026");
  });

  it("refuses what is not a range, a day that does not exist and more than 31 days", () => {
    for (const input of ["yesterday", "31.02–01.03", "01.11", "1.13–2.13", "05.01.2026-01.01.2026"])
      expect(parseRange(input, NOW)).toEqual({ ok: false, reason: "unreadable" });
    expect(parseRange("01.10–15.11", NOW)).toEqual({ ok: false, reason: "too-long" });
  });

  it("/stats with today's dates counts today's reports; a bad range gets a polite answer with an example", async () => {
    const { h } = setup();
    await seed();
    const today = new Date();
    const dm = `${String(today.getUTCDate()).padStart(2, "0")}.${String(today.getUTCMonth() + 1).padStart(2, "0")}`;
    await h.send(command(ADMIN_RU, "stats", `${dm}–${dm}`));
    expect(String(h.telegram.last("sendMessage").payload.text)).toContain(`Статистика: ${dm}–${dm}\nОбращений: 6`);
    expect(h.telegram.callsOf("sendPhoto")).toHaveLength(1);
    await h.send(command(ADMIN_KK, "stats", "31.02–01.03"));
    expect(h.telegram.last("sendMessage").payload.text).toBe(
      "Күндерді оқи алмадым. Былай жазыңыз: /stats 01.11–15.11 (күн.ай, 31 күннен аспайды).",
    );
    await h.send(command(ADMIN_RU, "stats", "01.01–30.06"));
    expect(h.telegram.last("sendMessage").payload.text).toBe("Слишком длинный период: не больше 31 дня. Например: /stats 01.11–15.11");
    expect(h.telegram.callsOf("sendPhoto")).toHaveLength(1);
  });
});

describe("who may use /stats", () => {
  it("a regional lawyer lead and a stranger are refused politely, also at a press; no figures reach them", async () => {
    const { h, enrol } = setup();
    await seed();
    const lawyer = person(6001, "ru", "Almaty Lawyer");
    await enrol(lawyer, "lawyer", "almaty");
    await h.send(command(lawyer, "stats"));
    expect(h.telegram.last("sendMessage").payload).toMatchObject({ chat_id: lawyer.id, text: REFUSED_RU });
    await h.send(press(lawyer, "st:period:7d"));
    expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({ text: REFUSED_RU, show_alert: true });
    const stranger = person(6002, "en");
    await h.send(command(stranger, "stats"));
    expect(h.telegram.last("sendMessage").payload.text).toBe(
      "Statistics are for the admins, the national coordinator and the documentation sector's leads.",
    );
    expect(h.telegram.callsOf("sendPhoto")).toEqual([]);
    expect(h.telegram.texts().some((t) => t.includes("Алматы — 4"))).toBe(false);
  });

  it("a regional documentation lead gets the figures of their region only; the national coordinator gets the country's", async () => {
    const { h, enrol } = setup();
    await seed();
    const documentation = person(6003, "ru", "Documenter");
    const coordinator = person(6004, "ru", "Coordinator");
    await enrol(documentation, "documentation", "almaty");
    await enrol(coordinator, "coordinator", "national");
    const regional = (await askStats(h, documentation)).text;
    expect(regional).toContain("Статистика: 7 дней · Алматы\nОбращений: 4");
    expect(regional).toContain("Алматы — 4");
    expect(regional).not.toContain("Атырау");
    const national = (await askStats(h, coordinator)).text;
    expect(national).toContain("Статистика: 7 дней\nОбращений: 6");
    expect(national).toContain("Атырауская область — < 3");
  });
});

describe("the chart", () => {
  const textsOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&lt;/g, "<"));

  it("has the Kazakh and Russian labels as text, a small cell labelled and drawn short, and renders to a non-blank PNG", async () => {
    for (const [title, region, kind] of [
      ["Статистика: 7 күн", "Шығыс Қазақстан облысы", "Қатыгез қарым-қатынас"],
      ["Статистика: 7 дней", "Восточно-Казахстанская область", "Жестокое обращение"],
    ] as const) {
      const svg = chartSvg(
        title,
        [
          {
            title: "Өңірлер / Регионы",
            bars: [
              { label: region, cell: shown(40) },
              { label: "Алматы", cell: shown(2) },
            ],
          },
          { title: "Түрі / Вид", bars: [{ label: kind, cell: shown(1) }] },
        ],
        { hidden: "жасырылды" },
      );
      const texts = textsOf(svg);
      expect(texts).toEqual(expect.arrayContaining([title, region, kind, "40", "< 3"]));
      expect(texts).not.toContain("2");
      expect(texts).not.toContain("1");
      // Both small bars have the same short length whatever their count.
      const widths = [...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="(\d+)"/g)].map((m) => Number(m[1]));
      expect(widths[1]).toBe(widths[2]);
      expect(widths[1]).toBeLessThan(widths[0]! / 10);
      const image = decode(await chartPng(svg));
      expect(image.width).toBe(1000);
      expect(image.colours).toBeGreaterThan(3);
    }
  });
});

describe("a period with one report", () => {
  it('shows "< 3" everywhere and withholds nothing: there is no exact total to subtract from (kk)', async () => {
    const ADMIN = person(1_000_002, "kk", "Admin");
    const h = createTestBot(storage, { alliance });
    await submit(storage, REPORTER, { when: "now", takenTo: null });
    const { text } = await askStats(h, ADMIN, "7d");
    for (const line of ["Хабарламалар: < 3", "Ұстаулар: қазір немесе бұрын\nқазір ұсталған — < 3", "Алматы — < 3"])
      expect(text).toContain(line);
    expect(text).not.toContain("көрсетілмейді");
    // Nothing is hidden, so "hidden" is not explained; "< 3" is.
    expect(text).toContain("«< 3» — бір немесе екі");
    expect(text).not.toContain("«жасырылды»");
  });
});
