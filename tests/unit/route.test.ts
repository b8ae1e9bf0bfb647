// Reading order, branches and URL hashes of a module (src/lib/route.ts).
import { describe, expect, it } from "vitest";
import { hashForPlace, nextStepId, parseRoute, pathThrough, placeFromHash, positionOf, prevStepId, serialiseRoute, type RouteStep } from "../../src/lib/route.ts";

const linear: RouteStep[] = ["inleiding", "een", "twee", "slot"].map((id) => ({ id, title: id, targets: id === "een" ? [{ id: "optie-a", kind: "option" as const }, { id: "dialoog-b", kind: "dialog" as const }] : [] }));

const branching: RouteStep[] = [
  { id: "waarom", title: "Waarom", targets: [] },
  { id: "kies", title: "Kies", targets: [], choices: [{ label: "Eenvoudig", goto: "snel" }, { label: "Complex", goto: "intake" }] },
  { id: "snel", title: "Snel", branch: "eenvoudig", next: "slot", targets: [{ id: "aan-de-slag", kind: "checklist" }] },
  { id: "intake", title: "Intake", branch: "complex", targets: [] },
  { id: "tafel", title: "Tafel", branch: "complex", targets: [] },
  { id: "vergunning", title: "Vergunning", branch: "complex", next: "slot", targets: [] },
  { id: "slot", title: "Slot", targets: [] },
];

describe("linear module", () => {
  it("walks the steps in file order", () => {
    expect(nextStepId(linear, "inleiding")).toBe("een");
    expect(nextStepId(linear, "slot")).toBeNull();
    expect(prevStepId(linear, "twee")).toBe("een");
    expect(prevStepId(linear, "inleiding")).toBeNull();
  });
  it("says where the reader is", () => {
    expect(positionOf(linear, "twee")).toEqual({ index: 3, total: 4 });
  });
});

describe("branching module", () => {
  it("goes from a choice to its first option by default", () => {
    expect(nextStepId(branching, "kies")).toBe("snel");
  });
  it("stays on the branch and jumps to the shared end", () => {
    expect(nextStepId(branching, "snel")).toBe("slot");
    expect(nextStepId(branching, "intake")).toBe("tafel");
    expect(nextStepId(branching, "vergunning")).toBe("slot");
  });
  it("goes back through the branch the reader came from", () => {
    expect(prevStepId(branching, "slot", "complex")).toBe("vergunning");
    expect(prevStepId(branching, "slot", "eenvoudig")).toBe("snel");
    expect(prevStepId(branching, "intake")).toBe("kies");
  });
  it("counts steps along the chosen path", () => {
    expect(pathThrough(branching, "complex")).toEqual(["waarom", "kies", "intake", "tafel", "vergunning", "slot"]);
    expect(pathThrough(branching, "eenvoudig")).toEqual(["waarom", "kies", "snel", "slot"]);
    expect(positionOf(branching, "tafel")).toEqual({ index: 4, total: 6 });
    expect(positionOf(branching, "slot", "eenvoudig")).toEqual({ index: 4, total: 4 });
  });
});

describe("hash ↔ place", () => {
  it("maps a step, a target inside a step, and nothing", () => {
    expect(placeFromHash(linear, "")).toEqual({ stepId: "inleiding" });
    expect(placeFromHash(linear, "#twee")).toEqual({ stepId: "twee" });
    expect(placeFromHash(linear, "#optie-a")).toEqual({ stepId: "een", targetId: "optie-a" });
  });
  it("sends an unknown or malformed hash to the first step and remembers the name", () => {
    expect(placeFromHash(linear, "#bestaat-niet")).toEqual({ stepId: "inleiding", unknown: "bestaat-niet" });
    expect(placeFromHash(linear, "#%E0%A4%A")).toEqual({ stepId: "inleiding", unknown: "%E0%A4%A" });
  });
  it("writes the hash of a place", () => {
    expect(hashForPlace({ stepId: "een", targetId: "dialoog-b" })).toBe("#dialoog-b");
    expect(hashForPlace({ stepId: "een" })).toBe("#een");
  });
});

describe("the route in the page", () => {
  it("travels as JSON that a title with </script> cannot end, and comes back with the kind of each place", () => {
    const route: RouteStep[] = [{ id: "een", title: "Een </script><script>alert(1)</script>", targets: [{ id: "optie-a", kind: "option" }] }];
    const text = serialiseRoute(route);
    expect(text).not.toContain("</script>");
    expect(parseRoute(text)).toEqual(route);
    expect(parseRoute(null)).toEqual([]);
  });
});
