/**
 * Failures the user must be told about beyond the answer of the call that met them (issue 10): a worker
 * that died, for now. Whoever shows dialogs (the desktop shell) listens; the browser mode and the CLI do
 * not, and the failure still reaches the user in the answer itself, with its error id.
 */
export interface Incident {
  /** The id of the log line (E-XXXXXX). */
  id: string;
  vi: string;
  en: string;
}

type Listener = (incident: Incident) => void;
const listeners = new Set<Listener>();

/** Returns the function that stops listening. */
export function onIncident(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportIncident(incident: Incident): void {
  for (const listener of listeners) listener(incident);
}
