/**
 * React Aria injects a <style> element for pressable elements, which a strict
 * `style-src 'self'` policy blocks (and reports). It skips the injection when
 * an element with its id already exists, so we add that marker and ship the
 * same rule in base.css ([data-react-aria-pressable]).
 */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function preventInjectedStyles(doc: Document = document): void {
  if (doc.getElementById(PRESSABLE_STYLE_ID)) return;
  const marker = doc.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  marker.name = 'react-aria-pressable-style';
  marker.content = 'provided by base.css';
  doc.head.append(marker);
}
