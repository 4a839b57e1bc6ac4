//! Formats shared by the modes: decimal numbers, JSON, query strings, CSV, points in a link,
//! the FNV-1a hash, and 16-bit grey PNG files.

pub mod csv;
pub mod decimal;
pub mod hash;
pub mod json;
pub mod png;
pub mod points;
pub mod query;
