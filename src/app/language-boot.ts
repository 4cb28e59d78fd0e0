/**
 * Imported first by src/main.ts: chooses the page's language before any other module writes a
 * word. main.ts then loads that language's texts, when it is not English, before the first screen.
 */
import { startInLanguage } from './language-choice';

startInLanguage();
