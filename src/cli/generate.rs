//! `penata generate --employees N [--seed S] -o FILE [--siasn DIR]`: a synthetic
//! province-scale organization as `penata/v1`, for benchmarks and load tests, and, with
//! `--siasn`, the same organization as the SIASN exports and office workbooks a BKPSDM has.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use crate::generate::{Options, SiasnOptions, generate, instansi_of, siasn_files};
use crate::lang::{Lang, tr};
use crate::store::files::{PrivateFile, WriteError, create_private_dir, write_private};

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
    /// Also write the organization as SIASN export files into DIR (created owner-only)
    #[arg(long, value_name = "DIR")]
    pub siasn: Option<PathBuf>,
}

/// Streams the organization into the file; the database is not touched.
pub fn run(_dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let path = args.output.display().to_string();
    let cannot = |e: WriteError| {
        Failure::said(tr!(
            lang,
            "cli-cannot-write",
            what = path.as_str(),
            reason = lang.say(&e.msg())
        ))
    };
    let mut file = PrivateFile::create(&args.output).map_err(cannot)?;
    let summary = generate(
        Options {
            employees: args.employees,
            seed: args.seed,
        },
        &mut file,
    )
    .map_err(|e| cannot(e.into()))?;
    file.commit().map_err(cannot)?;
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
    errln!("{done}");
    if let Some(dir) = &args.siasn {
        write_siasn(&args.output, dir, args.seed, lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the organization back from the file just written and writes its SIASN files.
fn write_siasn(file: &Path, dir: &Path, seed: u64, lang: Lang) -> Result<()> {
    let path = file.display().to_string();
    let unreadable = |reason: String| {
        Failure::said(tr!(
            lang,
            "cli-cannot-read",
            what = path.as_str(),
            reason = reason
        ))
    };
    let bytes = super::import::read_bounded(file, lang)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let e = std::io::Error::new(std::io::ErrorKind::InvalidData, e);
        unreadable(lang.say(&crate::lang::io_error(&e)))
    })?;
    let org = crate::store::format::parse_v1(&path, &text)
        .map_err(|e| unreadable(lang.say(&e.summary())))?;
    let instansi = instansi_of(&org);
    let shown = dir.display().to_string();
    let cannot = |e: WriteError| {
        Failure::said(tr!(
            lang,
            "cli-cannot-write",
            what = shown.as_str(),
            reason = lang.say(&e.msg())
        ))
    };
    let files =
        siasn_files(&org, &SiasnOptions { seed, instansi }).map_err(|e| cannot(e.into()))?;
    create_private_dir(dir).map_err(|e| cannot(e.into()))?;
    for (name, bytes) in &files {
        write_private(&dir.join(name), bytes).map_err(cannot)?;
    }
    let done = tr!(
        lang,
        "cli-generated-siasn",
        dir = shown.as_str(),
        count = files.len()
    );
    errln!("{done}");
    Ok(())
}
