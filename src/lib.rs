//! penata: plan the reorganization of Indonesian civil servants (penataan jabatan).
//!
//! Dependencies point one way: `ui -> app -> store -> domain`; `cli` uses `app`, `store`
//! and `domain`; `launch` (the entry point's) opens the app through `tui` and `ui`.

pub mod app;
pub mod cli;
pub mod domain;
pub mod env;
pub mod generate;
pub mod input;
pub mod lang;
pub mod launch;
pub mod settings;
pub mod store;
pub mod tui;
pub mod ui;
