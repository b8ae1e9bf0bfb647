// Plays a branching scenario over its server-rendered situations and outcomes: one at a time, each a deep link.
// Choices are plain links (#id); the place store turns them into history entries, so Back undoes a choice.
import { useLayoutEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $moved, $place, announce } from "../stores/place.ts";

export default function ScenarioPlayer({ scenarioId, sceneIds }: { scenarioId: string; sceneIds: string[] }) {
  const place = useStore($place);
  const target = place?.targetId && sceneIds.includes(place.targetId) ? place.targetId : undefined;
  const current = target ?? sceneIds[0];

  useLayoutEffect(() => {
    document.querySelector(`[data-scenario="${scenarioId}"]`)?.setAttribute("data-enhanced", "");
    for (const id of sceneIds) {
      const scene = document.getElementById(id)?.closest<HTMLElement>("[data-scene]");
      if (scene) scene.hidden = id !== current;
    }
    if (!target) return;
    const heading = document.getElementById(target);
    if ($moved.get() || location.hash) heading?.focus();
    if ($moved.get()) announce(heading?.textContent?.trim() ?? "");
  }, [current]);

  return null;
}
