// Writes docs/toegankelijkheid.md from the evaluation (npm run docs:toegankelijkheid), so the document beside the
// source and the report page on the site say the same. Run it after every change to src/accessibility/.
import { writeFileSync } from "node:fs";
import { evaluation } from "./evaluation.ts";
import { evaluationMarkdown } from "./markdown.ts";

export const documentPath = "docs/toegankelijkheid.md";

writeFileSync(documentPath, evaluationMarkdown(evaluation));
console.log(`${documentPath} geschreven uit src/accessibility/evaluation.ts.`);
