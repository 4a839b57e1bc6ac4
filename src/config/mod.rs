//! The whole user-visible state in one [`Config`], and its one text form: the query string used
//! by the page's URL hash, an embed's attribute and exported files. Pure Rust; parsing is total
//! and reports what it ignored. Knows nothing of sessions or the web.

mod expected;
mod issue;
pub(crate) mod keys;
pub(crate) mod network;
pub mod tf_playground;
pub(crate) mod values;

pub use expected::Expected;
pub use issue::{ConfigIssue, IssueKind, MAX_SHOWN_CHARS};

use crate::drawing::palettes::Scheme;
use crate::engine::nn::{Activation, Init, Loss};
use crate::engine::optim::{OptimizerKind, Regularization};
use crate::modes::agent::AgentConfig;
use crate::modes::classify::data::{
    CustomPoints, DatasetKind, Features, MAX_CLASSES, MIN_CLASSES, Problem, Task,
};
use crate::modes::digits::DigitsConfig;
use crate::modes::fit::{CurveConfig, ImageConfig};
use crate::modes::gan::GanConfig;
use crate::modes::inpaint::InpaintConfig;
use crate::modes::physics::PhysicsConfig;
use crate::modes::race::RaceConfig;
use crate::modes::segment::SegmentConfig;
use crate::modes::sound::SoundConfig;
use crate::modes::terrain::TerrainConfig;
use keys::{Label, Rejection, keys};

/// The query-string format version, written first as `v=2`. A link without `v` is read as this
/// version; keys added later must have defaults so that older links keep loading. Version 2
/// changed defaults of the GAN page (see `modes/gan/keys.rs`) and of the race on the bowl (see
/// `modes/race/keys.rs`): a `v=1` link that leaves out such a key of its mode gets the
/// version-1 default, so it runs as it did (see [`parse_onto`]).
pub const FORMAT_VERSION: u32 = 2;

/// Which page the playground shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// The classifier (and regression) playground.
    #[default]
    Classify,
    /// The GAN demo: a generator learns a 2-D distribution against a discriminator.
    Gan,
    /// Optimisers racing down a 2-D loss surface.
    Race,
    /// A network fitting a 1-D curve through noisy points.
    Curve,
    /// A network fitting a picture (or a terrain heightmap) from pixel coordinates.
    Image,
    /// A network guessing a hidden part of a picture from the visible pixels.
    Inpaint,
    /// A network labelling every pixel of a picture from a few painted strokes.
    Segment,
    /// A network learning to recognise handwritten digits, and the student's own.
    Digits,
    /// A variational autoencoder generating terrains, walked in its 2-D latent space.
    Terrain,
    /// An agent learning to balance a pole on a cart from its own attempts.
    Agent,
    /// A network learning a pendulum's step, rolled out beside the true simulator.
    Physics,
    /// A network learning a sound (its waveform) from time.
    Sound,
}

impl Mode {
    /// Every mode.
    pub const ALL: [Mode; 12] = [
        Mode::Classify,
        Mode::Gan,
        Mode::Race,
        Mode::Curve,
        Mode::Image,
        Mode::Inpaint,
        Mode::Segment,
        Mode::Digits,
        Mode::Terrain,
        Mode::Agent,
        Mode::Physics,
        Mode::Sound,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Mode::Classify => "classify",
            Mode::Gan => "gan",
            Mode::Race => "race",
            Mode::Curve => "curve",
            Mode::Image => "image",
            Mode::Inpaint => "inpaint",
            Mode::Segment => "segment",
            Mode::Digits => "digits",
            Mode::Terrain => "terrain",
            Mode::Agent => "agent",
            Mode::Physics => "physics",
            Mode::Sound => "sound",
        }
    }
}

