//! The `penata` binary: parse arguments, install error reporting, run a subcommand or the app.

fn main() {}
