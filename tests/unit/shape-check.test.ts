// The small validator (src/lib/shape-check.ts): the first problem, with the path a person can follow.
import { describe, expect, it } from "vitest";
import { dateText, dict, fields, list, optional, scalePoint, text } from "../../src/lib/shape-check.ts";

const afspraak = fields({ text, due: dateText, note: optional(text) });
const session = fields({ name: text, records: dict(fields({ afspraken: list(afspraak), value: scalePoint(5) })) });

describe("shape checks", () => {
  it("accept a value of the shape, with or without an optional field", () => {
    const value = { name: "Sessie", records: { "a/b": { value: null, afspraken: [{ text: "x", due: "" }, { text: "y", due: "2027-04-01", note: "z" }] } } };
    expect(session(value, "session")).toBeNull();
  });
  it("name the first place that goes wrong and what is wrong there", () => {
    expect(session({ name: 3 }, "session")).toBe("session.name is geen tekst");
    expect(session({ name: "S", records: { "a/b": { afspraken: [{ text: "x", due: "1 april" }], value: 1 } } }, "session")).toBe("session.records.a/b.afspraken[0].due is geen datum");
    expect(session({ name: "S", records: { "a/b": { afspraken: [], value: 6 } } }, "session")).toBe("session.records.a/b.value is geen punt van 1 tot 5");
    expect(session({ name: "S", records: { "a/b": { afspraken: {} } } }, "session")).toBe("session.records.a/b.afspraken is geen lijst");
    expect(afspraak({ text: "x", due: "", note: 1 }, "a")).toBe("a.note is geen tekst");
    expect(session(null, "session")).toBe("session ontbreekt");
  });
});
