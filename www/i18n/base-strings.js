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
  noSimd: 'this browser does not run WebAssembly SIMD, and this site ships only the SIMD build. '
    + 'Please update the browser (Chrome or Edge 91+, Firefox 89+, Safari 16.4+).',
  crashed: 'The playground stopped because of an internal error: {message}. Reload the page to start again.',
  issuesTitle: 'Some settings in the link were ignored:',
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
  state: STATE_EN,
  messages: MESSAGES_EN,
};

export const BASE_FR = {
  loading: 'Chargement du réseau de neurones…',
  failedToStart: 'Le terrain de jeu n’a pas pu démarrer : {message}',
  noSimd: 'ce navigateur n’exécute pas WebAssembly SIMD, et ce site ne fournit que la version SIMD. '
    + 'Mettez le navigateur à jour (Chrome ou Edge 91+, Firefox 89+, Safari 16.4+).',
  crashed: 'Le terrain de jeu s’est arrêté à cause d’une erreur interne : {message}. Rechargez la page pour recommencer.',
  issuesTitle: 'Certains réglages du lien ont été ignorés :',
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
    build: 'moteur : {build}',
    frame: '{fps} images/s ; temps du fil principal par image : {ms} ms (médiane sur {n} images)',
    frameWaiting: 'durée d’image : appuyez sur Lecture pour la mesurer',
    mapRate: 'carte {res}×{res}, {hz} rafraîchissements/s ; vignettes {thumb}×{thumb}',
  },
  state: STATE_FR,
  messages: MESSAGES_FR,
};
