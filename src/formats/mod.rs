//! Text formats shared by the modes: decimal numbers, JSON, query strings and CSV.

pub mod csv;
pub mod decimal;
pub mod json;
pub mod query;
