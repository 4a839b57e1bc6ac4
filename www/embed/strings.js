// The strings of the embedding shell (nn-playground.js and embed/): what the widget says
// about its own attributes, and the keyboard-shortcuts dialog. The `embed` subtree of each
// language's table (added by addStrings, i18n/strings.js); same rules: plain data, {name} placeholders,
// and no arrays (the tables are merged key by key).

import { addStrings } from '../i18n/strings.js';

export const EMBED_EN = {
  name: 'Neural network playground',
  waiting: 'The demo starts when it comes into view.',
  issuesTitle: 'Some attributes of this demo were ignored:',
  unknownDemo: 'demo="{value}" is not a known demo (known: {known}); the classifier is shown.',
  unavailableMode: 'The “{mode}” demo is not available in this version; the classifier is shown.',
  tfConverted: 'This TensorFlow Playground link was converted to this playground’s settings. Its random seed cannot be reproduced here, so the points and starting weights differ from TF Playground’s.',
  tfNotCarried: 'Not carried over: {value}.',
  unknownControl: '{attribute}="…": no control is called “{name}” in this demo.',
  badSize: 'size="{value}" is not small, medium or large; the full width is used.',
  badWidth: 'width="{value}" is not a width in pixels from {min} to {max}; the full width is used.',
  shortcuts: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    hint: 'Press ? for the keyboard shortcuts.',
    keys: {
      play: { key: 'Space', what: 'Play or pause' },
      step: { key: '→', what: 'One step' },
      reset: { key: 'R', what: 'Reset' },
      rate: { key: '+ / −', what: 'Learning rate a notch up or down (classifier, curve, image, inpainting, segmentation, simulator, sound)' },
      hear: { key: 'P', what: 'Hear the network’s sound (sound)' },
      fullscreen: { key: 'F', what: 'Full screen on or off' },
      help: { key: '?', what: 'This list' },
      close: { key: 'Esc', what: 'Close this list' },
    },
  },
};

export const EMBED_FR = {
  name: 'Terrain de jeu des réseaux de neurones',
  waiting: 'La démonstration démarre quand elle apparaît à l’écran.',
  issuesTitle: 'Certains attributs de cette démonstration ont été ignorés :',
  unknownDemo: 'demo="{value}" n’est pas une démonstration connue (connues : {known}) ; le classifieur est affiché.',
  unavailableMode: 'La démonstration « {mode} » n’existe pas dans cette version ; le classifieur est affiché.',
  tfConverted: 'Ce lien de TensorFlow Playground a été converti vers les réglages de ce playground. Sa graine aléatoire ne peut pas être reproduite ici\u00a0: les points et les poids de départ diffèrent de ceux de TF Playground.',
  tfNotCarried: 'Non repris\u00a0: {value}.',
  unknownControl: '{attribute}="…" : aucune commande ne s’appelle « {name} » dans cette démonstration.',
  badSize: 'size="{value}" n’est ni small, ni medium, ni large ; toute la largeur est utilisée.',
  badWidth: 'width="{value}" n’est pas une largeur en pixels de {min} à {max} ; toute la largeur est utilisée.',
  shortcuts: {
    title: 'Raccourcis clavier',
    close: 'Fermer',
    hint: 'Appuyez sur ? pour voir les raccourcis clavier.',
    keys: {
      play: { key: 'Espace', what: 'Lecture ou pause' },
      step: { key: '→', what: 'Un pas' },
      reset: { key: 'R', what: 'Réinitialiser' },
      rate: { key: '+ / −', what: 'Taux d’apprentissage un cran plus haut ou plus bas (classifieur, courbe, image, partie cachée, segmentation, simulateur, son)' },
      hear: { key: 'P', what: 'Écouter le son du réseau (son)' },
      fullscreen: { key: 'F', what: 'Plein écran ou non' },
      help: { key: '?', what: 'Cette liste' },
      close: { key: 'Échap', what: 'Fermer cette liste' },
    },
  },
};

addStrings({ en: { embed: EMBED_EN }, fr: { embed: EMBED_FR } });
