// The registry of content components (src/lib/content-components.ts): what each tag needs, the place it makes,
// and the ids the page and the outline share.
import { describe, expect, it } from "vitest";
import { checklistItemId, componentOf, contentComponents, groupTitleId, markerOf, optionGroupId, scenarioId, tagsOfKind } from "../../src/lib/content-components.ts";
import { outlineStepBody } from "../../src/lib/outline.ts";

describe("registry of content components", () => {
  it("knows the tags authors write, and nothing else", () => {
    expect(componentOf("Option")).toMatchObject({ tag: "Option", required: ["id", "title"], kind: "option" });
    expect(componentOf("Dialog")?.required).toEqual(["id", "title", "trigger"]);
    expect(componentOf("div")).toBeUndefined();
    expect(componentOf("toString")).toBeUndefined();
  });

  it("names the tags of a kind of place, for messages", () => {
    expect(tagsOfKind("scene")).toBe("Situation/Outcome");
    expect(tagsOfKind("option")).toBe("Option");
  });

  it("forms the ids the page uses from the ids authors write", () => {
    expect(optionGroupId(["kwartaal", "overbrugging"])).toBe("opties-kwartaal");
    expect(groupTitleId(optionGroupId(["kwartaal"]))).toBe("opties-kwartaal-titel");
    expect(scenarioId(["aanvraag"])).toBe("scenario-aanvraag");
    expect(checklistItemId("voorbereiden", 2)).toBe("voorbereiden-2");
    expect(markerOf("Option", "kwartaal")).toEqual({ "data-option": "kwartaal" });
  });

  it("gives a carousel the same id in the outline as on the page", () => {
    const outline = outlineStepBody('<Options title="Voorbeelden">\n<Option id="kwartaal" title="Elk kwartaal">\nx\n</Option>\n</Options>');
    expect(outline.optionGroups[0]!.id).toBe(optionGroupId(["kwartaal"]));
  });

  it("asks every component that makes a place for an id", () => {
    for (const component of Object.values(contentComponents)) {
      if ("kind" in component) expect(component.required).toContain("id");
    }
  });
});
