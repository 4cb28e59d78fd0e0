/**
 * Imported first by src/main.ts: chooses the page's language before any other module writes a
 * word, so every screen starts in it.
 */
import { startInLanguage } from './language-choice';

startInLanguage();
