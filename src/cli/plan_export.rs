//! `penata plan export NAME --format md|csv|json|sk [-o FILE]`: the documents for the review
//! meeting: minutes (berita acara) in Markdown, one CSV row per move, the comparison as JSON,
//! and the attachment table of the transfer decree (lampiran SK) with the approved moves.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;
use time::Date;

use super::Failure;
use super::export::write_private;
use super::plan_diff::comparison;
use crate::store::minutes::{render_csv, render_json, render_markdown, render_sk};

/// The document to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Minutes of the review meeting (berita acara), Markdown
    Md,
    /// One row per move for spreadsheets (UTF-8 with BOM, `;` by default)
    Csv,
    /// The comparison as JSON
    Json,
    /// Attachment table of the transfer decree (lampiran SK), approved moves only, Markdown
    Sk,
}

/// Arguments of `penata plan export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan's name
    pub name: String,
    /// What to write
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
    /// Write to FILE (created readable by its owner only) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV field separator: `;` (what Indonesian spreadsheets expect), `,` or `tab`
    #[arg(long, default_value = ";", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// The date printed on the minutes and the decree (YYYY-MM-DD) [default: today]
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match s.as_bytes() {
            [b] if b.is_ascii_punctuation() && *b != b'"' => Ok(*b),
            _ => Err("use one punctuation character such as ; or , (or tab)".into()),
        },
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &format).map_err(|_| format!("{s:?} is not a date as YYYY-MM-DD"))
}

/// Writes the document; a file is written whole or not at all.
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let today = crate::store::actor::now().date();
    let date = args.date.unwrap_or(today);
    let c = comparison(dir, &args.name)?;
    let bytes = match args.format {
        Format::Md => render_markdown(&c, date).into_bytes(),
        Format::Sk => render_sk(&c, date).into_bytes(),
        Format::Json => render_json(&c)?.into_bytes(),
        Format::Csv => render_csv(&c, args.delimiter)?,
    };
    match args.output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
        Some(path) => {
            write_private(&path, &bytes)
                .map_err(|e| Failure::Input(format!("cannot write {}: {e}", path.display())))?;
            let approved = c
                .moves
                .iter()
                .filter(|m| m.decision() == Some(crate::domain::plan::Decision::Setuju))
                .count();
            let what = match args.format {
                Format::Sk => format!("{approved} approved moves"),
                _ => format!("{} moves", c.moves.len()),
            };
            eprintln!(
                "exported plan \"{}\" ({what}) to {}",
                c.plan,
                path.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
