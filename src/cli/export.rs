//! `penata export [-o FILE]`: the organization as penata/v1 JSON, owner-readable only.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::{Failure, load};
use crate::store::format::write_v1;

/// Arguments of `penata export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to FILE (created readable by its owner only) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Writes the export; a file is written whole or not at all.
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let org = load(dir)?;
    match args.output {
        None => {
            let mut out = std::io::stdout().lock();
            write_v1(&org, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            let mut buf = Vec::new();
            write_v1(&org, &mut buf)?;
            write_private(&path, &buf)
                .map_err(|e| Failure::Input(format!("cannot write {}: {e}", path.display())))?;
            eprintln!(
                "exported \"{}\" to {}: {} units, {} positions, {} employees",
                org.name(),
                path.display(),
                org.units().len(),
                org.positions().len(),
                org.employees().len()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a file readable by its owner only (it holds personal data), via a temporary file
/// in the same directory renamed into place, so a failure never leaves half a file.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.penata-tmp-{}", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
