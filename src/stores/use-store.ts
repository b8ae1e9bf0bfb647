// How an island reads a store: @nanostores/preact's useStore without its `keys` and `ssr` options. Those two bring
// nanostores' listenKeys and deep-map paths (0.3 KB gzip on every module page), and no island here uses them: each
// reads whole stores and renders only in the browser (client:only).
import { useEffect, useState } from "preact/hooks";
import type { ReadableAtom } from "nanostores";

export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  const [valueBeforeEffect] = useState(() => store.get());

  // A change between the first render and the listener below still shows.
  useEffect(() => {
    if (valueBeforeEffect !== store.get()) rerender({});
  }, []);

  useEffect(() => {
    // Changes within one task render once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unlisten = store.listen(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        rerender({});
      });
    });
    return () => {
      unlisten();
      clearTimeout(timer);
    };
  }, [store]);

  return store.get();
}
