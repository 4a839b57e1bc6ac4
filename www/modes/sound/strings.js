// The strings of the sound mode (<nn-playground demo="sound">, or mode=sound in the link), in
// English (SOUND_EN) and French (SOUND_FR): the `sound` subtree of each language's table, added
// when the mode's chunk loads (i18n/strings.js). Plain data, {name} placeholders, a label and a
// one-line help per control.

import { addStrings } from '../../i18n/strings.js';
import { networkFields } from '../../i18n/network-strings.js';

export const SOUND_EN = {
  sections: {
    training: 'Training',
    sound: 'Sound to learn',
    network: 'Network',
    output: 'Target and network, seen and heard',
  },
  controls: {
    play: { label: 'Play', help: 'Start training (space).' },
    pause: { label: 'Pause', help: 'Pause training (space).' },
    step: { label: 'Step', help: 'Train on one mini-batch of samples (→).' },
    reset: { label: 'Reset', help: 'Back to the starting weights; the settings stay.' },
    speed: { label: 'Speed', help: 'How many training steps happen between two pictures.' },
    sound: { label: 'Sound', help: 'The sound the network learns to produce from time alone.' },
    aufourier: { label: 'Fourier features', help: 'Feed the network sines and cosines of time at many random frequencies instead of time itself.' },
    aufreq: { label: 'Frequencies', help: 'How many random frequencies (the network gets a sine and a cosine of each).' },
    auscale: { label: 'Frequency spread (Hz)', help: 'How high the random frequencies go: the sound’s pitches must be within reach.' },
    ...networkFields('en', 'au', 'samples'),
    hearTarget: { label: '▶ Hear the target', help: 'Play the sound the network must learn.' },
    hearNetwork: { label: '▶ Hear the network', help: 'Play the sound the network makes now (p).' },
    auvolume: { label: 'Volume', help: 'How loud the sounds play (never above half of full scale).' },
  },
  values: {
    sound: { chord: 'Chord', bell: 'Bell', vowel: 'Vowel “a”', drum: 'Drum' },
    soundHelp: {
      chord: 'C major: three notes, each with two overtones, fading slowly.',
      bell: 'A struck bell: partials that are not multiples of one pitch, the high ones dying first.',
      vowel: 'A voice singing “a” at 130 Hz: many harmonics, shaped by three formants.',
      drum: 'A kick drum: a tone falling from 160 Hz to 50 Hz, with a click of noise.',
    },
    speed: { slow: '1 step / frame', normal: '4 steps / frame', fast: '16 steps / frame', max: 'As fast as possible' },
    hidden: { none: 'none' },
    volume: '{n} %',
  },
  notes: {
    fourier: 'Why: from time alone a small network can only make slow changes, never a tone of hundreds of vibrations a second; sines and cosines of time at many frequencies give it the vibrations directly.',
    noAudio: 'This browser cannot play sounds (no Web Audio). The pictures still show what the network learns.',
    playing: 'Playing {what} ({seconds} s).',
    what: { target: 'the target', network: 'the network’s sound' },
    clickFirst: 'Nothing plays until you press a Hear button.',
  },
  readouts: {
    steps: 'Step',
    error: 'Spectrogram error (dB²)',
    fall: 'Fallen',
    loss: 'Loss',
    fallValue: '÷{n}',
    wave: 'The two waveforms over 0.25 s: the target in grey, the network’s sound in colour on top.',
    targetSpec: 'Target',
    networkSpec: 'Network',
    targetCanvas: 'The target’s spectrogram: time across, pitch up, loud bright and silence dark.',
    networkCanvas: 'The network’s spectrogram, drawn the same way: it sharpens as the network learns.',
    chart: 'The spectrogram error at each step, on a log scale.',
    chartTitle: 'Spectrogram error per step',
    legendLabel: 'What the pictures’ colours mean',
    legendTarget: 'target',
    legendNetwork: 'network',
    legendQuiet: 'silent (−60 dB)',
    legendLoud: 'loud',
  },
  diverged: 'Training diverged (the loss grew too large to compute) and was paused. Choose a smaller learning rate, then press Reset.',
};

