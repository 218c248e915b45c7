//! The `penata` binary: install error reporting, parse arguments, run a subcommand or the app.

use std::process::ExitCode;

fn main() -> color_eyre::Result<ExitCode> {
    // Before any thread exists: the local offset can only be read then.
    penata::env::init_local_offset();
    // Hooks first: a panic in the app restores the terminal (tui installs its own hook on
    // top) and then prints the report.
    color_eyre::install()?;
    // The language is set before clap can print help or an error.
    let cli = penata::cli::parse(std::env::args_os());
    // Without a subcommand, the entry point's launcher opens the app.
    penata::cli::run(cli, penata::launch::open_app)
}
