// The strings of the digits mode (<nn-playground demo="digits">, or mode=digits in the link),
// in English (DIGITS_EN) and French (DIGITS_FR): the `digits` subtree of each language's
// table, added when the mode's chunk loads (i18n/strings.js). Plain data, {name}
// placeholders, a label and a one-line help per control.

import { addStrings } from '../../i18n/strings.js';
import { networkFields } from '../../i18n/network-strings.js';

export const DIGITS_EN = {
  sections: {
    training: 'Training',
    network: 'Network',
    output: 'Draw a digit',
  },
  controls: {
    play: { label: 'Train', help: 'Train the network on the generated digits (space).' },
    pause: { label: 'Pause', help: 'Pause the training (space).' },
    step: { label: 'Step', help: 'One step: one batch of digits (→).' },
    reset: { label: 'Reset', help: 'New random weights on the same digits; your drawing stays.' },
    speed: { label: 'Speed', help: 'How many steps the network trains between two pictures.' },
    clear: { label: 'Clear', help: 'Wipe the pad (Delete).' },
    undo: { label: 'Undo', help: 'Remove the last stroke (Backspace).' },
    ...networkFields('en', 'dg', 'digits', {
      hidden: { label: 'Hidden layers', help: 'Neurons per hidden layer, e.g. 64 or 128,64 (at most 3 layers of 256). The input is 16 × 16 = 256 pixels, the output 10 digits.' },
    }),
    dgtrain: { label: 'Training digits', help: 'Generated training digits of each class (the test set has 50 of each).' },
  },
  values: {
    speed: { slow: '5 steps / second', normal: '2 steps / frame', fast: '12 steps / frame' },
  },
  readouts: {
    steps: 'Steps',
    accuracy: 'Test accuracy',
    testLoss: 'Test loss',
    trainLoss: 'Training loss',
    pad: 'Drawing pad: draw a digit with the mouse, a finger or a pen. With the keyboard: type a digit 0 to 9 to have one written, Delete to clear.',
    hint: 'Draw a digit here (or type 0–9).',
    empty: 'Draw a digit: the bars show what the network thinks it is.',
    guess: 'The network reads a {digit} ({p}).',
    seen: 'What the network sees: your drawing framed like the training digits',
    seenLabel: 'What the network sees',
    bars: 'Probability of each digit',
    chart: 'Training loss (grey), test loss (black) and test accuracy (blue, right axis), by step; faded, the test loss and accuracy of earlier runs, labelled by their settings.',
    chartTitle: 'Loss and test accuracy',
    ghosts: 'Earlier runs (faded: test loss and test accuracy):',
    ghost: 'run {n}: {label}; test accuracy {accuracy}',
    confusion: 'Confusion matrix of the test digits: a row per true digit, a column per answer. The diagonal (blue) counts right answers; orange cells are mistakes, darker for more.',
    confusionTitle: 'Confusion matrix (row: true digit, column: answer)',
    samples: 'Test digits; those the network gets wrong are framed in orange, with its answer in the corner.',
    samplesTitle: 'Test digits (framed: wrong, with the answer)',
    wrong: 'Wrong: {list}.',
    none: 'none',
    made: '{train} and {test}, drawn by the program from the seed.',
    // Singular and plural (i18n/format.js `plural`) of the counts in `made`.
    trainDigits: { one: '{n} training digit', other: '{n} training digits' },
    testDigits: { one: '{n} test digit', other: '{n} test digits' },
  },
  legend: {
    label: 'What the colours mean',
    right: 'right answers',
    wrong: 'mistakes',
    ink: 'your drawing',
  },
  diverged: 'The weights are no longer numbers: the learning rate is too high. Lower it and press Reset.',
};

