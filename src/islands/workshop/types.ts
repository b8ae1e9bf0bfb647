// What the workshop views (presentation, record panel) get from the module page they open on.
import type { DilemmaRef } from "../../lib/workshop-record/schema.ts";
import type { WorkshopLinks } from "../../data/workshop.ts";

export type WorkshopMode = "present" | "record";

export interface WorkshopProps {
  moduleId: string;
  dilemmas: DilemmaRef[];
  links: WorkshopLinks;
  /** Option and dialog id → title and place, for the overview while presenting. */
  options: Record<string, { title: string; label: string }>;
}

export interface WorkshopViewProps extends WorkshopProps {
  shortcuts: boolean;
  onClose: () => void;
}
