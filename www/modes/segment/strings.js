// The strings of the segment mode (<nn-playground demo="segment">, or mode=segment in the
// link), in English (SEGMENT_EN) and French (SEGMENT_FR): the `segment` subtree of each
// language's table, added when the mode's chunk loads (i18n/strings.js). Plain data, {name}
// placeholders, a label and a one-line help per control.

import { addStrings } from '../../i18n/strings.js';

export const SEGMENT_EN = {
  sections: {
    training: 'Training',
    output: 'The picture and the network’s labels',
    paint: 'Paint',
    picture: 'Picture',
    network: 'Network',
  },
  controls: {
    play: { label: 'Play', help: 'Train the network on the painted pixels (space).' },
    pause: { label: 'Pause', help: 'Pause training (space).' },
    step: { label: 'Step', help: 'One training step (→).' },
    reset: { label: 'Reset', help: 'Fresh weights; the picture and the strokes stay.' },
    speed: { label: 'Speed', help: 'How many training steps between two pictures.' },
    label: { label: '{key} {name}', help: 'Paint with this label (key {key}).' },
    eraser: { label: '0 Eraser', help: 'Rub strokes out (key 0).' },
    brush: { label: 'Brush', help: 'The brush’s radius, in pixels of the picture.' },
    undo: { label: 'Undo stroke', help: 'Remove the last stroke (key u).' },
    clear: { label: 'Clear strokes', help: 'Remove every stroke (key c).' },
    overlay: { label: 'Show the network’s labels', help: 'Wash every pixel with the colour of the label the network gives it.' },
    scene: { label: 'Scene', help: 'A built-in picture, drawn with the label of every pixel.' },
    upload: { label: 'Use your own picture…', help: 'Choose an image file from your device (it stays on your device).' },
    sfourier: { label: 'Fourier features of the position', help: 'The position enters as sines and cosines of 16 random frequencies instead of x and y: the labels can follow finer shapes.' },
    shidden: { label: 'Hidden layers', help: 'The network’s hidden layers (tanh).' },
    slr: { label: 'Learning rate', help: 'Adam’s step size (+ and − move it).' },
  },
  values: {
    speed: { slow: 'Slow (1 step a frame)', normal: 'Normal (4 steps a frame)', fast: 'Fast (16 steps a frame)' },
    scene: { beach: 'Beach', lake: 'Mountain lake', desert: 'Desert' },
    labels: {
      sand: 'sand', sea: 'sea', trees: 'trees', sky: 'sky', mountains: 'mountains', lake: 'lake',
      grass: 'grass', dunes: 'dunes', cacti: 'cacti', label1: 'label 1', label2: 'label 2', label3: 'label 3', label4: 'label 4',
    },
    hidden: { none: 'none (a linear model)' },
  },
  readouts: {
    steps: 'Step',
    accuracy: 'Accuracy',
    accuracyHelp: 'Share of all the pixels the network labels as the scene does.',
    noAccuracy: 'no labels to compare with (your picture)',
    loss: 'Loss on the painted pixels',
    painted: '{pixels} in {strokes}',
    // Singular and plural (i18n/format.js `plural`) of the counts in `painted`.
    pixels: { one: '{n} pixel painted', other: '{n} pixels painted' },
    strokes: { one: '{n} stroke', other: '{n} strokes' },
    picture: 'The picture, the strokes painted on it and, washed over every pixel, the label the network gives it. Paint with the mouse, a pen or a finger; or focus the picture and use the arrow keys to move the cursor, Enter to put the brush down or lift it.',
    chart: 'Loss (cross-entropy) on the painted pixels, by step.',
    chartTitle: 'Loss on the painted pixels',
  },
  legend: { label: 'What the colours mean', painted: 'painted (outlined)' },
  notes: {
    paint: 'Paint a few strokes to start: choose a label (keys 1 to {k}), then paint over a part of the picture that has it. Every label needs a stroke.',
    keys: 'Keys: 1–{k} label, 0 eraser, arrows move the cursor on the picture, Enter paints, u undoes, c clears.',
    uploadNotInLink: 'An uploaded picture is not in the link: it stays here and in a saved file until another scene is chosen.',
    uploaded: 'Segmenting your picture (its centre square, shrunk to 64 × 64). Name the labels as you like: there is nothing to compare with.',
    uploadReading: 'Reading the picture…',
    missing: 'No stroke of {names} yet: the network never gives a label it has not seen.',
  },
  upload: {
    unreadable: 'This file is not an image we can read ({name}). Try a PNG, JPEG, GIF or WebP picture. The current picture is kept.',
    tooBig: 'This file is too large ({mb} MB; the limit is {limit} MB). Choose a smaller picture. The current picture is kept.',
    empty: 'This picture has no pixels. The current picture is kept.',
    refused: 'This picture could not be used: {message} The current picture is kept.',
  },
  alerts: {
    diverged: 'The weights are no longer numbers: the learning rate is too large. Lower it and press Reset.',
  },
};

