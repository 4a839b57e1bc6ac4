// The strings of Save / Open in the GAN, curve, image and race modes (state-file.js), in
// English and French. The classifier's own are in strings-playground.js and strings-fr.js.

export const STATE_EN = {
  group: 'Save and open',
  save: { label: 'Save file', help: 'Download the settings and the trained weights as a JSON file.' },
  saveRace: { label: 'Save file', help: 'Download the settings (surface, start, racers) as a JSON file; opening it starts the race again from its start.' },
  open: { label: 'Open file', help: 'Open a state file saved before, from any mode; a file that is not one is refused and nothing changes.' },
  saved: 'State saved as {file}.',
  loaded: 'Loaded {file}.',
  refused: 'Could not open {file}. {message}',
};

export const STATE_FR = {
  group: 'Enregistrer et ouvrir',
  save: { label: 'Enregistrer le fichier', help: 'Télécharger les réglages et les poids entraînés sous forme de fichier JSON.' },
  saveRace: { label: 'Enregistrer le fichier', help: 'Télécharger les réglages (surface, départ, coureurs) sous forme de fichier JSON ; l’ouvrir relance la course depuis son départ.' },
  open: { label: 'Ouvrir un fichier', help: 'Ouvrir un fichier d’état enregistré auparavant, dans n’importe quel mode ; un fichier qui n’en est pas un est refusé et rien ne change.' },
  saved: 'État enregistré sous {file}.',
  loaded: '{file} chargé.',
  refused: 'Impossible d’ouvrir {file}. {message}',
};
