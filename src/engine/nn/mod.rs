//! The multi-layer perceptron: activations, losses (output heads), initialisation and the
//! batched forward/backward passes over flat parameter arrays. Pure Rust, no web crates.

pub mod activation;
mod backward;
pub mod head;
pub mod init;
pub mod kernels;
pub mod loss;
pub mod mlp;
mod regressor;
pub mod softmax;
mod workspace;

#[cfg(test)]
mod tests;

pub use activation::Activation;
pub use init::Init;
pub use loss::Loss;
pub use mlp::Mlp;
pub use regressor::Regressor;
pub use workspace::Workspace;
