/** What other features may ask of the couple's tables (couples, invites, couple_notices). */
export { deleteInvitesOf } from './couple.repository';
