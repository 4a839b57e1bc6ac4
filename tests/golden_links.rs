//! What a link promises: for each mode, a link that spells out every key of that mode runs a
//! short training whose fingerprint is pinned here. The links were saved in version 1 of the
//! format; the page now writes them back as version 2, which reads them the same. A change to the code that would make a
//! saved link reproduce another run (a moved random draw, another order of updates, a changed
//! default) fails one of these tests.
//!
//! To regenerate after a deliberate change of the arithmetic or the format:
//! `cargo test --test golden_links -- --nocapture` prints every link and fingerprint as
//! computed; paste them below and say in the commit why every saved link now runs differently.
#![cfg(not(target_arch = "wasm32"))]

use nnplay::config::{self, Config};
use nnplay::engine::history::History;
use nnplay::modes::agent::Agent;
use nnplay::modes::classify::session::Session;
use nnplay::modes::digits::Digits;
use nnplay::modes::fit::{CurveFit, ImageFit};
use nnplay::modes::gan::{GanSession, StepMode};
use nnplay::modes::inpaint::Inpaint;
use nnplay::modes::physics::Learner;
use nnplay::modes::segment::Segmenter;
use nnplay::modes::sound::SoundFit;

/// Training steps (GAN iterations, race steps, image passes: see each test) of a golden run.
const STEPS: u64 = 200;
/// Passes of a golden image run (one pass visits every pixel).
const IMAGE_PASSES: u64 = 20;

/// FNV-1a over 64-bit words.
struct Fingerprint(u64);

impl Fingerprint {
    fn new() -> Self {
        Fingerprint(0xcbf2_9ce4_8422_2325)
    }

