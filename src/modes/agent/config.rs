//! What the user chooses for the balancing agent: the policy network and its training. The
//! mode's query-string keys (`keys.rs`) read and write this struct.

/// Everything the user chooses for the agent page.
#[derive(Clone, Debug, PartialEq)]
pub struct AgentConfig {
    /// Hidden layer widths of the policy (4 inputs, 1 output; empty: a linear policy).
    pub hidden: Vec<usize>,
    /// Adam's learning rate.
    pub learning_rate: f64,
    /// Training attempts per update.
    pub batch: usize,
    /// Seed of the initial weights, the start states and the random pushes (the page's
    /// `seed`).
    pub seed: u64,
}

impl Default for AgentConfig {
    /// The settings measured in the module doc (`agent`): 16 tanh neurons, Adam at 0.1, four
    /// attempts per update.
    fn default() -> Self {
        AgentConfig {
            hidden: vec![16],
            learning_rate: 0.1,
            batch: 4,
            seed: 1,
        }
    }
}
