//! `standar`: a compiler for Indonesian public-service standards (*Standar Pelayanan*).
//!
//! The pipeline: [`parse`] (YAML with positions) → [`validate`] (JSON Schema) → [`model`]
//! (typed standard) → [`check`] (semantic rules) → [`render`] (site, boards, flowcharts);
//! [`audit`] scores compliance. The library does no file or network I/O;
//! the binary's `cli` module does.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod audit;
pub mod check;
pub mod corpus;
pub mod diagnostic;
pub mod impor;
pub mod model;
pub mod parallel;
pub mod parse;
pub mod pipeline;
pub mod render;
pub mod schema;
pub mod source;
pub mod sunting;
pub mod validate;
pub mod xml;
pub mod yaml_scalar;
