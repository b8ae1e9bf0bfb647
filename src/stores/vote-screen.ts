// Whether the presentation shows the answers A–D of the step on screen (key A, or the bar's button).
import { atom } from "nanostores";

export const $answersShown = atom(false);
