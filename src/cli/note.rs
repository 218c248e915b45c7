//! `penata note NIP TEXT [--readiness siap|ragu|menolak|belum]`: adds a dated note with
//! its author (the OS user) and optionally sets readiness; durable and in the audit log.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use time::OffsetDateTime;

use super::Failure;
use super::plan::{open_store, os_user};
use crate::domain::text::refused;
use crate::domain::{Nip, Note, Readiness};
use crate::lang::safe::visible;
use crate::lang::{Lang, msg, tr};
use crate::store::{Change, OrgStore};

/// Arguments of `penata note`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The employee's NIP (18 digits)
    pub nip: String,
    /// The note's text (quote it; several words are joined with spaces)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// Also set readiness for the change: siap, ragu, menolak or belum (belum dinilai)
    #[arg(long, value_name = "VALUE")]
    pub readiness: Option<String>,
}

/// Parses a readiness argument: `Some(None)` is `belum` (not yet assessed).
pub(crate) fn parse_readiness(s: &str, lang: Lang) -> Result<Option<Readiness>, Failure> {
    if matches!(s, "belum" | "belum_dinilai") {
        return Ok(None);
    }
    Readiness::parse(s).map(Some).ok_or_else(|| {
        let expected = Readiness::expected();
        Failure::said(tr!(
            lang,
            "cli-bad-readiness",
            given = s,
            expected = expected
        ))
    })
}

/// The current time with the local UTC offset (UTC when the offset cannot be read).
pub(crate) fn now_local() -> OffsetDateTime {
    crate::env::now()
}

/// Records the note once it is on disk; exit 1 for a bad NIP, readiness or empty text.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let nip = Nip::parse(&args.nip)
        .map_err(|e| Failure::Input(format!("NIP {}: {}", args.nip, lang.say(&e.msg()))))?;
    let text = args.text.join(" ").trim().to_string();
    if text.is_empty() {
        return Err(Failure::said(lang.text("cli-empty-note")).into());
    }
    let max = crate::domain::limits::MAX_PARAGRAPH_CHARS;
    crate::domain::limits::check_len("TEXT", &text, max)
        .map_err(|m| Failure::Input(lang.say(&m)))?;
    if let Some(why) = refused(msg!("domain-field-note"), &text, true) {
        return Err(Failure::said(lang.say(&why).into()).into());
    }
    let readiness = args
        .readiness
        .as_deref()
        .map(|r| parse_readiness(r, lang))
        .transpose()?;
    let store = open_store(dir, lang)?;
    let Some(e) = store.employee(&nip).map_err(Failure::from)? else {
        return Err(Failure::said(tr!(lang, "cli-no-employee", nip = nip.grouped())).into());
    };
    let note = Note {
        at: now_local(),
        author: os_user(),
        text,
    };
    store
        .apply(&Change::Annotate {
            nip,
            note: Some(note),
            readiness,
        })
        .map_err(Failure::from)?;
    let done = match readiness {
        None => tr!(lang, "cli-noted", name = visible(&e.name)),
        Some(r) => {
            let r = r.map_or_else(|| lang.text("cli-not-assessed"), |r| r.label().into());
            tr!(
                lang,
                "cli-noted-readiness",
                name = visible(&e.name),
                readiness = r
            )
        }
    };
    outln!("{done}");
    Ok(ExitCode::SUCCESS)
}
