// The response headers a host should send (internet.nl, NCSC guidelines), with a Content Security Policy made
// from the policies Astro wrote into each page, plus what only a header can carry (frame-ancestors).

/** Merges CSPs: per directive, the union of all sources. Order of directives follows their first appearance. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(";")) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

export function securityHeaders(pagePolicies: string[]): Record<string, string> {
  return {
    "Content-Security-Policy": `${mergePolicies(pagePolicies)}; frame-ancestors 'none'`,
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "accelerometer=(), camera=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

/** The `_headers` file of Netlify, Cloudflare Pages and similar hosts. */
export function toHeadersFile(headers: Record<string, string>, base = "/"): string {
  return `# Beveiligingsheaders voor elke pagina. Gemaakt door de build; niet met de hand aanpassen.\n${base}*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n")}\n`;
}

/** An nginx snippet: include it in the server block that serves the site. */
export function toNginx(headers: Record<string, string>): string {
  return `# Beveiligingsheaders voor nginx. Gemaakt door de build.\n# Neem op in het server-blok van de site met: include /pad/naar/security-headers.nginx.conf;\n# Let op: een add_header in een location-blok vervangt deze regels; neem het bestand daar dan opnieuw op.\n${Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
    .join("\n")}\n`;
}

/** Reads the `/*` block of a `_headers` file back into name → value. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!;
  }
  return headers;
}
