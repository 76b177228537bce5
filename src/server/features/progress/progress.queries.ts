/**
 * What other features may ask of the weekly pulse (pulses): the weekly
 * check-in's preparation reads and writes a person's pulse through these;
 * "Get support" reads a person's own pulses for its rules and summary.
 * Only the progress feature names that table.
 */
export { findPulse as findPulseOfWeek, listPulses as listPulsesOf } from './progress.repository';
export { currentWeek, savePulse } from './progress.service';
