//! The network's tests.

mod gradient;
