// The strings of the agent mode (<nn-playground demo="agent">, or mode=agent in the link), in
// English (AGENT_EN) and French (AGENT_FR): the `agent` subtree of each language's table,
// added when the mode's chunk loads (i18n/strings.js). Plain data, {name} placeholders, a
// label and a one-line help per control.

import { addStrings } from '../../i18n/strings.js';

export const AGENT_EN = {
  sections: {
    training: 'Learning', output: 'The cart and its pole', settings: 'The policy network', push: 'Push the cart',
  },
  controls: {
    play: { label: 'Play', help: 'Let the agent try again and again, and watch its policy balance (space).' },
    pause: { label: 'Pause', help: 'Pause learning and the cart (space).' },
    step: { label: 'Step', help: 'One 20 ms step of the cart you watch (→ outside the picture).' },
    reset: { label: 'Reset', help: 'Forget everything learnt: a new policy from the seed’s weights.' },
    speed: { label: 'Speed', help: 'How many attempts the agent makes while you watch.' },
    pushLeft: { label: '← Push left', help: 'Push the cart to the left for 0.1 s (← with the picture focused).' },
    pushRight: { label: 'Push right →', help: 'Push the cart to the right for 0.1 s (→ with the picture focused).' },
    newEpisode: { label: 'New start', help: 'Put the pole back up and watch the policy from a new start.' },
    hidden: { label: 'Hidden neurons', help: 'The policy network’s hidden layers (4 inputs: position, speed, angle, spin; 1 output: push right or left). A change starts learning over.' },
    lr: { label: 'Learning rate', help: 'Adam’s step size for each update of the policy.' },
    batch: { label: 'Attempts per update', help: 'How many attempts the agent makes before each update of its policy.' },
  },
  values: {
    speed: { watch: 'Watch only (no learning)', slow: '1 attempt / second', normal: '1 attempt / frame', fast: '10 attempts / frame', max: 'As fast as possible' },
    linear: 'none (linear)',
  },
  scene: {
    running: 'Balancing: {steps} (episode {episode}).',
    pushed: 'Pushed! {steps} (episode {episode}).',
    fell: 'The pole fell after {steps}: a new start follows.',
    track: 'The cart ran off the track after {steps}: a new start follows.',
  },
  // Counts, singular and plural (i18n/format.js `plural`): the {steps} and {attempts} of the
  // sentences.
  counts: {
    steps: { one: '{n} step', other: '{n} steps' },
    attempts: { one: '{n} attempt', other: '{n} attempts' },
  },
  legend: {
    label: 'What the picture shows',
    pole: 'pole', fallen: 'fallen pole (beyond 12°)', policy: 'the policy’s push', push: 'your push',
    chartLabel: 'What the chart’s lines mean',
    explore: 'training attempts', test: 'the policy’s tests', goal: '500 steps: balanced',
  },
  readouts: {
    attempts: 'Attempts',
    numbers: { steps: 'Steps upright', angle: 'Pole angle', test: 'Last test (steps)' },
    scene: 'A cart on a track with a pole hinged on it. The policy pushes the cart left or right to keep the pole within 12° of upright and the cart on the track. Tap or click beside the cart to push it away from your finger, or swipe; with the picture focused, ← and → push it.',
    chart: 'Length of every attempt in steps (50 a second), against the attempt’s number: grey for training attempts, blue for the policy’s own tests, green for the 500-step goal; faded and labelled, the tests of earlier runs.',
    chartTitle: 'Steps per attempt',
    ghosts: 'Earlier runs (the policy’s tests, faded):',
    ghost: 'run {n}: {label}; longest test {best}',
    state: 'Cart at {x} m moving {speed} m/s, pole at {angle}°.',
    untrained: 'Not trained yet: press Play and watch the attempts grow longer.',
    learning: '{attempts} so far; the policy’s last test lasted {test}.',
    noTest: '{attempts} so far; the policy has not been tested yet.',
    balanced: 'The policy balanced 500 steps three tests in a row after {attempts}.',
    how: 'REINFORCE with a baseline: during training the agent pushes right with the probability its network gives, and after every few attempts it makes the pushes that were followed by longer survival than usual more likely. Its tests always take the likelier push.',
  },
};

