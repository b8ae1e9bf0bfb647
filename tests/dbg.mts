import { pageJs } from "./bench/page-js.ts";
const r = pageJs("dist", "wonen/"); console.log(r.total, r.files);
for (const m of ["", "jeugdzorg/","inburgering/","dienstverlening/"]) console.log(m, pageJs("dist", m).total);
