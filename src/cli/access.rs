//! What `--read-only` and `--mask` mean for each subcommand, decided in one place before any
//! database is opened: a command that writes is refused under `--read-only`, one that reads
//! opens the database without writing to it; `--mask` masks NIPs and leaves out notes where
//! the command prints through the export path, and is refused where it cannot apply.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Command, Failure};
use crate::lang::{Lang, tr};
use crate::store::sled_store::SledStore;

/// `--read-only` of this process, set once by `dispatch`.
static READ_ONLY: AtomicBool = AtomicBool::new(false);

/// Records `--read-only` for the openings below.
pub(super) fn set_read_only(on: bool) {
    READ_ONLY.store(on, Ordering::Relaxed);
}

/// Whether the command line said `--read-only`.
pub(crate) fn read_only() -> bool {
    READ_ONLY.load(Ordering::Relaxed)
}

/// The name of the subcommand if it writes to the database or the settings file (so
/// `--read-only` refuses it); `None` for one that only reads. Exhaustive: a new subcommand
/// must be placed here.
pub(super) fn writes(command: &Command) -> Option<&'static str> {
    use super::config::ConfigCommand as C;
    use super::plan::PlanCommand as P;
    match command {
        Command::Import(a) => (!a.dry_run).then_some("import"),
        Command::Plan(p) => match &p.command {
            P::New { .. } => Some("plan new"), // i18n-exempt: the command as typed
            P::Rename { .. } => Some("plan rename"), // i18n-exempt: the command as typed
            P::Duplicate { .. } => Some("plan duplicate"), // i18n-exempt: the command as typed
            P::Delete { .. } => Some("plan delete"), // i18n-exempt: the command as typed
            P::Apply(_) => Some("plan apply"), // i18n-exempt: the command as typed
            P::List { .. } | P::Show { .. } | P::Diff(_) | P::Export(_) => None,
        },
        Command::Move(_) => Some("move"),
        Command::Undo(_) => Some("undo"),
        Command::Redo(_) => Some("redo"),
        Command::Decide(_) => Some("decide"),
        Command::Note(_) => Some("note"),
        Command::Feedback(a) => a.records().then_some("feedback"),
        Command::Config(a) => matches!(a.command, C::Init { .. }).then_some("config init"), // i18n-exempt: the command as typed
        Command::Export(_)
        | Command::Search(_)
        | Command::Show(_)
        | Command::Tree(_)
        | Command::Log(_)
        | Command::Check(_)
        | Command::Candidates(_)
        | Command::Ninebox(_)
        | Command::Gaps(_)
        | Command::Workload(_)
        | Command::Retirements(_)
        | Command::Generate(_)
        | Command::Completions(_)
        | Command::Man(_) => None,
    }
}

/// Applies `--mask` to the subcommand: the export path's `--mask-nip` and `--no-notes`
/// where it prints through it; nothing where it prints no NIP; otherwise the command's name,
/// for the refusal (it would print NIPs or notes in full).
pub(super) fn apply_mask(command: &mut Command) -> Result<(), &'static str> {
    use super::output::Privacy;
    use super::plan::PlanCommand as P;
    fn mask(p: &mut Privacy) {
        p.mask_nip = true;
        p.unmasked = false;
        p.no_notes = true;
    }
    match command {
        Command::Export(a) => mask(&mut a.out.privacy),
        Command::Candidates(a) => mask(&mut a.out.privacy),
        Command::Ninebox(a) => mask(&mut a.out.privacy),
        Command::Gaps(a) => mask(&mut a.out.privacy),
        Command::Plan(p) => match &mut p.command {
            P::Export(a) => mask(&mut a.out.privacy),
            P::Diff(a) => mask(&mut a.privacy),
            P::List { .. } => {}
            P::New { .. } => return Err("plan new"), // i18n-exempt: the command as typed
            P::Show { .. } => return Err("plan show"), // i18n-exempt: the command as typed
            P::Rename { .. } => return Err("plan rename"), // i18n-exempt: the command as typed
            P::Duplicate { .. } => return Err("plan duplicate"), // i18n-exempt: the command as typed
            P::Delete { .. } => return Err("plan delete"), // i18n-exempt: the command as typed
            P::Apply(_) => return Err("plan apply"),       // i18n-exempt: the command as typed
        },
        // Units, counts and settings only.
        Command::Tree(_)
        | Command::Workload(_)
        | Command::Config(_)
        | Command::Completions(_)
        | Command::Man(_) => {}
        Command::Import(_) => return Err("import"),
        Command::Search(_) => return Err("search"),
        Command::Show(_) => return Err("show"),
        Command::Move(_) => return Err("move"),
        Command::Undo(_) => return Err("undo"),
        Command::Redo(_) => return Err("redo"),
        Command::Decide(_) => return Err("decide"),
        Command::Log(_) => return Err("log"),
        Command::Check(_) => return Err("check"),
        Command::Note(_) => return Err("note"),
        Command::Feedback(_) => return Err("feedback"),
        Command::Retirements(_) => return Err("retirements"),
        Command::Generate(_) => return Err("generate"),
    }
    Ok(())
}

/// Refuses what `--read-only` and `--mask` do not allow for the subcommand, and applies
/// `--mask` where it does.
pub(super) fn admit(
    command: &mut Command,
    read_only: bool,
    masked: bool,
    lang: Lang,
) -> Result<(), Failure> {
    if read_only && let Some(name) = writes(command) {
        return Err(Failure::said(tr!(
            lang,
            "cli-read-only-refused",
            command = name
        )));
    }
    if masked && let Err(name) = apply_mask(command) {
        return Err(Failure::said(tr!(lang, "cli-mask-refused", command = name)));
    }
    Ok(())
}

/// Opens the existing database for a command that only reads: never created, upgraded or
/// filled with the demo; under `--read-only` not a byte of it is written.
pub(crate) fn open_reading(dir: &Path) -> Result<SledStore, Failure> {
    Ok(SledStore::open_reading(dir, read_only())?)
}
