/** Buttons of the alarm and of trusted contacts. A button names an action, never a person or a chat. */
import { REGION_IDS } from "../../../shared/regions.js";
import { defineButton, matching, oneOf } from "../../../telegram/callback-data.js";

export const EM = {
  /** 🆘 I'm being detained (as /sos). */
  sos: "sos",
  /** ✅ I'm safe (as /safe). */
  safe: "safe",
  /** The trusted contacts screen (as /contacts). */
  contacts: "tc",
  setName: "tc:name",
  add: "tc:add",
  reportOff: "tc:rep:off",
  reportOn: "tc:rep:on",
  clearAtOnce: "tc:clr:on",
  clearAsk: "tc:clr:off",
} as const;

const id = matching("[A-Za-z0-9_-]{4,16}");
const token = matching("[A-Za-z0-9_-]{16,40}");

/** `tcg:almaty`: the region of the alliance report. */
export const REPORT_REGION = defineButton("tcg", { region: oneOf(REGION_IDS) });
/** `tcr:<contact>`: asks whether to remove a contact; `tcx:<contact>` removes it. */
export const REMOVE_ASK = defineButton("tcr", { contact: id });
export const REMOVE = defineButton("tcx", { contact: id });
/** `tca:<token>` / `tcd:<token>`: the invited contact accepts or declines. */
export const ACCEPT = defineButton("tca", { token });
export const DECLINE = defineButton("tcd", { token });
/** `tcl:<contact>`: a contact leaves the list they are on under that id. */
export const LEAVE = defineButton("tcl", { contact: id });

/** The deep-link prefix of an invitation: t.me/<bot>?start=tc_<token>. */
export const INVITE_PREFIX = "tc_";