/// Everything the user chose, seed included. Each field's query-string key, accepted range and
/// default are given beside it; the defaults are TF Playground's.
///
/// A config and its query string say the same thing: parsing what [`Config::to_query`] wrote
/// gives the config back.
///
/// ```
/// use nnplay::config::{self, Config};
///
/// let (c, issues) = config::parse("seed=7&hidden=4,2&lr=0.1");
/// assert!(issues.is_empty());
/// assert_eq!((c.seed, c.hidden.as_slice(), c.learning_rate), (7, &[4, 2][..], 0.1));
/// let query = c.to_query();
/// assert!(query.starts_with("v=2&seed=7&"));
/// assert_eq!(config::parse(&query), (c, vec![]));
/// assert_eq!(config::parse("").0, Config::default());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// `seed`: drives the data and, unless `wseed` is set, the initial weights. Default 1.
    pub seed: u64,
    /// `wseed`: drives the classifier's initial weights in place of `seed` (the page's "New
    /// weights" draws one, so the data stay those of `seed`); 0..=2⁶⁴−1, written only when
    /// set. Default none (the weights come from `seed`).
    pub weights_seed: Option<u64>,
    /// `data`: which dataset. Default circle.
    pub dataset: DatasetKind,
    /// `noise`: percent, 0..=50. Default 0.
    pub noise: u32,
    /// `train`: percent of the points used for training, 10..=90. Default 50.
    pub train_percent: u32,
    /// `features`: the network's inputs, e.g. `x1,x2`; never empty. Default x1, x2.
    pub features: Features,
    /// `hidden`: hidden layer widths, e.g. `4,2`; up to 8 layers of 1..=32 neurons, empty for
    /// none. Default 4, 2.
    pub hidden: Vec<usize>,
    /// `act`: the hidden layers' activation. Default tanh.
    pub activation: Activation,
    /// `loss`: the output head and its loss, for two classes (regression always uses
    /// `linear`, more classes softmax cross-entropy). Default mse.
    pub loss: Loss,
    /// `opt`: the update rule. Default sgd.
    pub optimizer: OptimizerKind,
    /// `lr`: learning rate, 0.00001..=10. Default 0.03.
    pub learning_rate: f64,
    /// `momentum`: μ for momentum and Nesterov, 0..=0.999. Default 0.9.
    pub momentum: f64,
    /// `batch`: examples per step, 1..=500. Default 10.
    pub batch_size: usize,
    /// `reg`: weight penalty. Default none.
    pub regularization: Regularization,
    /// `regrate`: the penalty's rate, 0..=10 (TF Playground offers 0, 0.001, 0.003, 0.01,
    /// 0.03, 0.1, 0.3, 1, 3, 10). Default 0.
    pub reg_rate: f64,
    /// `init`: how weights are drawn. Default uniform.
    pub init: Init,
    /// `showtest`: draw the test points too, `0` or `1`. Default 0.
    pub show_test: bool,
    /// `discrete`: show the output thresholded, `0` or `1`. Default 0.
    pub discretize: bool,
    /// `problem`: `classification` or `regression`, for custom data (a generated set brings
    /// its own; [`Config::task`] says which is in force). Default classification.
    pub problem: Problem,
    /// `classes`: number of classes, 2..=5. More than 2 gives the network one output per class
    /// and a softmax cross-entropy head (whatever `loss` says), on the sets that can be drawn
    /// with more classes (spiral, gauss, custom; see [`Config::task`]). Default 2.
    pub classes: usize,
    /// `points`: the user's own points for `data=custom` (kept when another set is shown).
    /// A link carries up to 300 of them; a larger set is written as a digest and travels in
    /// the saved state (see [`CustomPoints::encode`]). Default none.
    pub custom: CustomPoints,
    /// `mode`: `classify`, `gan`, `race`, `curve`, `image`, `inpaint`, `segment`, `digits`,
    /// `terrain`, `agent`, `physics` or `sound`, which page this is. Default classify.
    pub mode: Mode,
    /// The GAN page's settings, keys `target`, `gnoise`, `gdim`, `ghidden`, `dhidden`, `gact`,
    /// `dact`, `gopt`, `dopt`, `glr`, `dlr`, `ganloss`, `kd`, `kg`, `gbatch`, `far`, `garrows`,
    /// `gmanifold`, `gpoints` (ranges and defaults in `modes/gan/config.rs`). Its `seed` is not
    /// read: the GAN runs on `seed` above ([`Config::gan_config`]).
    pub gan: GanConfig,
    /// The race page's settings (keys in `modes/race/keys.rs`).
    pub race: RaceConfig,
    /// The curve-fitting page's settings (keys in `modes/fit/keys/curve.rs`). Its `seed` is not
    /// read: the fit runs on `seed` above ([`Config::curve_config`]).
    pub curve: CurveConfig,
    /// The image-fitting page's settings (keys in `modes/fit/keys/image.rs`). Its `seed` is not
    /// read: the fit runs on `seed` above ([`Config::image_config`]).
    pub image: ImageConfig,
    /// The inpainting page's settings (keys in `modes/inpaint/keys.rs`). Its `seed` is not
    /// read: the run uses `seed` above ([`Config::inpaint_config`]).
    pub inpaint: InpaintConfig,
    /// The segmentation page's settings (keys in `modes/segment/keys.rs`). Its `seed` is not
    /// read: the segmentation runs on `seed` above ([`Config::segment_config`]).
    pub segment: SegmentConfig,
    /// The digits page's settings (keys in `modes/digits/keys.rs`). Its `seed` is not read:
    /// the session runs on `seed` above ([`Config::digits_config`]).
    pub digits: DigitsConfig,
    /// The terrain page's settings (keys in `modes/terrain/keys.rs`). The VAE trains on
    /// `seed` above.
    pub terrain: TerrainConfig,
    /// The balancing agent's settings (keys in `modes/agent/keys.rs`). Its `seed` is not
    /// read: the agent runs on `seed` above ([`Config::agent_config`]).
    pub agent: AgentConfig,
    /// The learned simulator's settings (keys in `modes/physics/keys.rs`). Its `seed` is not
    /// read: it runs on `seed` above ([`Config::physics_config`]).
    pub physics: PhysicsConfig,
    /// The sound page's settings (keys in `modes/sound/keys.rs`). Its `seed` is not read: the
    /// fit runs on `seed` above ([`Config::sound_config`]).
    pub sound: SoundConfig,
    /// `palette`: the colours of every picture, `classic` or `colorblind` (Okabe–Ito), in every
    /// mode; written only when not classic. Changes no run.
    pub palette: Scheme,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 1,
            weights_seed: None,
            dataset: DatasetKind::Circle,
            noise: 0,
            train_percent: 50,
            features: Features::default(),
            hidden: vec![4, 2],
            activation: Activation::Tanh,
            loss: Loss::HalfSquared,
            optimizer: OptimizerKind::Sgd,
            learning_rate: 0.03,
            momentum: 0.9,
            batch_size: 10,
            regularization: Regularization::None,
            reg_rate: 0.0,
            init: Init::Uniform,
            show_test: false,
            discretize: false,
            problem: Problem::Classification,
            classes: MIN_CLASSES,
            custom: CustomPoints::default(),
            mode: Mode::Classify,
            gan: GanConfig::default(),
            race: RaceConfig::default(),
            curve: CurveConfig::default(),
            image: ImageConfig::default(),
            inpaint: InpaintConfig::default(),
            segment: SegmentConfig::default(),
            digits: DigitsConfig::default(),
            terrain: TerrainConfig::default(),
            agent: AgentConfig::default(),
            physics: PhysicsConfig::default(),
            sound: SoundConfig::default(),
            palette: Scheme::Classic,
        }
    }
}

