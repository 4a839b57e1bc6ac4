//! The fitting modes' keys: the curve's (prefix `c`) and the image's (prefix `i`).

pub(crate) mod curve;
pub(crate) mod image;
