import { describe, expect, it } from "vitest";
import { html, htmlLines } from "../src/shared/text.js";

describe("html`…`", () => {
  it("escapes every interpolated value, so a name or an account can never open a tag", () => {
    const name = "<b>Serik</b> & co";
    expect(html`<b>${name}</b>: ${42}`.markup).toBe("<b>&lt;b&gt;Serik&lt;/b&gt; &amp; co</b>: 42");
  });

  it("keeps HTML it built itself, once, and joins lines escaping the plain ones", () => {
    const title = html`<i>${"a < b"}</i>`;
    expect(html`<b>${title}</b>`.markup).toBe("<b><i>a &lt; b</i></b>");
    expect(htmlLines([title, "x > y", ""])).toBe("<i>a &lt; b</i>\nx &gt; y\n");
  });
});
