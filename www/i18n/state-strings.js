// The strings of Save / Open in the GAN, curve, image and race modes (shell/state-file.js), in
// English and French (the classifier's own are in modes/classify/strings-en.js and strings-fr.js),
// and those of the embed code every mode copies (`embed`, embed/code.js).

export const STATE_EN = {
  group: 'Save and open',
  save: { label: 'Save file', help: 'Download the settings and the trained weights as a JSON file.' },
  saveRace: { label: 'Save file', help: 'Download the settings (surface, start, racers) as a JSON file; opening it starts the race again from its start.' },
  open: { label: 'Open file', help: 'Open a state file saved before, from any mode; a file that is not one is refused and nothing changes.' },
  saved: 'State saved as {file}.',
  loaded: 'Loaded {file}.',
  refused: 'Could not open {file}. {message}',
  embed: {
    button: { label: 'Copy embed code', help: 'Copy the HTML that puts this demo, with these settings, in your own page (for a course page).' },
    copied: 'Embed code copied: paste it into your page. In a Jekyll page the include does the same: {jekyll}',
    failed: 'Copy this code into your page: {html}',
  },
};

export const STATE_FR = {
  group: 'Enregistrer et ouvrir',
  save: { label: 'Enregistrer le fichier', help: 'Télécharger les réglages et les poids entraînés sous forme de fichier JSON.' },
  saveRace: { label: 'Enregistrer le fichier', help: 'Télécharger les réglages (surface, départ, coureurs) sous forme de fichier JSON ; l’ouvrir relance la course depuis son départ.' },
  open: { label: 'Ouvrir un fichier', help: 'Ouvrir un fichier d’état enregistré auparavant, dans n’importe quel mode ; un fichier qui n’en est pas un est refusé et rien ne change.' },
  saved: 'État enregistré sous {file}.',
  loaded: '{file} chargé.',
  refused: 'Impossible d’ouvrir {file}. {message}',
  embed: {
    button: { label: 'Copier le code d’intégration', help: 'Copier le HTML qui place cette démo, avec ces réglages, dans votre propre page (pour un cours).' },
    copied: 'Code d’intégration copié : collez-le dans votre page. Dans une page Jekyll, l’include fait de même : {jekyll}',
    failed: 'Copiez ce code dans votre page : {html}',
  },
};
