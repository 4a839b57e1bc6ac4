//! Text formats shared by the modes: decimal numbers, JSON, query strings, CSV, points in a
//! link, and the FNV-1a hash.

pub mod csv;
pub mod decimal;
pub mod hash;
pub mod json;
pub mod points;
pub mod query;
