//! Where an export goes and what it may show: `-o FILE` (created owner-readable only) or
//! standard output, `.xlsx` chosen by `--format xlsx` or the file's extension, and the
//! privacy flags every export command takes (`--mask-nip`, `--no-notes`).
//!
//! Masking is one rule for every kind of output:
//! [`Nip::masked`](crate::domain::Nip::masked) (`******** 201001 2 ***`, birth date and
//! sequence hidden, as on screen). Every output is rendered first, then every valid NIP in
//! it, however its groups are separated, is masked on the way out ([`mask_nips`]: in the
//! text, or in each text cell of a workbook), so no renderer can forget one, and a NIP
//! quoted in a note or a reason is masked too. Files go through [`crate::store::files`].

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::Failure;
use super::export::write_private;
pub use super::mask_nip::mask_nips;
use crate::lang::{Lang, tr};
use crate::store::xlsx_export::{Sheet, Value, workbook_bytes};

/// The privacy flags of an export command.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct Privacy {
    /// Hide the birth date (and sequence) in every NIP: 19850312 201001 2 003 becomes
    /// ******** 201001 2 ***. A masked file cannot be imported
    #[arg(long, conflicts_with = "unmasked")]
    pub mask_nip: bool,
    /// Write full NIPs even when the settings file says `mask_nip = true`
    #[arg(long)]
    pub unmasked: bool,
    /// Leave out notes on people (with their readiness remarks) and the meeting's remarks on
    /// moves
    #[arg(long)]
    pub no_notes: bool,
}

impl Privacy {
    /// Whether NIPs are masked: `--mask-nip`, or the settings file's `mask_nip` unless
    /// `--unmasked`.
    pub fn masks_nip(&self) -> bool {
        self.mask_nip || (super::Settings::current().mask_nip && !self.unmasked)
    }

    /// Workbook sheets with every NIP in their text cells masked when asked.
    pub fn apply_sheets(&self, sheets: &mut [Sheet]) {
        if !self.masks_nip() {
            return;
        }
        for cell in sheets.iter_mut().flat_map(|s| s.rows.iter_mut().flatten()) {
            if let Value::Text(text) = cell {
                *text = String::from_utf8_lossy(&mask_nips(text.as_bytes())).into_owned();
            }
        }
    }

    /// Rendered text, CSV, Markdown or JSON with every NIP masked when asked.
    pub fn apply(&self, bytes: Vec<u8>) -> Vec<u8> {
        if self.masks_nip() {
            mask_nips(&bytes)
        } else {
            bytes
        }
    }
}

/// An export ready to write.
pub enum Rendered {
    /// Text, CSV, Markdown or JSON: NIPs in it are masked on the way out when asked.
    Text(Vec<u8>),
    /// The sheets of an `.xlsx` workbook: NIPs in their text cells are masked when asked.
    Workbook(Vec<Sheet>),
}

/// The formats of the reports that print text by default (candidates, ninebox).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    /// JSON, as --json prints it
    Json,
    /// An Excel workbook (needs -o FILE or a pipe)
    Xlsx,
}

/// `-o FILE` and the privacy flags, shared by the export commands.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OutputArgs {
    /// Write to FILE (created readable by its owner only) instead of standard output; a
    /// FILE ending in .xlsx gets an Excel workbook unless --format says otherwise
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub privacy: Privacy,
}

impl OutputArgs {
    /// Whether `-o` names an `.xlsx` file (the format when none is given).
    pub fn names_xlsx(&self) -> bool {
        has_extension(self.output.as_deref(), "xlsx")
    }

    /// Whether `-o` names a file with this extension (any case).
    pub fn names(&self, extension: &str) -> bool {
        has_extension(self.output.as_deref(), extension)
    }

    /// The format of a report that prints text by default: `--json` or `--format`, else
    /// `.xlsx` when `-o` names one, else text.
    pub fn report_format(&self, format: Option<ReportFormat>, json: bool) -> ReportFormat {
        match format {
            _ if json => ReportFormat::Json,
            Some(f) => f,
            None if self.names_xlsx() => ReportFormat::Xlsx,
            None => ReportFormat::Text,
        }
    }

    /// Writes the output to `-o FILE` (whole or not at all, owner-readable only) or standard
    /// output, text with the privacy flags applied. Returns the file written, for a closing
    /// message on stderr. A workbook is never written to a terminal.
    pub fn emit(&self, rendered: Rendered, lang: Lang) -> Result<Option<&Path>, Failure> {
        let reason = |e: &dyn std::fmt::Display| e.to_string();
        let (bytes, workbook) = match rendered {
            Rendered::Text(bytes) => (self.privacy.apply(bytes), false),
            Rendered::Workbook(mut sheets) => {
                self.privacy.apply_sheets(&mut sheets);
                let bytes = workbook_bytes(&sheets, lang).map_err(|e| {
                    let text = tr!(lang, "cli-cannot-make-workbook", reason = reason(&e));
                    Failure::Input(text.into_owned())
                })?;
                (bytes, true)
            }
        };
        match &self.output {
            Some(path) => {
                write_private(path, &bytes).map_err(|e| {
                    let what = path.display().to_string();
                    let text = tr!(
                        lang,
                        "cli-cannot-write",
                        what = what,
                        reason = lang.say(&e.msg())
                    );
                    Failure::Input(text.into_owned())
                })?;
                Ok(Some(path))
            }
            None if workbook && std::io::stdout().is_terminal() => Err(Failure::Input(
                lang.text("cli-workbook-to-terminal").into_owned(),
            )),
            None => {
                // Standard output may be a terminal, or a pipe into one (`| less`): no
                // text from the data commands it, shown escaped (JSON is escaped as JSON
                // before, so it passes unchanged; CSV keeps its CR LF line endings). A
                // file written with -o keeps the data as it is; a workbook is binary.
                let mut out: Box<dyn Write> = if workbook {
                    Box::new(std::io::stdout().lock())
                } else {
                    Box::new(super::terminal::Visible::keeping_crlf(
                        std::io::stdout().lock(),
                    ))
                };
                out.write_all(&bytes)
                    .and_then(|()| out.flush())
                    .or_else(ignore_closed_pipe)
                    .map_err(|e| {
                        let reason = crate::lang::io_error(&e);
                        let text = tr!(lang, "cli-cannot-write-output", reason = reason);
                        Failure::Input(text.into_owned())
                    })?;
                Ok(None)
            }
        }
    }
}

/// A reader that stops early (`penata gaps | head`) is not an error.
fn ignore_closed_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

fn has_extension(path: Option<&Path>, extension: &str) -> bool {
    path.and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_decides_xlsx() {
        let args = |p: &str| OutputArgs {
            output: Some(PathBuf::from(p)),
            privacy: Privacy::default(),
        };
        assert!(args("out/Rencana.XLSX").names_xlsx());
        assert!(!args("out.csv").names_xlsx());
        assert!(!OutputArgs::default().names_xlsx());
    }
}
