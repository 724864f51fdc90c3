/**
 * `npm run bench`: N simulated reporters fill in a full detention report at
 * once, in process, on the storage the bot uses (the embedded FerretDB unless
 * MONGODB_URI is set), as the runner would feed them (concurrent across
 * chats, sequential within a chat). Prints throughput, latency per update,
 * the first and last step, peak memory, and the same for a bare grammY bot
 * that echoes text: the ceiling.
 *
 * Options: --reporters N (default 200), --rounds R (default 3).
 */
import { randomBytes } from "node:crypto";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { createBot } from "../src/bot/create-bot.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { BOT_INFO } from "../playground/bot-api/bot-info.js";
import { AFTER_SUBMIT, formButton, START_REPORT, summaryButton } from "../src/flows/report/callback-data.js";
import { DONE, SKIP } from "../src/reports/input.js";
import { formSteps, type FormInputs } from "../test/helpers/form-script.js";
import { openBenchStorage } from "./bench-storage.js";
import { fastFetch } from "./fast-fake-telegram.js";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const REPORTERS = arg("reporters", 200);
const ROUNDS = arg("rounds", 3);
const LOCALE = process.argv.includes("--locale") ? process.argv[process.argv.indexOf("--locale") + 1]! : "ru";

/** One reporter's updates: a full detention report, from the menu button to "keep the messages". */
function script(userId: number): Array<{ label: string; update: (id: number) => Update }> {
  const from = { id: userId, is_bot: false, first_name: "Bench", language_code: LOCALE };
  const chat = { id: userId, type: "private" as const, first_name: "Bench" };
  const press = (data: string) => (update_id: number) =>
    ({
      update_id,
      callback_query: { id: String(update_id), from, chat_instance: "b", data, message: { message_id: 1, date: 0, chat, text: "q" } },
    }) as Update;
  const say = (text: string) => (update_id: number) =>
    ({ update_id, message: { message_id: update_id, date: Math.floor(Date.now() / 1000), chat, from, text } }) as Update;
  // The questions come from the question table; the ones not named get their declared example.
  const inputs: FormInputs = {
    role: "witness",
    subject: "person",
    name: "Серик, красная куртка",
    age: "18-29",
    journalist: "no",
    when: "now",
    place: "ул. Абая, у театра",
    region: "almaty",
    authority: "police",
    takenTo: null,
    toldReason: "no",
    protocol: "none",
    lawyer: "refused",
    relatives: "no",
    alsoIll: "no",
    account: "Его затолкали в автобус, номер не видно. Кричал своё имя.",
    contact: "bot",
  };
  const answers: Array<[string, (id: number) => Update]> = formSteps("detention", inputs).map(({ step, input }) => {
    if (step.kind === "choice") return [step.id, press(formButton(step.id, input as string))];
    if (step.kind === "media") return [step.id, press(formButton(step.id, DONE))];
    if (input === null) return [step.id, press(formButton(step.id, SKIP))];
    if (typeof input === "string") return [step.id, say(input)];
    throw new Error(`the bench does not answer a ${step.kind} question with ${JSON.stringify(input)}`);
  });
  return [
    { label: "start", update: press(START_REPORT.detention) },
    ...answers.map(([label, update]) => ({ label, update })),
    { label: "submit", update: press(summaryButton(answers.length, "submit")) },
    { label: "keep", update: press(AFTER_SUBMIT.keep) },
  ];
}

interface Run {
  updates: number;
  seconds: number;
  latencies: number[];
  byStep: Map<string, number[]>;
}

async function drive(handle: (update: Update) => Promise<void>, scripts: Array<ReturnType<typeof script>>): Promise<Run> {
  let updateId = 1;
  const latencies: number[] = [];
  const byStep = new Map<string, number[]>();
  const started = performance.now();
  await Promise.all(
    scripts.map(async (steps) => {
      for (const step of steps) {
        const t0 = performance.now();
        await handle(step.update(updateId++));
        const ms = performance.now() - t0;
        latencies.push(ms);
        (byStep.get(step.label) ?? byStep.set(step.label, []).get(step.label)!).push(ms);
      }
    }),
  );
  return { updates: latencies.length, seconds: (performance.now() - started) / 1000, latencies, byStep };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);

const bench = await openBenchStorage("reports");
const { storage } = bench;
const logger = pino({ level: "warn" });
// Delivery is measured by bench/delivery.ts; here reports are stored and left queued.
const delivery = { poke() {}, async routeTo() {}, async amend() {} };
const bot = createBot(
  "123456:BENCH",
  { storage, content: loadRightsContent(), alliance: NO_ALLIANCE, logger, pseudonymKey: randomBytes(32), delivery },
  {
    botInfo: BOT_INFO,
    client: { fetch: fastFetch as never },
  },
);

