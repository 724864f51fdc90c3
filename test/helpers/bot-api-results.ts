/** The fakes' Bot API results live beside the playground's stand-in, which answers the same calls. */
export * from "../../playground/bot-api/results.js";
