//! The policy: the shared [`Mlp`] from the cart-pole's scaled state (4 numbers) to one number
//! z, through tanh hidden layers; the cart is pushed right when z > 0, left otherwise. Also the
//! episode runner every learner and the page use.

use super::cartpole::{CartPole, Ending, FORCE};
use crate::engine::nn::{Activation, Init, Mlp, Workspace};
use crate::engine::rng::Rng;

/// Longest episode: an attempt that lasts this many steps (10 s at 50 Hz) has balanced.
pub const MAX_STEPS: u32 = 500;

/// A network choosing the push from the cart-pole's state, and its scratch buffers.
#[derive(Clone, Debug)]
pub struct Policy {
    net: Mlp<f64>,
    ws: Workspace<f64>,
}

impl Policy {
    /// A policy with the hidden layer widths `hidden`, Glorot-initialised from `rng`.
    pub fn new(hidden: &[usize], rng: &mut Rng) -> Self {
        let mut sizes = vec![4];
        sizes.extend_from_slice(hidden);
        sizes.push(1);
        let mut net = Mlp::new(&sizes, Activation::Tanh, Activation::Linear);
        net.init(Init::Glorot, rng);
        Policy {
            net,
            ws: Workspace::new(),
        }
    }

    /// The network.
    pub fn net(&self) -> &Mlp<f64> {
        &self.net
    }

    /// Every parameter (the [`Mlp`] layout).
    pub fn params(&self) -> &[f64] {
        self.net.params()
    }

    /// Every parameter, to change them.
    pub fn params_mut(&mut self) -> &mut [f64] {
        self.net.params_mut()
    }

    /// The network's output z for `state` (push right when positive).
    pub fn score(&mut self, state: &CartPole) -> f64 {
        self.net.forward(&mut self.ws, &state.observation(), 1);
        self.ws.outputs()[0]
    }

    /// The force the policy pushes with in `state`: +10 N (right) or −10 N.
    pub fn force(&mut self, state: &CartPole) -> f64 {
        if self.score(state) > 0.0 {
            FORCE
        } else {
            -FORCE
        }
    }

    /// Runs one episode from `start` until the pole falls, the cart leaves the track or
    /// [`MAX_STEPS`] steps: the steps survived and how it ended.
    pub fn episode(&mut self, start: CartPole) -> (u32, Ending) {
        let mut state = start;
        for step in 0..MAX_STEPS {
            let force = self.force(&state);
            state.step(force);
            let ending = state.ending();
            if ending != Ending::Running {
                return (step + 1, ending);
            }
        }
        (MAX_STEPS, Ending::Running)
    }
}
