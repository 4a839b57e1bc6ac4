// The strings of the race mode (<nn-playground demo="race">, or mode=race in the link), in
// English (RACE_EN) and French (RACE_FR): the `race` subtree of each language's table,
// added when the mode's chunk loads (i18n/strings.js). Same rules as the GAN's strings: plain data, {name} placeholders, a label and a
// one-line help per control.

import { addStrings } from '../../i18n/strings.js';

export const RACE_EN = {
  sections: {
    training: 'The race',
    surface: 'Loss surface',
    racers: 'Optimisers',
    output: 'The race on the surface',
  },
  controls: {
    play: { label: 'Play', help: 'Let every optimiser flow down the surface (space).' },
    pause: { label: 'Pause', help: 'Pause the race (space).' },
    step: { label: 'Step', help: 'One step of every optimiser (→).' },
    reset: { label: 'Reset', help: 'Every optimiser back to the start point; the settings stay.' },
    speed: { label: 'Speed', help: 'How many steps the optimisers take between two pictures.' },
    surface: { label: 'Surface', help: 'The loss function of two parameters x and y the optimisers minimise.' },
    on: { label: 'Race {name}', help: 'Whether this optimiser takes part in the race.' },
    lr: { label: 'Learning rate', help: 'How big each step is. Too big and the optimiser overshoots, oscillates or flies off.' },
    mu: { label: 'Momentum μ', help: 'How much of the previous step carries over (0 to 0.999).' },
    alpha: { label: 'Smoothing α', help: 'How slowly the average of squared gradients forgets (0 to 0.9999).' },
    beta1: { label: 'β₁', help: 'How slowly the average gradient forgets (0 to 0.999).' },
    beta2: { label: 'β₂', help: 'How slowly the average of squared gradients forgets (0 to 0.9999).' },
    start: { label: 'Start point', help: 'Where every optimiser starts (or click the map).' },
    startX: { label: 'x', help: 'The start’s x (a start off the map is moved onto its edge).' },
    startY: { label: 'y', help: 'The start’s y (a start off the map is moved onto its edge).' },
    startDefault: { label: 'Default', help: 'Back to this surface’s own start point.' },
    useBest: { label: 'Use the best steps', help: 'Give plain gradient descent and momentum the learning rates and momentum computed from the curvatures.' },
  },
  values: {
    surface: {
      bowl: 'Long bowl', rosenbrock: 'Banana valley', himmelblau: 'Four valleys', saddle: 'Saddle', bumpy: 'Bumpy bowl',
    },
    surfaceHelp: {
      bowl: 'f = ½(x² + 10y²): ten times steeper across than along. Plain gradient descent zigzags across and crawls along; momentum gathers speed along the valley and arrives first. Adam moves each coordinate by about its learning rate whatever the slope: it sets off at 45°, overshoots the valley floor again and again, circles in around the bottom and arrives last.',
      rosenbrock: 'Rosenbrock’s f = (1 − x)² + 100(y − x²)²: a curved valley with an almost flat floor; the minimum is at (1, 1).',
      himmelblau: 'Himmelblau’s f = (x² + y − 11)² + (x + y² − 7)²: four minima, all as low; which one an optimiser reaches depends on the start and on the optimiser.',
      saddle: 'f = x² − y² + y⁴/4: a saddle point at the centre between two valleys. Start on the ridge to see who escapes.',
      bumpy: 'f = x² + y² + 2(2 − cos πx − cos πy): a bowl covered with bumps. Some optimisers stop in the first hollow.',
    },
    speed: { slow: '10 steps / second', step: '1 step / frame', fast: '5 steps / frame', max: 'As fast as possible' },
    status: {
      running: 'running', converged: 'reached the minimum', local: 'stuck in a local minimum',
      saddle: 'stopped on a saddle', oscillating: 'oscillating', hovering: 'circling the bottom', diverged: 'flew off',
    },
  },
  explain: {
    running: 'Running: loss {loss} after {steps} steps.',
    converged: 'Reached the minimum at ({x}, {y}) in {steps} steps.',
    local: 'Stuck in a local minimum at ({x}, {y}) after {steps} steps: loss {loss}, the best is {best}.',
    saddle: 'Stopped on a saddle point at ({x}, {y}): flat here, but the surface falls away sideways.',
    oscillating: 'Oscillating: each step overshoots and the swings do not shrink.',
    hovering: 'Hovers around the bottom without settling: its steps stay about as long as its learning rate ({lr}) however flat the ground gets. A smaller learning rate makes the circles smaller.',
    diverged: 'Flew off the map at step {steps}: each step overshot more than the last.',
  },
  ahead: {
    running: 'Its path on the map: still on its way after {steps} steps.',
    converged: 'Its path on the map: reaches the minimum in {steps} steps.',
    local: 'Its path on the map: stuck in a local minimum after {steps} steps.',
    saddle: 'Its path on the map: stops on a saddle point after {steps} steps.',
    oscillating: 'Its path on the map: still swinging after {steps} steps.',
    diverged: 'Its path on the map: flies off at step {steps}.',
  },
  warnings: {
    oscillating: '{name} oscillates: each step jumps over the valley and the swings do not shrink. Try a smaller learning rate than {lr}.',
    diverged: '{name} flew off the map at step {steps}: its learning rate {lr} is too large for this surface. Lower it (a tenth is a good first try).',
    none: 'No optimiser is racing: switch one on.',
  },
  legend: {
    label: 'What the map’s colours and marks mean',
    start: 'start',
  },
  readouts: {
    steps: 'Step',
    map: 'The loss surface seen from above: deep blue is low, sand and white are high, with contour lines. Each optimiser is a drop of its colour leaving a trail; the white ring is the start. Click or drag on the map to move the start.',
    chart: 'Loss above the lowest value of the surface, per step, on a log scale: one line per optimiser.',
    chartTitle: 'Loss − minimum (log scale)',
    hint: 'Click or drag on the map to drop the start somewhere else.',
    loss: 'loss {loss}',
    best: 'Best steps from the curvatures λmin = {min} and λmax = {max} (Goh, “Why momentum really works”): plain gradient descent α = 2/(λmin + λmax) = {sgd}; momentum α = (2/(√λmin + √λmax))² = {rate} with β = ((√κ − 1)/(√κ + 1))² = {beta}, where κ = λmax/λmin.',
  },
};