console.log(`storage: ${bench.kind}; ${REPORTERS} concurrent reporters × ${ROUNDS} rounds; ${script(1).length} updates per report`);
const cpuBefore = process.cpuUsage();
const dbCpuBefore = bench.databaseCpuMs();
const runs: Run[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const scripts = Array.from({ length: REPORTERS }, (_, i) => script(1_000_000 + round * REPORTERS + i));
  runs.push(await drive((update) => bot.handleUpdate(update), scripts));
}
const cpu = process.cpuUsage(cpuBefore);
bench.printCommands();

// The cost of one update without queueing: one reporter at a time, many reports in a row.
const SOLO_REPORTS = 100;
const solo = await drive(
  (update) => bot.handleUpdate(update),
  [Array.from({ length: SOLO_REPORTS }, (_, i) => script(9_000_000 + i)).flat()],
);
const dbCpuAfter = bench.databaseCpuMs();
const dbCpuMs = dbCpuAfter !== undefined && dbCpuBefore !== undefined ? dbCpuAfter - dbCpuBefore : undefined;
const reports = await storage.reports.count();

// The ceiling: the same load on a bot that only echoes text.
const echo = new Bot("123456:ECHO", { botInfo: BOT_INFO, client: { fetch: fastFetch as never } });
echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
const echoScripts = Array.from({ length: REPORTERS }, (_, i) =>
  script(i + 1).map(({ label }, n) => ({
    label,
    update: (update_id: number): Update => ({
      update_id,
      message: {
        message_id: n,
        date: 0,
        chat: { id: i + 1, type: "private", first_name: "E" },
        from: { id: i + 1, is_bot: false, first_name: "E" },
        text: "echo",
      },
    }),
  })),
);
const ceiling = await drive((update) => echo.handleUpdate(update), echoScripts);
clearInterval(sampler);

const all = runs.flatMap((run) => run.latencies);
const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
const step = (label: string) => runs.flatMap((run) => run.byStep.get(label) ?? []);
const firstStep = step("role");
const lastStep = step("contact");
const soloStep = (label: string) => solo.byStep.get(label)!.slice(5); // after warm-up
const dbPeak = bench.databasePeakMiB();

console.log(`\nfull durable report flow: ${reports} reports stored, ${all.length} updates`);
console.log(`  throughput            ${(all.length / seconds).toFixed(0)} updates/s`);
console.log(`  latency per update    p50 ${fmt(percentile(all, 50))}   p99 ${fmt(percentile(all, 99))}`);
console.log(`  first step (role)     p50 ${fmt(percentile(firstStep, 50))}   p99 ${fmt(percentile(firstStep, 99))}   (under load)`);
console.log(`  last step (contact)   p50 ${fmt(percentile(lastStep, 50))}   p99 ${fmt(percentile(lastStep, 99))}   (under load)`);
const [soloFirst, soloLast] = [soloStep("role"), soloStep("contact")];
console.log(`  cost of one update, one reporter at a time (${SOLO_REPORTS} reports):`);
console.log(`    first step (role)   mean ${fmt(mean(soloFirst))}   p50 ${fmt(percentile(soloFirst, 50))}`);
console.log(`    last step (contact) mean ${fmt(mean(soloLast))}   p50 ${fmt(percentile(soloLast, 50))}`);
// The median: one garbage collection in a 2 ms step would move a mean by several per cent.
console.log(
  `    growth first → last ${((percentile(soloLast, 50) / percentile(soloFirst, 50) - 1) * 100).toFixed(1)} % of the median (limit: 25 %); of the mean ${((mean(soloLast) / mean(soloFirst) - 1) * 100).toFixed(1)} %`,
);
console.log(`  submit                p50 ${fmt(percentile(step("submit"), 50))}   p99 ${fmt(percentile(step("submit"), 99))}`);
console.log(
  `  CPU per update        bot ${((cpu.user + cpu.system) / 1000 / all.length).toFixed(3)} ms${dbCpuMs !== undefined ? `, embedded database ${(dbCpuMs / all.length).toFixed(3)} ms` : ""}`,
);
console.log(
  `  peak RSS              bot ${(peakRss / 2 ** 20).toFixed(0)} MiB${dbPeak !== undefined ? `, embedded database ${dbPeak.toFixed(0)} MiB` : ""}`,
);
console.log(
  `\nceiling, bare grammY echo bot: ${(ceiling.updates / ceiling.seconds).toFixed(0)} updates/s, p50 ${fmt(percentile(ceiling.latencies, 50))}, p99 ${fmt(percentile(ceiling.latencies, 99))}`,
);

await bench.close();
