/** A tiny store behind the polite live region: screens announce, one region speaks. */
type Listener = () => void;

let message = '';
let counter = 0;
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Says something to screen-reader users without moving focus or showing a pop-up. */
export function announce(text: string): void {
  counter += 1;
  // A zero-width suffix makes a repeated message count as new text.
  message = counter % 2 === 0 ? text : `${text}\u200b`;
  emit();
}

export function clearAnnouncement(): void {
  message = '';
  emit();
}

export function subscribeAnnouncements(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function currentAnnouncement(): string {
  return message;
}
