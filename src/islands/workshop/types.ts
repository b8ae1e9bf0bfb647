// What the workshop views (presentation, record panel) get from the module page they open on.
import type { DilemmaRef } from "../../lib/workshop-record/schema.ts";
import type { OptionLabel, WorkshopLinks } from "../../data/workshop.ts";

export type WorkshopMode = "present" | "record";

export interface WorkshopProps {
  moduleId: string;
  dilemmas: DilemmaRef[];
  links: WorkshopLinks;
  /** Option and dialog id → title and place, for the overview while presenting. */
  options: Record<string, OptionLabel>;
}

export interface WorkshopViewProps extends WorkshopProps {
  shortcuts: boolean;
  onClose: () => void;
  /** Renders the view again with the data of the module now on the page (after a programme's module change). */
  refresh: () => void;
}