impl Config {
    /// The complete query string, `v=2` first and then every key of this config's mode (so
    /// a link is self-describing), e.g. `v=2&seed=1&data=circle&…&lr=0.03&…`; a key of the
    /// other mode is written only when it is not at its default (so nothing is lost and a
    /// classifier link carries no GAN keys). Numbers are written in their shortest form that
    /// reads back to the same value. No leading `#` or `?`.
    pub fn to_query(&self) -> String {
        let default = Config::default();
        let pairs: Vec<String> = keys()
            .filter_map(|k| {
                let value = (k.write)(self);
                let wanted = k.scope.includes(self.mode) || value != (k.write)(&default);
                wanted.then(|| format!("{}={value}", k.name))
            })
            .collect();
        pairs.join("&")
    }

    /// The keys an embed needs besides its `demo` (which names the mode): those whose value
    /// differs from the default, without `v` and `mode`, e.g. `data=spiral&lr=0.1` (empty
    /// when nothing does), less those another key already brings (a race surface brings its
    /// own rates and momenta, so `surface=himmelblau` alone stands for them). Should the
    /// changed keys not read back to this config, it is the whole query without `v` and
    /// `mode` instead: `mode=…&` followed by the result always reads back to this config.
    pub fn to_short_query(&self) -> String {
        let default = Config::default();
        let mut short: Vec<String> = keys()
            .filter(|k| !matches!(k.name, "v" | "mode"))
            .filter_map(|k| {
                let value = (k.write)(self);
                (value != (k.write)(&default)).then(|| format!("{}={value}", k.name))
            })
            .collect();
        let reads_back = |pairs: &[String]| {
            let (back, _) = parse(&format!("mode={}&{}", self.mode.name(), pairs.join("&")));
            back.to_query() == self.to_query()
        };
        if !reads_back(&short) {
            let full = self.to_query();
            return (full.split('&'))
                .filter(|pair| !pair.starts_with("v=") && !pair.starts_with("mode="))
                .collect::<Vec<_>>()
                .join("&");
        }
        // Drops, one at a time, each pair the others already imply.
        let mut i = 0;
        while i < short.len() {
            let mut without = short.clone();
            without.remove(i);
            if reads_back(&without) {
                short = without;
            } else {
                i += 1;
            }
        }
        short.join("&")
    }

