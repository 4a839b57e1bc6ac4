//! The agent page's saved state: the envelope (config with `mode=agent`) plus the policy's
//! flat weights, `"weights":[…]`, bit-exact. The attempts are not saved: a loaded policy
//! starts a fresh chart.

use super::session::Agent;
use crate::config::{Config, ConfigIssue, Mode};
use crate::state::StateError;
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};

/// An agent read from a saved state.
#[derive(Debug)]
pub struct LoadedAgent {
    /// The whole saved config (`mode` is agent).
    pub config: Config,
    /// An agent of it with the saved weights (or the seed's, if none were saved).
    pub agent: Agent,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of `agent` under `config` as JSON text.
pub fn save_agent(config: &Config, agent: &Agent) -> String {
    let mut out = String::with_capacity(1024);
    write_head(&mut out, config);
    let params = agent.policy().params();
    if params.iter().all(|p| p.is_finite()) {
        write_floats(&mut out, "weights", params);
    }
    out.push('}');
    out
}

/// Reads an agent state, all or nothing.
pub fn load_agent(text: &str) -> Result<LoadedAgent, StateError> {
    let head = read_head(text, Mode::Agent)?;
    let weights = read_floats::<f64>(&head.root, "weights")?;
    let mut agent = Agent::new(head.config.agent_config());
    if let Some(w) = weights {
        check_count("weights", w.len(), agent.policy().params().len())?;
        agent.load_params(&w);
    }
    Ok(LoadedAgent {
        config: head.config,
        agent,
        issues: head.issues,
    })
}
