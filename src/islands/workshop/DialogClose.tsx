// The Sluiten button at the foot of a workshop dialog: a form with method "dialog" closes it without script.
import { nl } from "../../i18n/nl.ts";

export default function DialogClose() {
  return (
    <form method="dialog">
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        {nl.close}
      </button>
    </form>
  );
}
