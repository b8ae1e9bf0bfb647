// The place the presenter view shows (it follows the presentation window), shared by its two islands.
import { atom } from "nanostores";
import type { Place } from "../lib/route.ts";

export const $presenterPlace = atom<Place | null>(null);
