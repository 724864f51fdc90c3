import type { Logger } from "pino";
import type { AllianceConfig } from "../config/alliance.js";
import type { RightsContent } from "../content/rights-content.js";
import type { Storage } from "../storage/database.js";

/** What the bot needs from the outside world; tests pass their own. */
export interface BotDeps {
  storage: Storage;
  content: RightsContent;
  alliance: AllianceConfig;
  logger: Logger;
  /** Keys storage documents by pseudonyms instead of Telegram ids. */
  pseudonymKey: Buffer;
}