    /// The settings of the GAN page, on this config's seed.
    pub fn gan_config(&self) -> GanConfig {
        GanConfig {
            seed: self.seed,
            ..self.gan.clone()
        }
    }

    /// The settings of the curve-fitting page, on this config's seed.
    pub fn curve_config(&self) -> CurveConfig {
        CurveConfig {
            seed: self.seed,
            ..self.curve.clone()
        }
    }

    /// The settings of the image-fitting page, on this config's seed.
    pub fn image_config(&self) -> ImageConfig {
        ImageConfig {
            seed: self.seed,
            ..self.image.clone()
        }
    }

    /// The settings of the inpainting page, on this config's seed.
    pub fn inpaint_config(&self) -> InpaintConfig {
        InpaintConfig {
            seed: self.seed,
            ..self.inpaint.clone()
        }
    }

    /// The settings of the segmentation page, on this config's seed.
    pub fn segment_config(&self) -> SegmentConfig {
        SegmentConfig {
            seed: self.seed,
            ..self.segment.clone()
        }
    }

    /// The settings of the digits page, on this config's seed.
    pub fn digits_config(&self) -> DigitsConfig {
        DigitsConfig {
            seed: self.seed,
            ..self.digits.clone()
        }
    }

    /// The settings of the agent page, on this config's seed.
    pub fn agent_config(&self) -> AgentConfig {
        AgentConfig {
            seed: self.seed,
            ..self.agent.clone()
        }
    }

    /// The settings of the learned simulator, on this config's seed.
    pub fn physics_config(&self) -> PhysicsConfig {
        PhysicsConfig {
            seed: self.seed,
            ..self.physics.clone()
        }
    }

    /// The settings of the sound page, on this config's seed.
    pub fn sound_config(&self) -> SoundConfig {
        SoundConfig {
            seed: self.seed,
            ..self.sound.clone()
        }
    }

    /// The network's layer widths: `[features.count(), hidden…, outputs]`, with one output
    /// unless [`Config::task`] has more than two classes (then one per class).
    pub fn layer_sizes(&self) -> Vec<usize> {
        let mut sizes = Vec::with_capacity(self.hidden.len() + 2);
        sizes.push(self.features.count());
        sizes.extend_from_slice(&self.hidden);
        sizes.push(match self.task() {
            Task::Classify(k) if k > 2 => k,
            _ => 1,
        });
        sizes
    }

    /// The task in force: regression for the regression sets, and for custom data when
    /// `problem=regression`; otherwise classification into `classes` classes, capped by what
    /// the set can be drawn with ([`DatasetKind::max_classes`]: circle, xor and moons stay
    /// two-class).
    pub fn task(&self) -> Task {
        match self.dataset {
            DatasetKind::Custom => self.custom_task(),
            kind if kind.is_regression() => Task::Regress,
            kind => Task::Classify(self.classes.clamp(MIN_CLASSES, kind.max_classes())),
        }
    }

