//! Shell integration generated from the CLI definition itself, so it cannot drift from it:
//! `penata completions bash|zsh|fish|...` and `penata man [--dir DIR]`; and the version text
//! naming the file format and database schema this build reads and writes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use crate::lang::{Lang, tr};
use crate::store::codec::SCHEMA_VERSION;
use crate::store::files::{WriteError, write_private};
use crate::store::format::FORMAT_V1;

/// `0.1.0 (data format penata/v1, database schema 1)`, for `penata --version`.
pub fn version(lang: Lang) -> String {
    tr!(
        lang,
        "cli-version",
        version = env!("CARGO_PKG_VERSION"),
        format = FORMAT_V1,
        schema = SCHEMA_VERSION.to_string()
    )
    .into_owned()
}

/// Arguments of `penata completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionArgs {
    /// The shell to complete in
    pub shell: clap_complete::Shell,
}

/// Arguments of `penata man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write penata.1 and one page per subcommand (penata-import.1, ...) into DIR instead
    /// of printing penata.1 to standard output
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Prints the completion script for a shell.
pub fn completions(args: CompletionArgs, lang: Lang) -> Result<ExitCode> {
    let mut cmd = super::help::command(lang);
    // Generated into memory first: clap_complete panics on a write error, and a reader
    // that stops early (`| head`) is not a crash.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "penata", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the manual page as roff, or writes every page into a directory.
pub fn man(args: ManArgs, lang: Lang) -> Result<ExitCode> {
    let cmd = super::help::command(lang);
    match args.dir {
        None => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(cmd).render(&mut out)?;
            out.flush()?;
        }
        Some(dir) => {
            let shown = dir.display().to_string();
            write_pages(cmd, &dir).map_err(|e| {
                Failure::Input(
                    tr!(
                        lang,
                        "cli-cannot-write-man",
                        dir = shown.as_str(),
                        reason = lang.say(&e.msg())
                    )
                    .into_owned(),
                )
            })?;
            errln!("{}", tr!(lang, "cli-wrote-man", dir = shown));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `penata.1` and a page per subcommand (`penata-import.1`, ...), as
/// `clap_mangen::generate_to` names them, each by the rules of [`crate::store::files`].
fn write_pages(cmd: clap::Command, dir: &Path) -> Result<(), WriteError> {
    fn pages(cmd: clap::Command, dir: &Path) -> Result<(), WriteError> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            pages(sub, dir)?;
        }
        let man = clap_mangen::Man::new(cmd);
        let mut roff = Vec::new();
        man.render(&mut roff)?;
        write_private(&dir.join(man.get_filename()), &roff)
    }
    std::fs::create_dir_all(dir)?;
    let mut cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    pages(cmd, dir)
}
