//! Jaring's web app: a thin Leptos (client-side rendered) layer over `jaring-core`.
//!
//! Components read inputs, call the core, and show results; `browser` is the only module that
//! touches browser APIs; all text comes from `i18n`.

pub mod app;
pub mod browser;
pub mod components;
pub mod ctx;
pub mod i18n;
pub mod pages;
pub mod route;
