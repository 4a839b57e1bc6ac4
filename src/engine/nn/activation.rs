//! Activation functions and their derivatives, for any [`Float`]. Pure maths, no state.

use crate::engine::float::Float;

/// The non-linearity applied by a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Activation {
    /// max(0, z)
    Relu,
    /// tanh(z) (TF Playground's default)
    #[default]
    Tanh,
    /// 1 / (1 + e^−z)
    Sigmoid,
    /// z
    Linear,
    /// z for z > 0, else [`LEAKY_SLOPE`]·z
    LeakyRelu,
}

/// Slope of leaky relu for negative inputs.
pub const LEAKY_SLOPE: f64 = 0.01;

impl Activation {
    /// Every activation, in the order the UI lists them.
    pub const ALL: [Activation; 5] = [
        Activation::Relu,
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Linear,
        Activation::LeakyRelu,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Activation::Relu => "relu",
            Activation::Tanh => "tanh",
            Activation::Sigmoid => "sigmoid",
            Activation::Linear => "linear",
            Activation::LeakyRelu => "leaky",
        }
    }

    /// Inverse of [`Activation::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }

    /// a = f(z).
    #[inline(always)]
    pub fn apply<F: Float>(self, z: F) -> F {
        match self {
            Activation::Relu => z.max(F::ZERO),
            Activation::Tanh => z.tanh(),
            Activation::Sigmoid => sigmoid(z),
            Activation::Linear => z,
            Activation::LeakyRelu => {
                if z > F::ZERO {
                    z
                } else {
                    z * F::from_f64(LEAKY_SLOPE)
                }
            }
        }
    }

    /// f′(z) written in terms of the output a = f(z), so the backward pass needs only the
    /// stored activations. (Exact for all five: relu and leaky relu keep the sign of z.)
    #[inline(always)]
    pub fn derivative_from_output<F: Float>(self, a: F) -> F {
        match self {
            Activation::Relu => {
                if a > F::ZERO {
                    F::ONE
                } else {
                    F::ZERO
                }
            }
            Activation::Tanh => F::ONE - a * a,
            Activation::Sigmoid => a * (F::ONE - a),
            Activation::Linear => F::ONE,
            Activation::LeakyRelu => {
                if a > F::ZERO {
                    F::ONE
                } else {
                    F::from_f64(LEAKY_SLOPE)
                }
            }
        }
    }

    /// Applies the activation to every element of `zs` in place. A separate loop per variant
    /// (rather than a match per element) lets the compiler vectorise each one.
    pub fn apply_slice<F: Float>(self, zs: &mut [F]) {
        match self {
            Activation::Relu => zs.iter_mut().for_each(|z| *z = z.max(F::ZERO)),
            Activation::Tanh => zs.iter_mut().for_each(|z| *z = z.tanh()),
            Activation::Sigmoid => zs.iter_mut().for_each(|z| *z = sigmoid(*z)),
            Activation::Linear => {}
            Activation::LeakyRelu => zs
                .iter_mut()
                .for_each(|z| *z = Activation::LeakyRelu.apply(*z)),
        }
    }
}

/// Logistic sigmoid, computed so that large |z| neither overflows nor loses the tail.
#[inline(always)]
pub fn sigmoid<F: Float>(z: F) -> F {
    if z >= F::ZERO {
        F::ONE / (F::ONE + (-z).exp())
    } else {
        let e = z.exp();
        e / (F::ONE + e)
    }
}
