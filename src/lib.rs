//! penata: plan the reorganization of Indonesian civil servants (penataan jabatan).
//!
//! Dependencies point one way: `ui -> app -> store -> domain`; `cli` uses `app`, `store`
//! and `domain`.

pub mod domain;
pub mod store;
pub mod app;
pub mod input;
pub mod ui;
pub mod tui;
pub mod cli;
