//! The integration tests in one test binary: the app on a `TestBackend`, the command line on
//! the real binary, and the full-screen app in a pseudo-terminal. One binary links once, which
//! keeps `cargo test` quick; each file below is a module of its own.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

#[path = "../common/mod.rs"]
mod common;
#[path = "../import_fixtures/mod.rs"]
mod import_fixtures;
#[path = "../support/mod.rs"]
mod support;

mod app_english;
mod app_input_line;
mod app_paced;
mod app_plans;
mod app_presenting;
mod app_preview;
mod app_reducer;
mod app_render;
mod app_scale;
mod app_scroll;
mod app_snapshots;
mod app_talent;
mod cli;
mod cli_feedback;
mod cli_lang;
mod cli_minutes;
mod cli_plans;
mod cli_read_only;
mod cli_settings;
mod cli_talent;
mod cli_xlsx;
mod documents;
mod domain_messages;
mod e2e_plans;
mod e2e_presenting;
mod e2e_startup;
mod e2e_talent;
mod e2e_tui;
mod files;
mod generate_cli;
mod hostile;
mod hostile_text;
mod import_messages;
mod import_messages_en;
mod layers;
mod msrv;
mod siasn_broken;
mod siasn_import;
mod sizes;
