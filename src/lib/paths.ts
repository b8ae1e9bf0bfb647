// Site-relative URLs that respect the base path (BASE_PATH, e.g. "/kennisbank/").

/** Joins the base and a path: withBase("/kennisbank/", "jeugdzorg/") → "/kennisbank/jeugdzorg/". */
export function joinBase(base: string, path = ""): string {
  const cleanBase = base.endsWith("/") ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, "")}`;
}

export function modulePath(base: string, moduleId: string, hash = ""): string {
  return `${joinBase(base, `${moduleId}/`)}${hash ? `#${hash}` : ""}`;
}
