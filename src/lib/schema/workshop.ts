// The facilitator's side of a step (frontmatter `workshop:`): what the step is for in a session, the question for
// the room, follow-up questions, what tends to come up and what to do next. Facilitator text: it appears in the
// draaiboek and the presenter view, never on the reading page, in search or in a participant's print, except
// `question`, which the room is asked and which the participants' handout prints with room to write.
import { z } from "astro/zod";
import { text } from "./fields.ts";

/** What the facilitator does at this step, shown as the cue in the run sheet. */
export const workshopCues = ["bespreken", "stemmen", "vastleggen", "afspraken"] as const;
export type WorkshopCue = (typeof workshopCues)[number];

export const workshopNotes = z
  .object(
    {
      goal: text("workshop.goal", "De groep ziet waarom wachten voor beide partijen lastig is.").describe(
        "Waarvoor deze stap in een sessie is, in één of twee zinnen.",
      ),
      question: text("workshop.question", "Hoe houden jullie nu zicht op kinderen die wachten?").describe(
        "De vraag die je de zaal stelt. Die staat ook op het werkblad voor deelnemers.",
      ),
      ask: z
        .array(text("workshop.ask", "Wie hoort het eerst dat het thuis slechter gaat?"), {
          error: 'Het veld \'workshop.ask\' is een lijst van doorvragen, bijvoorbeeld: ask: ["Wie merkt het als eerste?"]',
        })
        .default([])
        .describe("Doorvragen voor de begeleider: vragen aan professionals, niet de vraag van de lezer."),
      expect: z.string().trim().min(1).optional().describe("Wat er vaak naar boven komt, zodat de begeleider erop kan inspelen."),
      then: z.string().trim().min(1).optional().describe("Wat de begeleider daarna doet, of hoe de stap overgaat in de volgende."),
      cue: z
        .enum(workshopCues, {
          error: `Het veld 'workshop.cue' is een van: ${workshopCues.join(", ")}. Laat het weg, dan volgt het uit 'vote' (stemmen) of 'record' (vastleggen).`,
        })
        .optional()
        .describe("Wat de groep bij deze stap doet: bespreken, stemmen (met kaarten), vastleggen (waar de groep staat) of afspraken (maken en vastleggen)."),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `Het blok 'workshop' kent ${issue.keys.map((k) => `'${k}'`).join(", ")} niet. Gebruik alleen: goal, question, ask, expect, then en cue.`
          : "Het veld 'workshop' is een blok met ten minste 'goal' en 'question', bijvoorbeeld:\nworkshop:\n  goal: \"…\"\n  question: \"…\"",
    },
  )
  .strict()
  .optional()
  .describe("Notities voor de begeleider van een workshop bij deze stap.");