export const SOUND_FR = {
  sections: {
    training: 'Entraînement',
    sound: 'Son à apprendre',
    network: 'Réseau',
    output: 'Cible et réseau, à voir et à écouter',
  },
  controls: {
    play: { label: 'Lecture', help: 'Lancer l’entraînement (espace).' },
    pause: { label: 'Pause', help: 'Mettre l’entraînement en pause (espace).' },
    step: { label: 'Pas', help: 'Entraîner sur un mini-lot d’échantillons (→).' },
    reset: { label: 'Réinitialiser', help: 'Revenir aux poids de départ ; les réglages restent.' },
    speed: { label: 'Vitesse', help: 'Nombre de pas d’entraînement entre deux images.' },
    sound: { label: 'Son', help: 'Le son que le réseau apprend à produire à partir du seul temps.' },
    aufourier: { label: 'Caractéristiques de Fourier', help: 'Donner au réseau des sinus et cosinus du temps à de nombreuses fréquences aléatoires au lieu du temps lui-même.' },
    aufreq: { label: 'Fréquences', help: 'Nombre de fréquences aléatoires (le réseau reçoit un sinus et un cosinus de chacune).' },
    auscale: { label: 'Étalement des fréquences (Hz)', help: 'Jusqu’où montent les fréquences aléatoires : les hauteurs du son doivent être à portée.' },
    ...networkFields('fr', 'au', 'échantillons'),
    hearTarget: { label: '▶ Écouter la cible', help: 'Jouer le son que le réseau doit apprendre.' },
    hearNetwork: { label: '▶ Écouter le réseau', help: 'Jouer le son que produit le réseau maintenant (p).' },
    auvolume: { label: 'Volume', help: 'Intensité de la lecture (jamais plus de la moitié du maximum).' },
  },
  values: {
    sound: { chord: 'Accord', bell: 'Cloche', vowel: 'Voyelle « a »', drum: 'Tambour' },
    soundHelp: {
      chord: 'Do majeur : trois notes, chacune avec deux harmoniques, qui s’éteignent lentement.',
      bell: 'Une cloche frappée : des partiels qui ne sont pas multiples d’une même hauteur, les aigus s’éteignant d’abord.',
      vowel: 'Une voix qui chante « a » à 130 Hz : de nombreux harmoniques, façonnés par trois formants.',
      drum: 'Une grosse caisse : un son qui descend de 160 Hz à 50 Hz, avec un claquement de bruit.',
    },
    speed: { slow: '1 pas / image', normal: '4 pas / image', fast: '16 pas / image', max: 'Aussi vite que possible' },
    hidden: { none: 'aucune' },
    volume: '{n} %',
  },
  notes: {
    fourier: 'Pourquoi : à partir du seul temps, un petit réseau ne produit que des variations lentes, jamais un son de centaines de vibrations par seconde ; des sinus et cosinus du temps à de nombreuses fréquences lui donnent directement ces vibrations.',
    noAudio: 'Ce navigateur ne peut pas jouer de son (pas de Web Audio). Les images montrent tout de même ce que le réseau apprend.',
    playing: 'Lecture de {what} ({seconds} s).',
    what: { target: 'la cible', network: 'le son du réseau' },
    clickFirst: 'Aucun son n’est joué avant que vous n’appuyiez sur un bouton Écouter.',
  },
  readouts: {
    steps: 'Pas',
    error: 'Erreur du spectrogramme (dB²)',
    fall: 'Baisse',
    loss: 'Coût',
    fallValue: '÷{n}',
    wave: 'Les deux formes d’onde sur 0,25 s : la cible en gris, le son du réseau en couleur par-dessus.',
    targetSpec: 'Cible',
    networkSpec: 'Réseau',
    targetCanvas: 'Le spectrogramme de la cible : le temps en abscisse, la hauteur en ordonnée, le fort en clair et le silence en sombre.',
    networkCanvas: 'Le spectrogramme du réseau, dessiné de la même façon : il se précise à mesure que le réseau apprend.',
    chart: 'L’erreur du spectrogramme à chaque pas, en échelle logarithmique.',
    chartTitle: 'Erreur du spectrogramme par pas',
    legendLabel: 'Ce que signifient les couleurs des images',
    legendTarget: 'cible',
    legendNetwork: 'réseau',
    legendQuiet: 'silence (−60 dB)',
    legendLoud: 'fort',
  },
  diverged: 'L’entraînement a divergé (le coût est devenu trop grand pour être calculé) et a été mis en pause. Choisissez un taux d’apprentissage plus petit, puis appuyez sur Réinitialiser.',
};

addStrings({ en: { sound: SOUND_EN }, fr: { sound: SOUND_FR } });