export const SEGMENT_FR = {
  sections: {
    training: 'Apprentissage',
    output: 'L’image et les étiquettes du réseau',
    paint: 'Peindre',
    picture: 'Image',
    network: 'Réseau',
  },
  controls: {
    play: { label: 'Lecture', help: 'Entraîner le réseau sur les pixels peints (espace).' },
    pause: { label: 'Pause', help: 'Mettre l’apprentissage en pause (espace).' },
    step: { label: 'Pas', help: 'Un pas d’apprentissage (→).' },
    reset: { label: 'Réinitialiser', help: 'De nouveaux poids ; l’image et les traits restent.' },
    speed: { label: 'Vitesse', help: 'Combien de pas d’apprentissage entre deux images.' },
    label: { label: '{key} {name}', help: 'Peindre avec cette étiquette (touche {key}).' },
    eraser: { label: '0 Gomme', help: 'Effacer des traits (touche 0).' },
    brush: { label: 'Pinceau', help: 'Le rayon du pinceau, en pixels de l’image.' },
    undo: { label: 'Annuler le trait', help: 'Retirer le dernier trait (touche u).' },
    clear: { label: 'Effacer les traits', help: 'Retirer tous les traits (touche c).' },
    overlay: { label: 'Montrer les étiquettes du réseau', help: 'Teinter chaque pixel de la couleur de l’étiquette que le réseau lui donne.' },
    scene: { label: 'Scène', help: 'Une image fournie, dessinée avec l’étiquette de chaque pixel.' },
    upload: { label: 'Utiliser votre image…', help: 'Choisir un fichier image sur votre appareil (il reste sur votre appareil).' },
    sfourier: { label: 'Caractéristiques de Fourier de la position', help: 'La position entre sous forme de sinus et cosinus de 16 fréquences aléatoires au lieu de x et y : les étiquettes peuvent suivre des formes plus fines.' },
    shidden: { label: 'Couches cachées', help: 'Les couches cachées du réseau (tanh).' },
    slr: { label: 'Taux d’apprentissage', help: 'Le pas d’Adam (+ et − le changent).' },
  },
  values: {
    speed: { slow: 'Lente (1 pas par image)', normal: 'Normale (4 pas par image)', fast: 'Rapide (16 pas par image)' },
    scene: { beach: 'Plage', lake: 'Lac de montagne', desert: 'Désert' },
    labels: {
      sand: 'sable', sea: 'mer', trees: 'arbres', sky: 'ciel', mountains: 'montagnes', lake: 'lac',
      grass: 'herbe', dunes: 'dunes', cacti: 'cactus', label1: 'étiquette 1', label2: 'étiquette 2', label3: 'étiquette 3', label4: 'étiquette 4',
    },
    hidden: { none: 'aucune (un modèle linéaire)' },
  },
  readouts: {
    steps: 'Pas',
    accuracy: 'Exactitude',
    accuracyHelp: 'Part de tous les pixels que le réseau étiquette comme la scène.',
    noAccuracy: 'rien à quoi comparer (votre image)',
    loss: 'Coût sur les pixels peints',
    painted: '{pixels} en {strokes}',
    pixels: { one: '{n} pixel peint', other: '{n} pixels peints' },
    strokes: { one: '{n} trait', other: '{n} traits' },
    picture: 'L’image, les traits peints dessus et, en teinte sur chaque pixel, l’étiquette que le réseau lui donne. Peignez à la souris, au stylet ou au doigt ; ou placez le focus sur l’image : les flèches déplacent le curseur, Entrée pose ou lève le pinceau.',
    chart: 'Coût (entropie croisée) sur les pixels peints, par pas.',
    chartTitle: 'Coût sur les pixels peints',
  },
  legend: { label: 'Ce que disent les couleurs', painted: 'peint (avec contour)' },
  notes: {
    paint: 'Peignez quelques traits pour commencer : choisissez une étiquette (touches 1 à {k}), puis peignez sur une partie de l’image qui la porte. Chaque étiquette a besoin d’un trait.',
    keys: 'Touches : 1–{k} étiquette, 0 gomme, flèches pour déplacer le curseur sur l’image, Entrée pour peindre, u pour annuler, c pour tout effacer.',
    uploadNotInLink: 'Une image importée n’est pas dans le lien : elle reste ici et dans un fichier enregistré jusqu’au choix d’une autre scène.',
    uploaded: 'Segmentation de votre image (son carré central, réduit à 64 × 64). Nommez les étiquettes comme vous voulez : il n’y a rien à quoi comparer.',
    uploadReading: 'Lecture de l’image…',
    missing: 'Pas encore de trait pour {names} : le réseau ne donne jamais une étiquette qu’il n’a pas vue.',
  },
  upload: {
    unreadable: 'Ce fichier n’est pas une image que nous savons lire ({name}). Essayez une image PNG, JPEG, GIF ou WebP. L’image actuelle est conservée.',
    tooBig: 'Ce fichier est trop lourd ({mb} Mo ; la limite est de {limit} Mo). Choisissez une image plus petite. L’image actuelle est conservée.',
    empty: 'Cette image n’a aucun pixel. L’image actuelle est conservée.',
    refused: 'Cette image n’a pas pu être utilisée : {message} L’image actuelle est conservée.',
  },
  alerts: {
    diverged: 'Les poids ne sont plus des nombres : le taux d’apprentissage est trop grand. Baissez-le et appuyez sur Réinitialiser.',
  },
};

addStrings({ en: { segment: SEGMENT_EN }, fr: { segment: SEGMENT_FR } });
