/** What other features may ask of the couple's tables (couples, invites). */
export { deleteInvitesOf } from './couple.repository';
