// Starts a Preact island in its <astro-island> (src/islands/astro-island.ts); src/integrations/island-loader.ts
// puts it in place of @astrojs/preact's client, which also carries signals, slots and ids for useId that no island
// here uses. An island takes props only: its HTML around it comes from the .astro component.
import { h, hydrate, render, type ComponentType } from "preact";

export default (element: HTMLElement) =>
  async (Component: ComponentType, props: object, _slots: object, { client }: { client: string }) => {
    const island = h(Component, props);
    if (client === "only") {
      element.innerHTML = "";
      render(island, element);
    } else hydrate(island, element);
    element.addEventListener("astro:unmount", () => render(null, element), { once: true });
  };
