// The components authors may use in MDX without importing them.
import Perspectives from "./Perspectives.astro";
import Perspective from "./Perspective.astro";
import Compare from "./Compare.astro";
import Column from "./Column.astro";
import Options from "./Options.astro";
import Option from "./Option.astro";
import Dialog from "./Dialog.astro";
import Checklist from "./Checklist.astro";
import Begeleidersnotitie from "./Begeleidersnotitie.astro";
import Begrip from "./Begrip.astro";
import Scenario from "./Scenario.astro";
import Situation from "./Situation.astro";
import Outcome from "./Outcome.astro";
import Choice from "./Choice.astro";
import Flow from "./Flow.astro";
import Variant from "./Variant.astro";
import Contact from "../ContactBlock.astro";

export const mdxComponents = {
  Perspectives, Perspective, Compare, Column, Options, Option, Dialog, Checklist, Begeleidersnotitie,
  Begrip, Scenario, Situation, Outcome, Choice, Flow, Variant, Contact,
};