    fn word(&mut self, w: u64) {
        for byte in w.to_le_bytes() {
            self.0 = (self.0 ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn float(&mut self, x: f64) {
        self.word(x.to_bits());
    }

    fn history(&mut self, h: &History) {
        self.word(h.len() as u64);
        for s in h.samples() {
            for x in [s.epoch, s.train, s.test, s.train_score, s.test_score] {
                self.float(x);
            }
        }
    }
}

/// Parses `link` (a version-1 link, as saved before version 2), checks it reads without a
/// complaint and is written back as given but for its version, now 2 (so the link pins every
/// key's name and value, and version 2 means the same by them), and that the link written
/// back reads to the same config; returns the config.
fn config_of(link: &str) -> Config {
    let (config, issues) = config::parse(link);
    assert!(issues.is_empty(), "{link}: {issues:?}");
    let written = config.to_query();
    assert_eq!(
        written,
        link.replacen("v=1&", "v=2&", 1),
        "the link is not written back as given"
    );
    assert_eq!(config::parse(&written), (config.clone(), vec![]));
    config
}

fn check(name: &str, link: &str, got: u64, pinned: u64) {
    println!("{name}: {got:#018x}\n  {link}");
    assert_eq!(
        got, pinned,
        "{name}: fingerprint {got:#018x}, pinned {pinned:#018x}"
    );
}

const CLASSIFY_LINK: &str = "v=1&seed=7&data=spiral&problem=classification&classes=3&noise=10&train=60&features=x1,x2,x1sq,sinx1&hidden=6,5&act=relu&loss=xent&init=glorot&opt=adam&lr=0.02&momentum=0.8&batch=12&reg=l2&regrate=0.001&showtest=1&discrete=0&points=";
const CLASSIFY_FINGERPRINT: u64 = 0x2b5a91e342ae7645;

#[test]
fn a_classifier_link_reproduces_its_pinned_run() {
    let config = config_of(CLASSIFY_LINK);
    let mut session = Session::<f32>::new(config);
    session.train_steps(STEPS);
    let mut f = Fingerprint::new();
    f.word(session.network().fingerprint());
    f.history(session.history());
    check("classify", CLASSIFY_LINK, f.0, CLASSIFY_FINGERPRINT);
}

const GAN_LINK: &str = "v=1&seed=5&mode=gan&target=grid&gnoise=gaussian&gdim=2&ghidden=12,12&dhidden=16,8&gact=leaky&dact=relu&gopt=rmsprop&dopt=momentum&glr=0.003&dlr=0.004&ganloss=lsq&kd=2&kg=1&gbatch=48&far=1&garrows=0&gmanifold=1&gpoints=";
const GAN_FINGERPRINT: u64 = 0x96c41143cf01b299;

#[test]
fn a_gan_link_reproduces_its_pinned_run() {
    let config = config_of(GAN_LINK);
    let mut session = GanSession::<f32>::new(config.gan_config());
    session.train(StepMode::Both, STEPS);
    let mut f = Fingerprint::new();
    f.word(session.gan().generator().fingerprint());
    f.word(session.gan().discriminator().fingerprint());
    f.history(session.losses());
    f.history(session.distances());
    check("gan", GAN_LINK, f.0, GAN_FINGERPRINT);
}

const RACE_LINK: &str = "v=1&seed=3&mode=race&surface=rosenbrock&start=-1.2,1.5&racers=sgd,momentum,nesterov,rmsprop,adam&sgdlr=0.001&momlr=0.0005&mommu=0.85&nestlr=0.0005&nestmu=0.8&rmslr=0.003&rmsalpha=0.95&adamlr=0.02&adamb1=0.85&adamb2=0.99";
const RACE_FINGERPRINT: u64 = 0xee34a2c007150c0d;

#[test]
fn a_race_link_reproduces_its_pinned_run() {
    let config = config_of(RACE_LINK);
    let mut race = config.race.race();
    race.run(STEPS as usize);
    let mut f = Fingerprint::new();
    for racer in race.racers() {
        let (x, y) = racer.position();
        f.float(x);
        f.float(y);
        f.float(racer.loss());
        f.word(racer.steps());
        f.history(racer.loss_history());
    }
    check("race", RACE_LINK, f.0, RACE_FINGERPRINT);
}

const CURVE_LINK: &str = "v=1&seed=4&mode=curve&ctarget=step&csamples=50&cnoise=0.1&chidden=10,10&cact=relu&copt=adam&clr=0.005&cbatch=8&cpoints=";
const CURVE_FINGERPRINT: u64 = 0x1456c0d7354b7e38;

#[test]
fn a_curve_link_reproduces_its_pinned_run() {
    let config = config_of(CURVE_LINK);
    let mut fit = CurveFit::<f32>::new(config.curve_config());
    fit.train(STEPS as usize);
    let mut f = Fingerprint::new();
    f.word(fit.network().fingerprint());
    f.history(fit.loss_history());
    for (x, y) in fit.points() {
        f.float(x);
        f.float(y);
    }
    check("curve", CURVE_LINK, f.0, CURVE_FINGERPRINT);
}

const IMAGE_LINK: &str = "v=1&seed=2&mode=image&itarget=checker&isize=16&icolour=1&ifourier=1&ifreq=8&iscale=4&ihidden=16,16&iact=relu&iopt=adam&ilr=0.003&ibatch=32";
const IMAGE_FINGERPRINT: u64 = 0x0f4e8614efb17546;

#[test]
fn an_image_link_reproduces_its_pinned_run() {
    let config = config_of(IMAGE_LINK);
    let mut fit = ImageFit::<f32>::new(config.image_config());
    for _ in 0..IMAGE_PASSES {
        fit.pass();
    }
    let mut f = Fingerprint::new();
    f.word(fit.network().fingerprint());
    f.history(fit.loss_history());
    check("image", IMAGE_LINK, f.0, IMAGE_FINGERPRINT);
}

/// An inpainting link (written in version 2: the mode came later) and its fingerprint after
/// `IMAGE_PASSES` passes over the visible pixels. It was pinned before `pbasis` existed, when
/// Fourier features were always random: with `pbasis=random` it runs as it did then (a link
/// of that time without `pbasis` now gets the default axis frequencies, pinned below).
const INPAINT_LINK: &str = "v=2&seed=3&mode=inpaint&ptarget=terrain&psize=16&hole=0.25,0.5,0.375,0.25&pfourier=1&pbasis=random&pfreq=8&pscale=2&phidden=16,16&pact=relu&popt=adam&plr=0.003&pbatch=32";
const INPAINT_FINGERPRINT: u64 = 0x6186118b3ff85712;
/// The same link with the default frequencies, along the axes.
const INPAINT_AXES_LINK: &str = "v=2&seed=3&mode=inpaint&ptarget=terrain&psize=16&hole=0.25,0.5,0.375,0.25&pfourier=1&pbasis=axes&pfreq=8&pscale=2&phidden=16,16&pact=relu&popt=adam&plr=0.003&pbatch=32";
const INPAINT_AXES_FINGERPRINT: u64 = 0x6b7d912cd8886e83;

fn inpaint_fingerprint(link: &str) -> u64 {
    let config = config_of(link);
    let mut run = Inpaint::<f32>::new(config.inpaint_config());
    for _ in 0..IMAGE_PASSES {
        run.pass();
    }
    let mut f = Fingerprint::new();
    f.word(run.network().fingerprint());
    f.history(run.loss_history());
    f.0
}

#[test]
fn an_inpaint_link_reproduces_its_pinned_run() {
    let f = inpaint_fingerprint(INPAINT_LINK);
    check("inpaint", INPAINT_LINK, f, INPAINT_FINGERPRINT);
    let f = inpaint_fingerprint(INPAINT_AXES_LINK);
    check(
        "inpaint axes",
        INPAINT_AXES_LINK,
        f,
        INPAINT_AXES_FINGERPRINT,
    );
}

/// The segment mode came with version 2: its link is pinned as the page writes it.
const SEGMENT_LINK: &str = "v=2&seed=3&mode=segment&scene=desert&strokes=12AKA3AyA3.22AKAFAyAF.31ASAeASAt&sfourier=1&shidden=12,8&slr=0.02";
const SEGMENT_FINGERPRINT: u64 = 0x47bf69d767a8a743;

#[test]
fn a_segment_link_reproduces_its_pinned_run() {
    let config = config_of(SEGMENT_LINK);
    let c = config.segment_config();
    let mut s = Segmenter::new(c.clone(), c.scene.picture(c.seed));
    assert_eq!(s.run(STEPS), STEPS);
    let mut f = Fingerprint::new();
    f.word(s.network().fingerprint());
    f.history(s.history());
    for &l in s.prediction() {
        f.word(l as u64);
    }
    check("segment", SEGMENT_LINK, f.0, SEGMENT_FINGERPRINT);
}

const DIGITS_LINK: &str =
    "v=2&seed=6&mode=digits&dgtrain=30&dghidden=24&dgact=tanh&dgopt=momentum&dglr=0.02&dgbatch=16";
const DIGITS_FINGERPRINT: u64 = 0x45ebbbd5956e5de7;

#[test]
fn a_digits_link_reproduces_its_pinned_run() {
    let config = config_of(DIGITS_LINK);
    let mut digits = Digits::new(config.digits_config());
    digits.run(STEPS as usize);
    let mut f = Fingerprint::new();
    f.word(digits.network().fingerprint());
    f.history(digits.history());
    for &p in &digits.training_set().pixels {
        f.float(p as f64);
    }
    check("digits", DIGITS_LINK, f.0, DIGITS_FINGERPRINT);
}

const AGENT_LINK: &str = "v=2&seed=3&mode=agent&aghidden=8,4&aglr=0.05&agbatch=3";
const AGENT_FINGERPRINT: u64 = 0x3ffc255d1f512933;

#[test]
fn an_agent_link_reproduces_its_pinned_run() {
    let config = config_of(AGENT_LINK);
    let mut agent = Agent::new(config.agent_config());
    agent.train(STEPS as usize);
    agent.watch(STEPS as usize);
    let mut f = Fingerprint::new();
    for &p in agent.policy().params() {
        f.float(p);
    }
    for &(_, steps) in agent.attempts() {
        f.word(steps as u64);
    }
    let s = agent.scene().state;
    for v in [s.x, s.x_dot, s.theta, s.theta_dot] {
        f.float(v);
    }
    check("agent", AGENT_LINK, f.0, AGENT_FINGERPRINT);
}

/// A learned-simulator link (written in version 2: the mode came later) and its fingerprint
/// after `STEPS` training steps and a 50-step rollout.
const PHYSICS_LINK: &str = "v=2&seed=5&mode=physics&simdamping=0.2&simstart=1.5,-0.5&simrollout=50&simhidden=16,16&simact=tanh&simopt=adam&simlr=0.005&simbatch=16";
// The pendulum's rod is a stiff spring: the training pairs and the true path are those of the
// stiff system (their slow motion differs from the rigid rod's by a few millionths).
const PHYSICS_FINGERPRINT: u64 = 0x216daa81b23a3687;

#[test]
fn a_physics_link_reproduces_its_pinned_run() {
    let config = config_of(PHYSICS_LINK);
    let mut learner = Learner::<f32>::new(config.physics_config());
    learner.train(STEPS as usize);
    let mut f = Fingerprint::new();
    f.word(learner.network().fingerprint());
    f.history(learner.loss_history());
    let (theta, omega) = config.physics.start;
    let rollout = learner.rollout([theta, omega], config.physics.rollout);
    for s in rollout.network {
        f.float(s[0]);
        f.float(s[1]);
    }
    check("physics", PHYSICS_LINK, f.0, PHYSICS_FINGERPRINT);
}

const SOUND_LINK: &str = "v=2&seed=6&mode=sound&sound=bell&aufourier=1&aufreq=16&auscale=500&auhidden=12,12&auact=relu&auopt=adam&aulr=0.003&aubatch=64&auvolume=60";
const SOUND_FINGERPRINT: u64 = 0x4c1249b135ed2ffe;

#[test]
fn a_sound_link_reproduces_its_pinned_run() {
    let config = config_of(SOUND_LINK);
    let mut fit = SoundFit::<f32>::new(config.sound_config());
    fit.run(STEPS as usize);
    let mut f = Fingerprint::new();
    f.word(fit.network().fingerprint());
    f.history(fit.loss_history());
    check("sound", SOUND_LINK, f.0, SOUND_FINGERPRINT);
}

/// A version-1 GAN link that names no GAN key: what the page showed by default before the
/// GAN's defaults changed in version 2.
const GAN_V1_DEFAULT_LINK: &str = "v=1&seed=1&mode=gan";
const GAN_V1_DEFAULT_FINGERPRINT: u64 = 0x1fcdbd7f5097c542;

#[test]
fn a_version_1_gan_link_runs_with_the_version_1_defaults() {
    let (config, issues) = config::parse(GAN_V1_DEFAULT_LINK);
    assert!(issues.is_empty(), "{issues:?}");
    let mut session = GanSession::<f32>::new(config.gan_config());
    session.train(StepMode::Both, STEPS);
    let mut f = Fingerprint::new();
    f.word(session.gan().generator().fingerprint());
    f.word(session.gan().discriminator().fingerprint());
    f.history(session.losses());
    f.history(session.distances());
    check(
        "gan v1 defaults",
        GAN_V1_DEFAULT_LINK,
        f.0,
        GAN_V1_DEFAULT_FINGERPRINT,
    );
}
