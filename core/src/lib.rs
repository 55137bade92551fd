//! Jaring's pure core: everything that calculates or simulates, in plain Rust.
//!
//! **Architecture invariant:** this crate knows nothing about the browser. It has no Leptos, no
//! `web-sys`, no I/O; the app turns user input into the input values defined here, calls a
//! function, and renders the result value. See `ARCHITECTURE.md`.

pub mod anggaran;
pub mod cakupan;
pub mod chart;
pub mod date;
pub mod iuran;
pub mod lang;
pub mod manfaat;
pub mod money;
pub mod rules;
pub mod scenario;

pub use date::Date;
pub use lang::Lang;
pub use money::{Percent, Rupiah};