    /// The task custom data are trained on with these settings (`problem` and `classes`),
    /// whichever dataset is shown: what drawn and imported labels mean.
    pub fn custom_task(&self) -> Task {
        match self.problem {
            Problem::Regression => Task::Regress,
            Problem::Classification => Task::Classify(self.classes.clamp(MIN_CLASSES, MAX_CLASSES)),
        }
    }

    /// `true` when the task in force is regression (the readouts show RMSE and R²).
    pub fn is_regression(&self) -> bool {
        self.task().is_regression()
    }
}

/// Reads a query string onto the defaults: `parse_onto(&Config::default(), query)`.
pub fn parse(query: &str) -> (Config, Vec<ConfigIssue>) {
    parse_onto(&Config::default(), query)
}

/// Reads `query` (`key=value` pairs joined by `&`, an optional leading `#` or `?`, `%xx`
/// escapes decoded) onto a copy of `base`: keys absent from the query keep `base`'s values.
/// Total: never panics. A repeated key's last value wins; an unknown key or a bad value is
/// skipped (the setting keeps `base`'s value) and reported, once per key, in query order.
pub fn parse_onto(base: &Config, query: &str) -> (Config, Vec<ConfigIssue>) {
    let mut config = base.clone();
    let mut issues = Vec::new();
    let mut read = Vec::new();
    let mut version = FORMAT_VERSION;
    for (name, value) in crate::formats::query::pairs(query) {
        let Some(key) = keys().find(|k| k.name == name) else {
            issues.push(ConfigIssue::new(&name, &value, IssueKind::UnknownKey));
            continue;
        };
        let problem = match (key.read)(&mut config, &value) {
            Ok(()) => {
                read.push(key.name);
                if key.name == "v" {
                    version = values::version(&value).unwrap_or(FORMAT_VERSION);
                }
                continue;
            }
            Err(Rejection::Version) => IssueKind::UnsupportedVersion,
            Err(Rejection::Expected(expected)) => {
                let kept = (key.write)(&config);
                IssueKind::BadValue { expected, kept }
            }
        };
        issues.push(ConfigIssue::new(&name, &value, problem));
    }
    if version == 1 {
        read_version_1_defaults(&mut config, &read);
    }
    keep_dataset_consistent(&mut config, &read);
    if let Some(issue) = classes_not_drawn(&config, &read) {
        issues.push(issue);
    }
    (config, issues)
}

/// When a query names the class count or the dataset (as the controls and `el.set(…)` do) and
/// the generated classification set shown cannot be drawn with that many classes (circle, xor
/// and moons have two), says so: the set is shown with its own count and the `classes` setting
/// is kept (custom points, spiral and gauss use it). A complete link (with `v`, as the page
/// writes it) reads as written, without a word.
fn classes_not_drawn(config: &Config, read: &[&str]) -> Option<ConfigIssue> {
    let named = !read.contains(&"v") && (read.contains(&"classes") || read.contains(&"data"));
    let kind = config.dataset;
    let generated = kind != DatasetKind::Custom && !kind.is_regression();
    let max = kind.max_classes();
    (named && generated && config.problem == Problem::Classification && config.classes > max).then(
        || {
            let problem = IssueKind::ClassesNotDrawn {
                dataset: kind.name(),
                max,
            };
            ConfigIssue::new("classes", &config.classes.to_string(), problem)
        },
    )
}

/// Gives the keys of the link's mode that a version-1 link left out, and whose default
/// version 2 changed, their version-1 defaults: a link the page wrote names every key of its
/// mode, but a shortened one meant the defaults of its day. The other modes' keys keep the
/// current defaults (the link did not show those pages).
fn read_version_1_defaults(config: &mut Config, read: &[&str]) {
    let defaults = match config.mode {
        Mode::Gan => crate::modes::gan::keys::VERSION_1_DEFAULTS,
        Mode::Race => crate::modes::race::keys::version_1_defaults(config.race.surface),
        _ => &[],
    };
    for &(name, value) in defaults {
        if let Some(key) = keys().find(|k| k.name == name && !read.contains(&k.name)) {
            let accepted = (key.read)(config, value).is_ok();
            debug_assert!(accepted, "version-1 default {name}={value} refused");
        }
    }
}