export const AGENT_FR = {
  sections: {
    training: 'Apprentissage', output: 'Le chariot et son pendule', settings: 'Le réseau de la politique', push: 'Pousser le chariot',
  },
  controls: {
    play: { label: 'Lecture', help: 'L’agent essaie encore et encore, et sa politique tient le pendule sous vos yeux (espace).' },
    pause: { label: 'Pause', help: 'Met en pause l’apprentissage et le chariot (espace).' },
    step: { label: 'Pas', help: 'Un pas de 20 ms du chariot observé (→ hors de l’image).' },
    reset: { label: 'Réinitialiser', help: 'Oublie tout ce qui a été appris : une nouvelle politique, avec les poids de la graine.' },
    speed: { label: 'Vitesse', help: 'Combien d’essais l’agent fait pendant que vous regardez.' },
    pushLeft: { label: '← Pousser à gauche', help: 'Pousse le chariot vers la gauche pendant 0,1 s (← quand l’image a le focus).' },
    pushRight: { label: 'Pousser à droite →', help: 'Pousse le chariot vers la droite pendant 0,1 s (→ quand l’image a le focus).' },
    newEpisode: { label: 'Nouveau départ', help: 'Redresse le pendule et observe la politique depuis un nouveau départ.' },
    hidden: { label: 'Neurones cachés', help: 'Les couches cachées du réseau de la politique (4 entrées : position, vitesse, angle, vitesse angulaire ; 1 sortie : pousser à droite ou à gauche). Un changement recommence l’apprentissage.' },
    lr: { label: 'Taux d’apprentissage', help: 'Le pas d’Adam à chaque mise à jour de la politique.' },
    batch: { label: 'Essais par mise à jour', help: 'Combien d’essais l’agent fait avant chaque mise à jour de sa politique.' },
  },
  values: {
    speed: { watch: 'Observer seulement (sans apprendre)', slow: '1 essai par seconde', normal: '1 essai par image', fast: '10 essais par image', max: 'Aussi vite que possible' },
    linear: 'aucun (linéaire)',
  },
  scene: {
    running: 'En équilibre : {steps} (épisode {episode}).',
    pushed: 'Poussé ! {steps} (épisode {episode}).',
    fell: 'Le pendule est tombé après {steps} : un nouveau départ suit.',
    track: 'Le chariot est sorti du rail après {steps} : un nouveau départ suit.',
  },
  counts: {
    steps: { one: '{n} pas', other: '{n} pas' },
    attempts: { one: '{n} essai', other: '{n} essais' },
  },
  legend: {
    label: 'Ce que montre l’image',
    pole: 'pendule', fallen: 'pendule tombé (au-delà de 12°)', policy: 'la poussée de la politique', push: 'votre poussée',
    chartLabel: 'Ce que disent les lignes du graphique',
    explore: 'essais d’entraînement', test: 'tests de la politique', goal: '500 pas : équilibre tenu',
  },
  readouts: {
    attempts: 'Essais',
    numbers: { steps: 'Pas en équilibre', angle: 'Angle du pendule', test: 'Dernier test (pas)' },
    scene: 'Un chariot sur un rail, avec un pendule articulé dessus. La politique pousse le chariot à gauche ou à droite pour garder le pendule à moins de 12° de la verticale et le chariot sur le rail. Touchez ou cliquez à côté du chariot pour l’éloigner de votre doigt, ou glissez ; quand l’image a le focus, ← et → le poussent.',
    chart: 'Durée de chaque essai en pas (50 par seconde), selon le numéro de l’essai : en gris les essais d’entraînement, en bleu les tests de la politique, en vert l’objectif de 500 pas ; estompés et étiquetés, les tests des apprentissages précédents.',
    chartTitle: 'Pas par essai',
    ghosts: 'Apprentissages précédents (tests de la politique, estompés) :',
    ghost: 'apprentissage {n} : {label} ; plus long test : {best}',
    state: 'Chariot à {x} m, vitesse {speed} m/s, pendule à {angle}°.',
    untrained: 'Pas encore entraîné : appuyez sur Lecture et regardez les essais s’allonger.',
    learning: '{attempts} jusqu’ici ; le dernier test de la politique a duré {test}.',
    noTest: '{attempts} jusqu’ici ; la politique n’a pas encore été testée.',
    balanced: 'La politique a tenu 500 pas trois tests de suite après {attempts}.',
    how: 'REINFORCE avec ligne de base : pendant l’entraînement, l’agent pousse à droite avec la probabilité que donne son réseau ; après quelques essais, il rend plus probables les poussées suivies d’une survie plus longue que d’habitude. Ses tests prennent toujours la poussée la plus probable.',
  },
};

addStrings({ en: { agent: AGENT_EN }, fr: { agent: AGENT_FR } });
