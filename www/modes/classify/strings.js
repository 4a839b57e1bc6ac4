// The classifier's strings, English and French (strings-en.js, strings-fr.js), added to the
// tables when the classifier's code loads.

import { addStrings, merge } from '../../i18n/strings.js';
import { CLASSIFY_EN, PLAYGROUND_EN } from './strings-en.js';
import { CLASSIFY_FR } from './strings-fr.js';

// The full playground's strings extend and override the base ones.
addStrings({ en: merge(CLASSIFY_EN, PLAYGROUND_EN), fr: CLASSIFY_FR });