export const DIGITS_FR = {
  sections: {
    training: 'Apprentissage',
    network: 'Réseau',
    output: 'Dessinez un chiffre',
  },
  controls: {
    play: { label: 'Entraîner', help: 'Entraîner le réseau sur les chiffres générés (espace).' },
    pause: { label: 'Pause', help: 'Mettre l’apprentissage en pause (espace).' },
    step: { label: 'Pas', help: 'Un pas : un lot de chiffres (→).' },
    reset: { label: 'Réinitialiser', help: 'De nouveaux poids aléatoires sur les mêmes chiffres ; votre dessin reste.' },
    speed: { label: 'Vitesse', help: 'Combien de pas d’apprentissage entre deux images.' },
    clear: { label: 'Effacer', help: 'Effacer le bloc de dessin (Suppr).' },
    undo: { label: 'Annuler', help: 'Retirer le dernier trait (retour arrière).' },
    ...networkFields('fr', 'dg', 'chiffres', {
      hidden: { label: 'Couches cachées', help: 'Neurones par couche cachée, par exemple 64 ou 128,64 (au plus 3 couches de 256). L’entrée compte 16 × 16 = 256 pixels, la sortie 10 chiffres.' },
    }),
    dgtrain: { label: 'Chiffres d’entraînement', help: 'Chiffres d’entraînement générés par classe (le jeu de test en compte 50 par classe).' },
  },
  values: {
    speed: { slow: '5 pas par seconde', normal: '2 pas par image', fast: '12 pas par image' },
  },
  readouts: {
    steps: 'Pas',
    accuracy: 'Exactitude (test)',
    testLoss: 'Coût (test)',
    trainLoss: 'Coût (entraînement)',
    pad: 'Bloc de dessin : dessinez un chiffre à la souris, au doigt ou au stylet. Au clavier : tapez un chiffre de 0 à 9 pour qu’il soit écrit, Suppr pour effacer.',
    hint: 'Dessinez un chiffre ici (ou tapez 0–9).',
    empty: 'Dessinez un chiffre : les barres montrent ce que le réseau y reconnaît.',
    guess: 'Le réseau lit un {digit} ({p}).',
    seen: 'Ce que voit le réseau : votre dessin cadré comme les chiffres d’entraînement',
    seenLabel: 'Ce que voit le réseau',
    bars: 'Probabilité de chaque chiffre',
    chart: 'Coût d’entraînement (gris), coût de test (noir) et exactitude sur le test (bleu, axe de droite), par pas ; estompés, le coût et l’exactitude sur le test des entraînements précédents, étiquetés par leurs réglages.',
    chartTitle: 'Coût et exactitude sur le test',
    ghosts: 'Entraînements précédents (estompés : coût et exactitude sur le test) :',
    ghost: 'entraînement {n} : {label} ; exactitude sur le test : {accuracy}',
    confusion: 'Matrice de confusion des chiffres de test : une ligne par vrai chiffre, une colonne par réponse. La diagonale (bleue) compte les bonnes réponses ; les cases orange sont les erreurs, plus foncées quand il y en a plus.',
    confusionTitle: 'Matrice de confusion (ligne : vrai chiffre, colonne : réponse)',
    samples: 'Chiffres de test ; ceux où le réseau se trompe sont encadrés en orange, avec sa réponse dans le coin.',
    samplesTitle: 'Chiffres de test (encadrés : erreurs, avec la réponse)',
    wrong: 'Erreurs : {list}.',
    none: 'aucune',
    made: '{train} et {test}, dessinés par le programme à partir de la graine.',
    trainDigits: { one: '{n} chiffre d’entraînement', other: '{n} chiffres d’entraînement' },
    testDigits: { one: '{n} chiffre de test', other: '{n} chiffres de test' },
  },
  legend: {
    label: 'Ce que disent les couleurs',
    right: 'bonnes réponses',
    wrong: 'erreurs',
    ink: 'votre dessin',
  },
  diverged: 'Les poids ne sont plus des nombres : le taux d’apprentissage est trop grand. Baissez-le et réinitialisez.',
};

addStrings({ en: { digits: DIGITS_EN }, fr: { digits: DIGITS_FR } });