/// The dataset follows a problem or a class count that a query asks for without naming a
/// dataset, as the controls do: `problem=regression` on a generated classification set shows
/// the first regression set (plane), `problem=classification` on a regression set the first
/// classification set (circle), and more classes than a two-class set can be drawn with show
/// gauss. Custom points keep their data. A generated dataset named without a problem brings
/// its own problem, so the link says what is trained. A query carrying the format version
/// (`v`, which every link the page writes starts with) is a complete link and reads as written.
fn keep_dataset_consistent(config: &mut Config, read: &[&str]) {
    let named = |key: &str| read.contains(&key);
    if named("v") {
        return;
    }
    if named("data") {
        if !named("problem") && config.dataset != DatasetKind::Custom {
            config.problem = match config.dataset.is_regression() {
                true => Problem::Regression,
                false => Problem::Classification,
            };
        }
        return;
    }
    if config.dataset == DatasetKind::Custom {
        return;
    }
    if named("problem") && config.dataset.is_regression() != (config.problem == Problem::Regression)
    {
        config.dataset = match config.problem {
            Problem::Regression => DatasetKind::Plane,
            Problem::Classification => DatasetKind::Circle,
        };
    }
    let wants_more =
        config.problem == Problem::Classification && config.classes > config.dataset.max_classes();
    if named("classes") && wants_more && !config.dataset.is_regression() {
        config.dataset = DatasetKind::Gauss;
    }
}

/// What a running session must do when the config changes, from least to most disruptive.
///
/// Each key's kind is stated once, in the key table (`config/keys.rs`):
/// - `Live`: `lr`, `momentum`, `batch`, `opt`, `reg`, `regrate`, `showtest`, `discrete`,
///   `points` (the edited custom data are trained on with the same weights).
/// - `Rebuild`: `features`, `hidden`, `act`, `loss`, `init`, `wseed`.
/// - `Regenerate`: `data`, `problem`, `classes`, `noise`, `train`, `seed`, `mode`.
///
/// The GAN page's keys are classified by what they do to a GAN run: `gopt`, `dopt`, `glr`,
/// `dlr`, `ganloss`, `kd`, `kg`, `garrows`, `gmanifold` are `Live`, the others `Rebuild`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// Applied in place: training continues with the same weights, data and history (a
    /// new optimiser kind starts from fresh moments).
    Live,
    /// A new network: fresh weights (and optimiser state and history) on the same data.
    Rebuild,
    /// New data and a new network (which `Rebuild` implies).
    Regenerate,
}

/// The most disruptive [`Change`] among the keys whose values differ between `old` and `new`
/// (`Live` when none differ).
pub fn change_between(old: &Config, new: &Config) -> Change {
    keys()
        .filter(|k| (k.write)(old) != (k.write)(new))
        .map(|k| k.change)
        .max()
        .unwrap_or(Change::Live)
}

/// The training settings of `old` that differ from `new`, in key-table order, as (key name,
/// `old`'s value): what a run comparison labels a past run with (e.g. `("lr", "0.3")`). Keys
/// that only change the display are left out; keys too long to read have an empty value.
pub fn differences(old: &Config, new: &Config) -> Vec<(&'static str, String)> {
    keys()
        .filter(|k| k.label != Label::Hidden)
        .filter_map(|k| {
            let value = (k.write)(old);
            (value != (k.write)(new)).then(|| match k.label {
                Label::Value => (k.name, value),
                _ => (k.name, String::new()),
            })
        })
        .collect()
}

/// What each key accepts, in key-table order, as (name, [`Expected`]): the choices of a
/// choice, the limits of a number, the most layers and neurons of a layer list. Read from each
/// key's own validation (a value no key takes is offered to it), so this vocabulary cannot
/// disagree with what the parser accepts. Keys that take any text (none today) are left out.
pub fn vocabulary() -> Vec<(&'static str, Expected)> {
    keys()
        .filter_map(|k| {
            let mut probe = Config::default();
            match (k.read)(&mut probe, "\u{7f}") {
                Err(Rejection::Expected(expected)) => Some((k.name, expected)),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
