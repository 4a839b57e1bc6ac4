// Every string the playground shows, in one table keyed by language. Values are plain data:
// placeholders are written {name} and filled by `format`. To add a language, add a table with
// the same keys (a missing key falls back to English, so a partial table still works).

import { PLAYGROUND_EN } from './strings-playground.js';
import { GAN_EN } from './gan-strings.js';
import { RACE_EN, RACE_FR } from './race-strings.js';
import { FIT_EN } from './fit-strings.js';
import { FR } from './strings-fr.js';
import { EMBED_EN, EMBED_FR } from './embed-strings.js';
import { CLASSROOM_EN } from './classroom-strings.js';
import { STATE_EN, STATE_FR } from './state-strings.js';
import { MESSAGES_EN, MESSAGES_FR } from './message-strings.js';

const en = {
  loading: 'Loading the neural network…',
  failedToStart: 'The playground could not start: {message}',
  noSimd: 'this browser does not run WebAssembly SIMD, and this site ships only the SIMD build. '
    + 'Please update the browser (Chrome or Edge 91+, Firefox 89+, Safari 16.4+).',
  crashed: 'The playground stopped because of an internal error: {message}. Reload the page to start again.',
  sections: {
    data: 'Data',
    features: 'Features',
    network: 'Hidden layers',
    output: 'Output',
    training: 'Training',
  },
  // One entry per control: its label and a one-line help (tooltip and accessible description).
  controls: {
    data: { label: 'Dataset', help: 'Which points the network learns to separate (or, for the last two, to predict).' },
    train: { label: 'Training share', help: 'Percentage of the points used for training; the rest are held out to test the network.' },
    noise: { label: 'Noise', help: 'How much the points are scattered across the ideal boundary, in percent.' },
    batch: { label: 'Batch size', help: 'How many training points each step averages its update over.' },
    regenerate: { label: 'Regenerate', help: 'Draw new points and new starting weights (the next seed).' },
    features: { label: 'Inputs', help: 'The quantities fed to the network; click one to switch it on or off.' },
    addLayer: { label: 'Add layer', help: 'Add a hidden layer (at most {max}).' },
    removeLayer: { label: 'Remove layer', help: 'Remove the last hidden layer.' },
    addNeuron: { label: 'Add a neuron to layer {n}', help: 'One more neuron in this layer (at most {max}).' },
    removeNeuron: { label: 'Remove a neuron from layer {n}', help: 'One neuron fewer in this layer (at least 1).' },
    act: { label: 'Activation', help: 'The function each hidden neuron applies to its weighted sum.' },
    loss: { label: 'Loss', help: 'How the error is measured: squared error with a tanh output, or cross-entropy with a sigmoid output.' },
    opt: { label: 'Optimiser', help: 'The rule that turns gradients into weight updates.' },
    momentum: { label: 'Momentum', help: 'How much of the previous update carries over (momentum and Nesterov only).' },
    lr: { label: 'Learning rate', help: 'How big each update step is. Too big and training diverges; too small and it crawls.' },
    reg: { label: 'Regularisation', help: 'A penalty on large weights: L1 pushes weights to exactly zero, L2 shrinks them all.' },
    regrate: { label: 'Regularisation rate', help: 'How strong the weight penalty is.' },
    init: { label: 'Initial weights', help: 'How the starting weights are drawn.' },
    play: { label: 'Play', help: 'Start training (space).' },
    pause: { label: 'Pause', help: 'Pause training (space).' },
    step: { label: 'Step', help: 'Train on one mini-batch (→).' },
    stepEpoch: { label: 'Step epoch', help: 'Train until the end of the current pass over the training data.' },
    reset: { label: 'Reset', help: 'Back to the starting weights; the data stay the same.' },
    speed: { label: 'Speed', help: 'How much training happens between two pictures.' },
    showtest: { label: 'Show test data', help: 'Also draw the held-out test points (with a dark outline).' },
    discrete: { label: 'Discretize output', help: 'Show only the predicted class instead of the network’s confidence.' },
  },
  values: {
    data: {
      circle: 'Circle', xor: 'XOR', gauss: 'Blobs', spiral: 'Spiral', moons: 'Moons',
      plane: 'Plane', multigauss: 'Bumps',
    },
    dataHelp: {
      circle: 'A disc of blue points inside a ring of orange ones.',
      xor: 'Exclusive or: blue where x₁ and x₂ have the same sign, orange where they differ.',
      gauss: 'Two round clouds of points, one of each colour.',
      spiral: 'Two interleaved spiral arms: hard to learn.',
      moons: 'Two interlocking half circles.',
      plane: 'Regression: the value rises steadily along the diagonal.',
      multigauss: 'Regression: six bumps, up or down, in two rows.',
    },
    dataGroups: { classification: 'Classification', regression: 'Regression' },
    features: {
      x1: 'X₁', x2: 'X₂', x1sq: 'X₁²', x2sq: 'X₂²', x1x2: 'X₁X₂', sinx1: 'sin(X₁)', sinx2: 'sin(X₂)',
    },
    act: { relu: 'ReLU', tanh: 'Tanh', sigmoid: 'Sigmoid', linear: 'Linear', leaky: 'Leaky ReLU' },
    loss: { mse: 'Squared error (tanh output)', xent: 'Cross-entropy (sigmoid output)' },
    opt: { sgd: 'SGD', momentum: 'Momentum', nesterov: 'Nesterov', rmsprop: 'RMSprop', adam: 'Adam' },
    reg: { none: 'None', l1: 'L1', l2: 'L2' },
    init: { uniform: 'Uniform ±0.5', glorot: 'Glorot', zeros: 'Zeros' },
    speed: { step: '1 step / frame', epoch: '1 epoch / frame', epochs10: '10 epochs / frame', max: 'As fast as possible' },
  },
  network: {
    layers: { one: '{n} hidden layer', other: '{n} hidden layers' },
    neurons: { one: '{n} neuron', other: '{n} neurons' },
    none: 'No hidden layer: the inputs feed the output directly.',
    layer: 'Layer {n}',
  },
  readouts: {
    epoch: 'Epoch',
    trainLoss: 'Training loss',
    testLoss: 'Test loss',
    trainAccuracy: 'Training accuracy',
    testAccuracy: 'Test accuracy',
    outputBias: 'Output bias',
    none: '—',
    legendTrain: 'training loss',
    legendTest: 'test loss',
    chart: 'Loss per epoch: training in grey, test in black.',
    boundary: 'The network’s output over the plane: blue for +1, orange for −1, with the data points.',
    build: 'engine: {build}',
    frame: 'frame time: {ms} ms (median of {n} frames)',
    frameWaiting: 'frame time: press play to measure',
  },
  diverged: {
    title: 'Training diverged and was paused.',
    loss: 'At step {step} the loss grew too large to compute.',
    weights: 'At step {step} the weights grew too large to compute.',
    advice: 'Try a smaller learning rate, remove regularisation or lower its rate, then press Reset.',
  },
  issuesTitle: 'Some settings in the link were ignored:',
  gan: GAN_EN,
  race: RACE_EN,
  embed: EMBED_EN,
  fit: FIT_EN,
  classroom: CLASSROOM_EN,
  state: STATE_EN,
  messages: MESSAGES_EN,
};

// The full playground's strings (strings-playground.js) extend and override the base ones.
Object.assign(en, merge(en, PLAYGROUND_EN));

/** The string tables, by language code. */
export const STRINGS = { en, fr: { ...FR, race: RACE_FR, embed: EMBED_FR, state: STATE_FR, messages: MESSAGES_FR } };

/**
 * The table for `lang` ("fr-CA" falls back to "fr", then to English), with any key missing
 * from a partial translation taken from English.
 */
export function strings(lang) {
  const code = String(lang || 'en').toLowerCase();
  const table = STRINGS[code] ?? STRINGS[code.split('-')[0]];
  return table && table !== en ? merge(en, table) : en;
}

function merge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = v && typeof v === 'object' && typeof base[k] === 'object' ? merge(base[k], v) : v;
  }
  return out;
}

/** `template` with each `{name}` replaced by `vars[name]`. */
export function format(template, vars = {}) {
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** Plural rules by language: making one costs far more than using it (views call this every
 * frame). */
const pluralRules = new Map();

/** The singular or plural form from `{one, other}` for `n`, filled in. */
export function plural(forms, n, lang) {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return format(forms[rules.select(n)] ?? forms.other, { n });
}
