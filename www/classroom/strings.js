// The strings of the classroom tools (classroom.js), in English and French: projector mode,
// the colour palette and the picture export. Added as the `classroom` subtree of each
// language's table (i18n/strings.js) when classroom.js loads.

import { addStrings } from '../i18n/strings.js';

export const CLASSROOM_EN = {
  group: 'Classroom',
  projector: { label: 'Projector', help: 'Large text, thick lines and big dots, readable from the back of a room (also on in full screen).' },
  palette: { label: 'Colours', help: 'The colours of the output map and the points; the colour-blind set stays distinct with any colour vision.' },
  palettes: { classic: 'Classic', colorblind: 'Colour-blind safe' },
  exportPng: { label: 'Save picture', help: 'Download a PNG of the map and the charts, with the settings, for slides.' },
  saved: 'Saved the picture as {file}.',
  badPalette: 'The palette “{name}” is unknown: the classic colours are kept.',
  title: 'nn-playground',
  titleClassify: '{data} · {hidden} · {act} · learning rate {lr} · {opt} · epoch {epoch}',
  titleGan: '{target} · G {ghidden} · D {dhidden} · learning rates {glr} / {dlr} · iteration {iterations}',
  titleOther: '{demo} · step {epoch}',
  demos: { race: 'Optimisers on a loss surface', curve: 'Curve fitting', image: 'Image fitting', inpaint: 'Guess the hidden part', segment: 'Segment by painting', digits: 'Recognise a drawn digit', terrain: 'Generate terrain in 3-D', agent: 'Balancing agent', physics: 'A learned simulator', sound: 'A network that learns a sound' },
  noHidden: 'no hidden layer',
};

export const CLASSROOM_FR = {
  group: 'En classe',
  projector: { label: 'Vidéoprojecteur', help: 'Texte grand, traits épais et gros points, lisibles du fond de la salle (aussi en plein écran).' },
  palette: { label: 'Couleurs', help: 'Les couleurs de la carte et des points ; la palette pour daltoniens reste distincte quelle que soit la vision des couleurs.' },
  palettes: { classic: 'Classiques', colorblind: 'Adaptées aux daltoniens' },
  exportPng: { label: 'Enregistrer l’image', help: 'Télécharger une image PNG de la carte et des courbes, avec les réglages, pour des diapositives.' },
  saved: 'Image enregistrée sous {file}.',
  badPalette: 'La palette « {name} » est inconnue : les couleurs classiques sont conservées.',
  title: 'nn-playground',
  titleClassify: '{data} · {hidden} · {act} · taux d’apprentissage {lr} · {opt} · époque {epoch}',
  titleGan: '{target} · G {ghidden} · D {dhidden} · taux d’apprentissage {glr} / {dlr} · itération {iterations}',
  titleOther: '{demo} · pas {epoch}',
  demos: { race: 'Optimiseurs sur une surface de coût', curve: 'Ajustement d’une courbe', image: 'Ajustement d’une image', inpaint: 'Deviner la partie cachée', segment: 'Segmentation au pinceau', digits: 'Reconnaître un chiffre dessiné', terrain: 'Générer un terrain en 3D', agent: 'Agent en équilibre', physics: 'Un simulateur appris', sound: 'Un réseau qui apprend un son' },
  noHidden: 'aucune couche cachée',
};

addStrings({ en: { classroom: CLASSROOM_EN }, fr: { classroom: CLASSROOM_FR } });
