// One QR code per step, as a static SVG file made at build time: /<module>/qr/<step>.svg holds the step's URL.
// Presentation mode shows it on `Q`; the browser only loads the file, it never computes a code.
import type { APIRoute, GetStaticPaths } from "astro";
import { loadModules } from "../../../data/modules.ts";
import { absoluteUrl, qrSvg, siteOrigin } from "../../../lib/qr-code.ts";
import { modulePath } from "../../../lib/paths.ts";

export const getStaticPaths = (async () => {
  const modules = await loadModules();
  return modules.flatMap((module) => module.steps.map((step) => ({ params: { module: module.id, step: step.stepId } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const url = absoluteUrl(siteOrigin(site), modulePath(import.meta.env.BASE_URL, params.module!, params.step!));
  return new Response(qrSvg(url), { headers: { "Content-Type": "image/svg+xml" } });
};
