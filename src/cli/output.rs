//! Where an export goes and what it may show: `-o FILE` (created owner-readable only) or
//! standard output, `.xlsx` chosen by `--format xlsx` or the file's extension, and the
//! privacy flags every export command takes (`--mask-nip`, `--no-notes`).
//!
//! Masking is one rule for every kind of output: [`Nip::masked`] (`******** 201001 2 ***`,
//! birth date and sequence hidden, as on screen). Every output is rendered first, then every
//! valid NIP in it, grouped or not, is masked on the way out ([`mask_nips`]: in the text, or
//! in each text cell of a workbook), so no renderer can forget one, and a NIP quoted in a
//! note or a reason is masked too.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::Failure;
use super::export::write_private;
use crate::domain::Nip;
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
                    let reason = crate::lang::io_error(&e);
                    let text = tr!(lang, "cli-cannot-write", what = what, reason = reason);
                    Failure::Input(text.into_owned())
                })?;
                Ok(Some(path))
            }
            None if workbook && std::io::stdout().is_terminal() => Err(Failure::Input(
                lang.text("cli-workbook-to-terminal").into_owned(),
            )),
            None => {
                let mut out = std::io::stdout().lock();
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

/// Masks every valid NIP in rendered output: 18 digits in a row (`198503122010012003`) or
/// grouped (`19850312 201001 2 003`), not part of a longer number. Other numbers are left
/// alone, since a NIP must also pass its checks (a real birth date, a month or PPPK code).
pub fn mask_nips(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = bytes[i].is_ascii_digit() && (i == 0 || !is_number_byte(bytes[i - 1]));
        if starts_number && let Some((nip, len)) = nip_at(&bytes[i..]) {
            out.extend_from_slice(nip.masked().as_bytes());
            i += len;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || b == b'.'
}

/// A NIP at the start of `bytes`, in either layout, with the bytes it takes.
fn nip_at(bytes: &[u8]) -> Option<(Nip, usize)> {
    const PLAIN: &[usize] = &[18];
    const GROUPED: &[usize] = &[8, 6, 1, 3];
    for groups in [GROUPED, PLAIN] {
        let mut at = 0;
        let mut ok = true;
        for (g, &n) in groups.iter().enumerate() {
            if g > 0 {
                if bytes.get(at) != Some(&b' ') {
                    ok = false;
                    break;
                }
                at += 1;
            }
            let digits = bytes.get(at..at + n);
            if !digits.is_some_and(|d| d.iter().all(u8::is_ascii_digit)) {
                ok = false;
                break;
            }
            at += n;
        }
        let ends = bytes.get(at).is_none_or(|&b| !is_number_byte(b));
        if ok && ends {
            let text = std::str::from_utf8(&bytes[..at]).ok()?;
            if let Ok(nip) = Nip::parse(text) {
                return Some((nip, at));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(s: &str) -> String {
        String::from_utf8(mask_nips(s.as_bytes())).unwrap()
    }

    #[test]
    fn masks_plain_and_grouped_nips_only() {
        assert_eq!(
            masked("\"nip\": \"198503122010012003\","),
            "\"nip\": \"******** 201001 2 ***\","
        );
        assert_eq!(
            masked("Sri 19850312 201001 2 003;x"),
            "Sri ******** 201001 2 ***;x"
        );
        // Part of a longer number, not a NIP (bad date), or a decimal: left alone.
        for s in [
            "1198503122010012003",
            "1985031220100120031",
            "197802302005012004",
            "0.198503122010012003",
            "total 12345",
        ] {
            assert_eq!(masked(s), s);
        }
        assert_eq!(masked("ä198503122010012003ü"), "ä******** 201001 2 ***ü");
    }

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
