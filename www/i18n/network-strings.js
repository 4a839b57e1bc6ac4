// The labels and helps of the network knobs most modes share (hidden layers, activation,
// optimiser, learning rate, batch size), in English and French, under each mode's key prefix.
// A mode spreads them into its `controls` table and says what a batch is made of.

const FIELDS = {
  en: {
    hidden: { label: 'Hidden layers', help: 'Neurons in each hidden layer, from the input to the output.' },
    act: { label: 'Activation', help: 'The function each hidden neuron applies to its weighted sum.' },
    opt: { label: 'Optimiser', help: 'The rule that turns gradients into weight updates.' },
    lr: { label: 'Learning rate', help: 'How big each update step is. Too big and training diverges; too small and it crawls.' },
    batch: { label: 'Batch size', help: 'How many {items} each step averages its update over.' },
  },
  fr: {
    hidden: { label: 'Couches cachées', help: 'Neurones de chaque couche cachée, de l’entrée vers la sortie.' },
    act: { label: 'Activation', help: 'La fonction que chaque neurone caché applique à sa somme pondérée.' },
    opt: { label: 'Optimiseur', help: 'La règle qui transforme les gradients en mises à jour des poids.' },
    lr: { label: 'Taux d’apprentissage', help: 'La taille de chaque pas de mise à jour. Trop grand, l’entraînement diverge ; trop petit, il se traîne.' },
    batch: { label: 'Taille du lot', help: 'Sur combien de {items} chaque pas moyenne sa mise à jour.' },
  },
};

/**
 * The five knobs' strings in `lang` (`en` or `fr`) under the keys `<prefix>hidden`, … ,
 * `<prefix>batch`; `items` names what a batch holds, in that language ("pixels", « pixels »).
 * `overrides` replaces some of them (by unprefixed name) where a mode says more.
 */
export function networkFields(lang, prefix, items, overrides = {}) {
  const fields = {};
  for (const [name, { label, help }] of Object.entries(FIELDS[lang])) {
    fields[`${prefix}${name}`] = overrides[name] ?? { label, help: help.replace('{items}', items) };
  }
  return fields;
}
