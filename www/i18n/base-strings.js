// The base strings, in English and French: what the element and the shell say whatever the
// mode (loading and failing, the notes about a link's ignored settings, the engine and frame
// readouts), and the few words several modes use (activations, optimisers, layer and neuron
// counts, the dash of a missing number). Each mode adds its own subtree with its chunk
// (i18n/strings.js, addStrings). Same rules as every table: plain data, {name} placeholders.

import { STATE_EN, STATE_FR } from './state-strings.js';
import { MESSAGES_EN, MESSAGES_FR } from './message-strings.js';

export const BASE_EN = {
  loading: 'Loading the neural network…',
  failedToStart: 'The playground could not start: {message}',
  noSimd: {
    lead: 'this browser does not run WebAssembly SIMD, and this site ships only the SIMD build.',
    ios: 'On an iPhone or iPad, update iOS (iPadOS) to 16.4 or later: Settings › General › Software Update. '
      + 'Every browser on iOS uses the system’s engine, so updating the browser app alone does not help.',
    safari: 'Update macOS so that Safari is 16.4 or later, or use an up-to-date Chrome, Edge or Firefox.',
    firefox: 'Update Firefox to version 89 or later.',
    chromium: 'Update Chrome or Edge to version 91 or later.',
    other: 'Update the browser (Chrome or Edge 91+, Firefox 89+, Safari 16.4+; on iPhone and iPad, iOS 16.4+).',
  },
  crashed: 'The playground stopped because of an internal error: {message}. Reload the page to start again.',
  downloadFailed: 'The playground could not be downloaded (the connection may have dropped). Check the connection, then try again.',
  tryAgain: 'Try again',
  issuesTitle: 'Some settings in the link were ignored:',
  more: {
    show: { label: 'More settings', help: 'Shows the settings a first lesson can leave alone (optimiser, regularisation, speed, sharing, projector…).' },
    hide: { label: 'Fewer settings', help: 'Hides the settings a first lesson can leave alone, so that the picture comes first.' },
  },
  dismiss: { label: '×', help: 'Hide these messages until they change' },
  values: {
    act: { relu: 'ReLU', tanh: 'Tanh', sigmoid: 'Sigmoid', linear: 'Linear', leaky: 'Leaky ReLU' },
    opt: { sgd: 'SGD', momentum: 'Momentum', nesterov: 'Nesterov', rmsprop: 'RMSprop', adam: 'Adam' },
  },
  network: {
    layers: { one: '{n} hidden layer', other: '{n} hidden layers' },
    neurons: { one: '{n} neuron', other: '{n} neurons' },
  },
  readouts: {
    none: '—',
    build: 'engine: {build}',
    frame: '{fps} frames/s; main-thread time per frame: {ms} ms (median of {n} frames)',
    frameWaiting: 'frame time: press play to measure',
    mapRate: 'map {res}×{res}, {hz} refreshes/s; thumbnails {thumb}×{thumb}',
  },
  // The past runs' labels (shell/run-names.js): what joins their differences, and the names
  // of the settings no control names.
  runs: {
    same: 'same settings', other: 'other weights', separator: ', ',
    keys: { hidden: 'hidden layers', seed: 'seed', points: 'points' },
  },
  state: STATE_EN,
  messages: MESSAGES_EN,
};

export const BASE_FR = {
  loading: 'Chargement du réseau de neurones…',
  failedToStart: 'Le terrain de jeu n’a pas pu démarrer : {message}',
  noSimd: {
    lead: 'ce navigateur n’exécute pas WebAssembly SIMD, et ce site ne fournit que la version SIMD.',
    ios: 'Sur iPhone ou iPad, mettez iOS (iPadOS) à jour en version 16.4 ou ultérieure : Réglages › Général › Mise à jour logicielle. '
      + 'Tous les navigateurs d’iOS utilisent le moteur du système : mettre à jour l’application du navigateur ne suffit pas.',
    safari: 'Mettez macOS à jour pour avoir Safari 16.4 ou ultérieur, ou utilisez un Chrome, un Edge ou un Firefox à jour.',
    firefox: 'Mettez Firefox à jour en version 89 ou ultérieure.',
    chromium: 'Mettez Chrome ou Edge à jour en version 91 ou ultérieure.',
    other: 'Mettez le navigateur à jour (Chrome ou Edge 91+, Firefox 89+, Safari 16.4+ ; sur iPhone et iPad, iOS 16.4+).',
  },
  crashed: 'Le terrain de jeu s’est arrêté à cause d’une erreur interne : {message}. Rechargez la page pour recommencer.',
  downloadFailed: 'Le terrain de jeu n’a pas pu être téléchargé (la connexion a peut-être été coupée). Vérifiez la connexion, puis réessayez.',
  tryAgain: 'Réessayer',
  issuesTitle: 'Certains réglages du lien ont été ignorés :',
  more: {
    show: { label: 'Plus de réglages', help: 'Affiche les réglages qu’une première leçon peut laisser de côté (optimiseur, régularisation, vitesse, partage, projecteur…).' },
    hide: { label: 'Moins de réglages', help: 'Masque les réglages qu’une première leçon peut laisser de côté, pour que l’image passe en premier.' },
  },
  dismiss: { label: '×', help: 'Masquer ces messages jusqu’à leur prochain changement' },
  values: {
    act: { relu: 'ReLU', tanh: 'Tanh', sigmoid: 'Sigmoïde', linear: 'Linéaire', leaky: 'Leaky ReLU' },
    opt: { sgd: 'SGD', momentum: 'Inertie', nesterov: 'Nesterov', rmsprop: 'RMSprop', adam: 'Adam' },
  },
  network: {
    layers: { one: '{n} couche cachée', other: '{n} couches cachées' },
    neurons: { one: '{n} neurone', other: '{n} neurones' },
  },
  readouts: {
    none: '—',
    build: 'moteur : {build}',
    frame: '{fps} images/s ; temps du fil principal par image : {ms} ms (médiane sur {n} images)',
    frameWaiting: 'durée d’image : appuyez sur Lecture pour la mesurer',
    mapRate: 'carte {res}×{res}, {hz} rafraîchissements/s ; vignettes {thumb}×{thumb}',
  },
  runs: {
    same: 'mêmes réglages', other: 'autres poids', separator: ' ; ',
    keys: { hidden: 'couches cachées', seed: 'graine', points: 'points' },
  },
  state: STATE_FR,
  messages: MESSAGES_FR,
};
