//! The GAN page's saved state: the envelope (config with `mode=gan`, which carries a drawn
//! target's points too) plus both networks' flat weights, `"generator":[…]` and
//! `"discriminator":[…]`, each number bit-exact. Left out when a weight is not finite.

use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::modes::gan::GanSession;
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};
use crate::state::{FieldShape, StateError};

/// A GAN run read from a saved state.
#[derive(Debug)]
pub struct LoadedGan<F: Float> {
    /// The whole saved config (`mode` is gan).
    pub config: Config,
    /// A fresh run of it from the saved weights (or the seed's, if none were saved).
    pub session: GanSession<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of a GAN run of `config` as JSON text.
pub fn save_gan<F: Float>(config: &Config, session: &GanSession<F>) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    let gan = session.gan();
    let (g, d) = (gan.generator().params(), gan.discriminator().params());
    if g.iter().chain(d).all(|p| p.is_finite()) {
        write_floats(&mut out, "generator", g);
        write_floats(&mut out, "discriminator", d);
    }
    out.push('}');
    out
}

/// Reads a GAN state, all or nothing (both weight lists, or neither).
pub fn load_gan<F: Float>(text: &str) -> Result<LoadedGan<F>, StateError> {
    let head = read_head(text, Mode::Gan)?;
    let generator = read_floats::<F>(&head.root, "generator")?;
    let discriminator = read_floats::<F>(&head.root, "discriminator")?;
    let fresh = GanSession::new(head.config.gan_config());
    let session = match (generator, discriminator) {
        (None, None) => fresh,
        (g, d) => {
            let missing = |name| StateError::BadField {
                field: name,
                expected: FieldShape::NumbersWithOther,
            };
            let g = g.ok_or(missing("generator"))?;
            let d = d.ok_or(missing("discriminator"))?;
            let gan = fresh.gan();
            check_count("generator", g.len(), gan.generator().params().len())?;
            check_count("discriminator", d.len(), gan.discriminator().params().len())?;
            GanSession::with_weights(head.config.gan_config(), &g, &d)
                .expect("the counts were checked")
        }
    };
    Ok(LoadedGan {
        config: head.config,
        session,
        issues: head.issues,
    })
}
