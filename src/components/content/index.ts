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
import Contact from "../ContactBlock.astro";

export const mdxComponents = { Perspectives, Perspective, Compare, Column, Options, Option, Dialog, Checklist, Begeleidersnotitie, Contact };
