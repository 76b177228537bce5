// The web's unit tests read words of every screen, as a screen that has loaded would.
import { loadScreenMessages } from './index';

await loadScreenMessages();
