// The <astro-island> element, inlined in every page with an island (src/integrations/island-loader.ts puts it in
// place of Astro's own): a third of the size, because this site's islands take props only (no slots, no nested
// islands, no props beyond objects, arrays and plain values). It keeps Astro's protocol: the client directive
// scripts (Astro.only), "ssr" until the island has started, and the astro:hydrate and astro:unmount events.
type Serialized = [type: number, value: unknown];
type Hydrator = (element: HTMLElement) => (component: unknown, props: object, slots: object, meta: { client: string }) => Promise<void>;
type Directive = (load: () => Promise<() => Promise<void>>, options: unknown, element: HTMLElement) => Promise<void>;

{
  // Astro writes each prop as [type, value]: 0 an object or plain value, 1 an array. Other types (dates, maps, …)
  // would need Astro's own element: say so rather than pass on undefined.
  const revive = ([type, value]: Serialized): unknown => {
    if (type === 0) return reviveObject(value);
    if (type === 1) return (value as Serialized[]).map(revive);
    throw new Error(`astro-island: props of type ${type} need Astro's own element (src/islands/astro-island.ts)`);
  };
  const reviveObject = (raw: unknown): unknown =>
    typeof raw !== "object" || raw === null ? raw : Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, revive(value)]));

  // As Astro does: a module that failed to load (a dropped connection) is tried once more after a second.
  const load = (url: string) =>
    import(url).catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const retry = new URL(url, document.baseURI);
      retry.searchParams.set("astro-retry", String(Date.now()));
      return import(retry.href);
    });

  class AstroIsland extends HTMLElement {
    unmount = () => this.isConnected || this.dispatchEvent(new CustomEvent("astro:unmount"));

    connectedCallback() {
      // An island that started before and is moved (module-swap.ts keeps live parts) stays as it is.
      if (!this.hasAttribute("ssr")) return;
      const client = this.getAttribute("client")!;
      const directive = (window as { Astro?: Record<string, Directive> }).Astro?.[client];
      if (!directive) return addEventListener(`astro:${client}`, () => this.connectedCallback(), { once: true });
      const attribute = (name: string) => this.getAttribute(name)!;
      directive(
        async () => {
          const [component, renderer] = await Promise.all([load(attribute("component-url")), load(attribute("renderer-url"))]);
          return async () => {
            if (!this.isConnected || !this.hasAttribute("ssr")) return;
            const props = reviveObject(JSON.parse(attribute("props"))) as object;
            await (renderer.default as Hydrator)(this)(component[attribute("component-export")], props, {}, { client });
            this.removeAttribute("ssr");
            this.dispatchEvent(new CustomEvent("astro:hydrate"));
          };
        },
        JSON.parse(attribute("opts")),
        this,
      ).catch((error: unknown) => console.error(`[astro-island] ${attribute("component-url")}`, error));
    }

    // Islands that leave the page unmount once the new content is in (module-swap.ts sends "astro:after-swap").
    disconnectedCallback() {
      document.removeEventListener("astro:after-swap", this.unmount);
      document.addEventListener("astro:after-swap", this.unmount, { once: true });
    }
  }

  if (!customElements.get("astro-island")) customElements.define("astro-island", AstroIsland);
}
