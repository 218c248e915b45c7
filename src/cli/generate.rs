//! `penata generate --employees N [--seed S] -o FILE`: a synthetic province-scale
//! organization as `penata/v1`, for benchmarks and load tests.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use crate::generate::{Options, generate};
use crate::lang::{Lang, tr};

/// Arguments of `penata generate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many employees to generate
    #[arg(long, value_name = "N")]
    pub employees: u64,
    /// Seed of the generator: the same seed gives the same file
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Write to FILE (created readable by its owner only)
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// Streams the organization into the file; the database is not touched.
pub fn run(_dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let path = args.output.display().to_string();
    let cannot = |e: std::io::Error| {
        let reason = e.to_string();
        Failure::said(tr!(
            lang,
            "cli-cannot-write",
            what = path.as_str(),
            reason = reason
        ))
    };
    let file = create_private(&args.output).map_err(cannot)?;
    let summary = generate(
        Options {
            employees: args.employees,
            seed: args.seed,
        },
        file,
    )
    .map_err(cannot)?;
    let counts = super::counts_summary(
        summary.units as u64,
        summary.positions as u64,
        summary.employees,
        lang,
    );
    let done = tr!(
        lang,
        "cli-generated",
        path = path.as_str(),
        summary = counts,
        placed = summary.placed,
        seed = args.seed.to_string()
    );
    eprintln!("{done}");
    Ok(ExitCode::SUCCESS)
}

/// Creates (or truncates) a file readable by its owner only: synthetic, but shaped like
/// personal data, and tools treat it so.
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}
