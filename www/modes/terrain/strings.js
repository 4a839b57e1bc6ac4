// The strings of the terrain mode (<nn-playground demo="terrain">, or mode=terrain in the
// link), in English (TERRAIN_EN) and French (TERRAIN_FR): the `terrain` subtree of each
// language's table, added when the mode's chunk loads (i18n/strings.js).

import { addStrings } from '../../i18n/strings.js';

export const TERRAIN_EN = {
  sections: {
    training: 'Training',
    latent: 'Walk the latent space',
    view: 'Water and snow',
    output: 'The generated terrain in 3-D',
  },
  controls: {
    play: { label: 'Train', help: 'Train the autoencoder on the generated terrains (space).' },
    pause: { label: 'Pause', help: 'Pause training (space).' },
    step: { label: 'Step', help: 'One training step on a batch of 32 terrains (→).' },
    reset: { label: 'Reset', help: 'Fresh weights: training starts again.' },
    speed: { label: 'Speed', help: 'How many training steps between two pictures.' },
    lx: { label: 'Latent x', help: 'First coordinate of the point of the latent space decoded (−3 to 3).' },
    ly: { label: 'Latent y', help: 'Second coordinate of the point of the latent space decoded (−3 to 3).' },
    water: { label: 'Water level', help: 'Heights below this are water.' },
    snow: { label: 'Snow line', help: 'Heights above this are snow.' },
    turn: { label: 'Turn', help: 'Turn the relief about its vertical axis (degrees).' },
    exportHeightmap: { label: 'Export heightmap', help: 'Download the terrain shown as a 16-bit grey PNG (256 × 256; black is the lowest height, white the highest).' },
  },
  values: {
    speed: { step: '1 step / frame', ten: '10 steps / frame', fast: 'As fast as a frame allows' },
    legend: { water: 'water', beach: 'beach', grass: 'grass', forest: 'forest', rock: 'rock', snow: 'snow' },
    forms: { islands: 'islands', ridges: 'ridges', rivers: 'rivers' },
  },
  readouts: {
    steps: 'Step',
    recon: 'Reconstruction error',
    kl: 'KL divergence',
    untrained: 'Untrained: press Train. The autoencoder learns from 384 terrains generated in code (islands, ridges, river valleys).',
    relief: 'The terrain decoded at the pad’s point, as a relief in perspective: blue is water, then beach, grass, forest, rock and snow.',
    pad: 'The latent space: each dot is a training terrain where the encoder puts it (blue islands, orange ridges, green rivers). Drag the ring, click, or use the arrow keys to walk it.',
    padHint: 'Drag on the pad or use the arrow keys: each point is a terrain.',
    point: 'Point ({x}; {y})',
    heights: 'heights {low} to {high}',
    exported: 'Heightmap saved as {file}.',
    software: 'Drawn without WebGL (software renderer).',
  },
  legend: { label: 'Colours of the relief by height', forms: 'Dots on the pad:' },
  warnings: {
    diverged: 'Training blew up (a weight is no longer a number). Press Reset to start again.',
  },
};

export const TERRAIN_FR = {
  sections: {
    training: 'Entraînement',
    latent: 'Parcourir l’espace latent',
    view: 'Eau et neige',
    output: 'Le terrain généré en 3D',
  },
  controls: {
    play: { label: 'Entraîner', help: 'Entraîner l’autoencodeur sur les terrains générés (espace).' },
    pause: { label: 'Pause', help: 'Mettre l’entraînement en pause (espace).' },
    step: { label: 'Pas', help: 'Un pas d’entraînement sur un lot de 32 terrains (→).' },
    reset: { label: 'Réinitialiser', help: 'De nouveaux poids : l’entraînement recommence.' },
    speed: { label: 'Vitesse', help: 'Combien de pas d’entraînement entre deux images.' },
    lx: { label: 'x latent', help: 'Première coordonnée du point de l’espace latent décodé (de −3 à 3).' },
    ly: { label: 'y latent', help: 'Seconde coordonnée du point de l’espace latent décodé (de −3 à 3).' },
    water: { label: 'Niveau de l’eau', help: 'Les hauteurs en dessous sont de l’eau.' },
    snow: { label: 'Limite des neiges', help: 'Les hauteurs au-dessus sont de la neige.' },
    turn: { label: 'Rotation', help: 'Faire tourner le relief autour de son axe vertical (en degrés).' },
    exportHeightmap: { label: 'Exporter la carte des hauteurs', help: 'Télécharger le terrain affiché en PNG gris sur 16 bits (256 × 256 ; le noir est la hauteur la plus basse, le blanc la plus haute).' },
  },
  values: {
    speed: { step: '1 pas / image', ten: '10 pas / image', fast: 'Autant qu’une image le permet' },
    legend: { water: 'eau', beach: 'plage', grass: 'prairie', forest: 'forêt', rock: 'roche', snow: 'neige' },
    forms: { islands: 'îles', ridges: 'crêtes', rivers: 'rivières' },
  },
  readouts: {
    steps: 'Pas',
    recon: 'Erreur de reconstruction',
    kl: 'Divergence KL',
    untrained: 'Pas encore entraîné : appuyez sur Entraîner. L’autoencodeur apprend à partir de 384 terrains générés par le code (îles, crêtes, vallées de rivières).',
    relief: 'Le terrain décodé au point du pavé, en relief et en perspective : le bleu est l’eau, puis la plage, la prairie, la forêt, la roche et la neige.',
    pad: 'L’espace latent : chaque point est un terrain d’entraînement, là où l’encodeur le place (îles en bleu, crêtes en orange, rivières en vert). Faites glisser l’anneau, cliquez ou utilisez les flèches pour le parcourir.',
    padHint: 'Glissez sur le pavé ou utilisez les flèches : chaque point est un terrain.',
    point: 'Point ({x} ; {y})',
    heights: 'hauteurs de {low} à {high}',
    exported: 'Carte des hauteurs enregistrée sous {file}.',
    software: 'Dessiné sans WebGL (rendu logiciel).',
  },
  legend: { label: 'Couleurs du relief selon la hauteur', forms: 'Points du pavé :' },
  warnings: {
    diverged: 'L’entraînement a divergé (un poids n’est plus un nombre). Appuyez sur Réinitialiser pour recommencer.',
  },
};

addStrings({ en: { terrain: TERRAIN_EN }, fr: { terrain: TERRAIN_FR } });
