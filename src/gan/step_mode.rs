//! Which network(s) one training unit of a GAN run updates: both (a full iteration), the
//! discriminator alone or the generator alone.

/// Which network(s) a training unit updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StepMode {
    /// One iteration: k_D discriminator steps, then k_G generator steps.
    #[default]
    Both,
    /// One discriminator step (G stays put).
    DiscriminatorOnly,
    /// One generator step (D stays put).
    GeneratorOnly,
}

impl StepMode {
    /// Every mode, in the order the UI lists them.
    pub const ALL: [StepMode; 3] = [
        StepMode::Both,
        StepMode::DiscriminatorOnly,
        StepMode::GeneratorOnly,
    ];

    /// The short lowercase name the page uses.
    pub fn name(self) -> &'static str {
        match self {
            StepMode::Both => "both",
            StepMode::DiscriminatorOnly => "d",
            StepMode::GeneratorOnly => "g",
        }
    }

    /// Inverse of [`StepMode::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.name() == name)
    }
}
