//! The `penata` binary: install error reporting, parse arguments, run a subcommand or the app.

use std::process::ExitCode;

use clap::Parser;

fn main() -> color_eyre::Result<ExitCode> {
    // Before any thread exists: the local offset can only be read then.
    penata::store::actor::init_local_offset();
    // Hooks first: a panic in the app restores the terminal (tui installs its own hook on
    // top) and then prints the report.
    color_eyre::install()?;
    let cli = penata::cli::Cli::parse();
    penata::cli::run(cli)
}
