// Sessions, dilemmas and a catalogue of steps shared by the unit tests of the workshop record, its report and programmes.
import { emptyState, type DilemmaRef, type WorkshopState } from "../../src/lib/workshop-record/schema.ts";
import { createSession, editRecord, recordEdits } from "../../src/lib/workshop-record/edits.ts";
import type { Catalogue } from "../../src/lib/programme.ts";

export const now = new Date("2027-03-12T10:00:00Z");
export const later = new Date("2027-03-12T11:30:00Z");

export const wachtlijsten: DilemmaRef = {
  moduleId: "jeugdzorg",
  moduleTitle: "Dilemma's in de jeugdzorg",
  stepId: "wachtlijsten",
  title: "Dilemma 1: wachtlijsten en krapte",
  number: 2,
  perspectives: ["Zorgaanbieder", "Gemeente"],
};
export const privacy: DilemmaRef = { ...wachtlijsten, stepId: "privacy", title: "Dilemma 5: privacy en gegevens", number: 6 };

/** A session as a facilitator leaves it: a position for two groups, notes and two afspraken. */
export function recordedState(): WorkshopState {
  let state = createSession(emptyState(), "Workshop Gemeente X, 12 maart", now, "s1");
  state = editRecord(state, "s1", privacy, (r) => recordEdits.setNotes(r, "Eerst de privacyadviseurs vragen."), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.setPosition(r, "groep-1", 4), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.addGroup(r, "g2", "Zorgaanbieders"), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.setPosition(r, "g2", 2), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.setNotes(r, "De wachttijd verschilt per wijk.\nNiemand weet het precies."), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.addAfspraak(r, "a1"), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.updateAfspraak(r, "a1", { text: "Elk kwartaal de wachtlijst bespreken", owner: "Beleidsadviseur", due: "2027-04-01" }), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.addAfspraak(r, "a2"), later);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.updateAfspraak(r, "a2", { text: "Overbruggingszorg na 6 weken" }), later);
  return state;
}


/** Two modules to build programmes from: steps with and without a time of their own, with and without options. */
export const catalogue: Catalogue = {
  jeugdzorg: {
    title: "Dilemma's in de jeugdzorg",
    steps: [
      { id: "inleiding", title: "Inleiding", minutes: 5, options: [{ id: "achtergrond-jeugdwet", title: "Gemeenten en de Jeugdwet" }] },
      { id: "wachtlijsten", title: "Dilemma 1", minutes: 15, options: [{ id: "kwartaal", title: "Kwartaal" }, { id: "overbrugging", title: "Overbrugging" }] },
    ],
  },
  inburgering: { title: "De Wet inburgering", steps: [{ id: "pip", title: "Het PIP", options: [] }] },
};