export const RACE_FR = {
  sections: {
    training: 'La course',
    surface: 'Surface de coût',
    racers: 'Optimiseurs',
    output: 'La course sur la surface',
  },
  controls: {
    play: { label: 'Lecture', help: 'Laisser chaque optimiseur descendre la surface (espace).' },
    pause: { label: 'Pause', help: 'Mettre la course en pause (espace).' },
    step: { label: 'Pas', help: 'Un pas de chaque optimiseur (→).' },
    reset: { label: 'Réinitialiser', help: 'Ramener chaque optimiseur au point de départ ; les réglages restent.' },
    speed: { label: 'Vitesse', help: 'Combien de pas les optimiseurs font entre deux images.' },
    surface: { label: 'Surface', help: 'La fonction de coût des deux paramètres x et y que les optimiseurs minimisent.' },
    on: { label: 'Faire courir {name}', help: 'Si cet optimiseur participe à la course.' },
    lr: { label: 'Taux d’apprentissage', help: 'La taille de chaque pas. Trop grand, l’optimiseur dépasse le fond, oscille ou s’envole.' },
    mu: { label: 'Inertie μ', help: 'La part du pas précédent qui est reprise (de 0 à 0,999).' },
    alpha: { label: 'Lissage α', help: 'La lenteur avec laquelle la moyenne des gradients au carré oublie (de 0 à 0,9999).' },
    beta1: { label: 'β₁', help: 'La lenteur avec laquelle le gradient moyen oublie (de 0 à 0,999).' },
    beta2: { label: 'β₂', help: 'La lenteur avec laquelle la moyenne des gradients au carré oublie (de 0 à 0,9999).' },
    start: { label: 'Point de départ', help: 'L’endroit d’où partent tous les optimiseurs (ou cliquez sur la carte).' },
    startX: { label: 'x', help: 'Le x du départ (un départ hors de la carte est ramené sur son bord).' },
    startY: { label: 'y', help: 'Le y du départ (un départ hors de la carte est ramené sur son bord).' },
    startDefault: { label: 'Par défaut', help: 'Revenir au point de départ propre à cette surface.' },
    useBest: { label: 'Prendre les meilleurs pas', help: 'Donner à la descente de gradient simple et à l’inertie les taux d’apprentissage et l’inertie calculés à partir des courbures.' },
  },
  values: {
    surface: {
      bowl: 'Cuvette allongée', rosenbrock: 'Vallée en banane', himmelblau: 'Quatre vallées', saddle: 'Col', bumpy: 'Cuvette bosselée',
    },
    surfaceHelp: {
      bowl: 'f = ½(x² + 10y²) : dix fois plus raide en travers qu’en long. La descente de gradient simple zigzague en travers et avance lentement en long ; l’inertie prend de la vitesse le long de la vallée et arrive la première. Adam déplace chaque coordonnée d’environ son taux d’apprentissage, quelle que soit la pente : il part à 45°, dépasse encore et encore le fond de la vallée, tourne autour du minimum et arrive le dernier.',
      rosenbrock: 'La fonction de Rosenbrock f = (1 − x)² + 100(y − x²)² : une vallée courbe au fond presque plat ; le minimum est en (1 ; 1).',
      himmelblau: 'La fonction de Himmelblau f = (x² + y − 11)² + (x + y² − 7)² : quatre minimums aussi bas les uns que les autres ; celui qu’atteint un optimiseur dépend du départ et de l’optimiseur.',
      saddle: 'f = x² − y² + y⁴/4 : un col au centre entre deux vallées. Partez sur la crête pour voir qui s’en échappe.',
      bumpy: 'f = x² + y² + 2(2 − cos πx − cos πy) : une cuvette couverte de bosses. Certains optimiseurs s’arrêtent dans le premier creux.',
    },
    speed: { slow: '10 pas / seconde', step: '1 pas / image', fast: '5 pas / image', max: 'Aussi vite que possible' },
    status: {
      running: 'en course', converged: 'a atteint le minimum', local: 'bloqué dans un minimum local',
      saddle: 'arrêté sur un col', oscillating: 'oscille', hovering: 'tourne autour du fond', diverged: 's’est envolé',
    },
  },
  explain: {
    running: 'En course : coût {loss} après {steps} pas.',
    converged: 'A atteint le minimum en ({x} ; {y}) en {steps} pas.',
    local: 'Bloqué dans un minimum local en ({x} ; {y}) après {steps} pas : coût {loss}, le meilleur est {best}.',
    saddle: 'Arrêté sur un col en ({x} ; {y}) : c’est plat ici, mais la surface descend sur les côtés.',
    oscillating: 'Oscille : chaque pas dépasse le fond et les oscillations ne diminuent pas.',
    hovering: 'Tourne autour du fond sans s’y poser : ses pas gardent à peu près la longueur de son taux d’apprentissage ({lr}), même là où le terrain est plat. Un taux plus petit rend les tours plus petits.',
    diverged: 'Sorti de la carte au pas {steps} : chaque pas dépassait plus que le précédent.',
  },
  ahead: {
    running: 'Son chemin sur la carte : encore en route après {steps} pas.',
    converged: 'Son chemin sur la carte : atteint le minimum en {steps} pas.',
    local: 'Son chemin sur la carte : bloqué dans un minimum local après {steps} pas.',
    saddle: 'Son chemin sur la carte : s’arrête sur un col après {steps} pas.',
    oscillating: 'Son chemin sur la carte : oscille encore après {steps} pas.',
    diverged: 'Son chemin sur la carte : s’envole au pas {steps}.',
  },
  warnings: {
    oscillating: '{name} oscille : chaque pas saute par-dessus la vallée et les oscillations ne diminuent pas. Essayez un taux d’apprentissage plus petit que {lr}.',
    diverged: '{name} s’est envolé de la carte au pas {steps} : son taux d’apprentissage {lr} est trop grand pour cette surface. Baissez-le (le diviser par dix est un bon premier essai).',
    none: 'Aucun optimiseur ne court : activez-en un.',
  },
  legend: {
    label: 'Ce que disent les couleurs et les marques de la carte',
    start: 'départ',
  },
  readouts: {
    steps: 'Pas',
    map: 'La surface de coût vue de dessus : le bleu profond est bas, le sable et le blanc sont hauts, avec des courbes de niveau. Chaque optimiseur est une goutte de sa couleur qui laisse une trace ; l’anneau blanc est le départ. Cliquez ou glissez sur la carte pour déplacer le départ.',
    chart: 'Coût au-dessus de la plus petite valeur de la surface, par pas, en échelle logarithmique : une ligne par optimiseur.',
    chartTitle: 'Coût − minimum (échelle log)',
    hint: 'Cliquez ou glissez sur la carte pour poser le départ ailleurs.',
    loss: 'coût {loss}',
    best: 'Meilleurs pas d’après les courbures λmin = {min} et λmax = {max} (Goh, « Why momentum really works ») : descente de gradient simple α = 2/(λmin + λmax) = {sgd} ; avec inertie α = (2/(√λmin + √λmax))² = {rate} et β = ((√κ − 1)/(√κ + 1))² = {beta}, où κ = λmax/λmin.',
  },
};

addStrings({ en: { race: RACE_EN }, fr: { race: RACE_FR } });
