/** The bot as the fakes describe it: shared with the playground's stand-in. */
export { BOT_INFO } from "../../playground/bot-api/bot-info.js";
