/** What other features may ask of the primer. */
export { PRIMER_DONE } from './primer.service';
