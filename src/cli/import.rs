//! `penata import FILE... [--sheet NAME] [--dry-run] [--replace] [--drop-missing] [--report
//! FILE.xlsx]`: all or nothing, every error reported. One `penata/v1` file or one employee
//! sheet is read as before; any other set of files is a set of SIASN exports and office
//! workbooks ([`super::import_siasn`]).

use std::path::{Path, PathBuf};

use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use crate::domain::Organization;
use crate::lang::{Lang, tr};
use crate::store::import::{ImportData, read_import_sheet};
use crate::store::sled_store::SledStore;
use crate::store::{Change, OrgStore};

/// Arguments of `penata import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A penata/v1 JSON organization, a list of employees as CSV or an Excel .xlsx
    /// workbook, or any mix of SIASN exports (ASN profile, unit hierarchy, peta jabatan,
    /// SKP) and office workbooks (standar kompetensi, assessment rekap), detected by content
    #[arg(required = true, num_args = 1.., value_name = "FILE")]
    pub file: Vec<PathBuf>,
    /// The worksheet of an .xlsx workbook to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Validate and report without writing anything
    #[arg(long)]
    pub dry_run: bool,
    /// Allow a penata/v1 file to replace an organization that is not the demo
    #[arg(long)]
    pub replace: bool,
    /// Remove the people missing from the new SIASN export instead of keeping them
    #[arg(long)]
    pub drop_missing: bool,
    /// Also write what a SIASN import finds (files, summary, findings, leavers) as an Excel
    /// workbook, created owner-only
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

/// Reads one input file within bounds: a path that is not a regular file (a FIFO, a
/// device such as `/dev/zero`, a directory) is refused from its metadata, before it is
/// opened (opening a FIFO without a writer would wait for ever); a file bigger than the
/// `max_input_mb` setting is refused before it is read, and one that grows while it is read
/// is cut at the cap and refused.
pub(super) fn read_bounded(path: &Path, lang: Lang) -> Result<Vec<u8>, Failure> {
    use std::io::Read as _;
    let what = path.display().to_string();
    let cannot = |e: std::io::Error| {
        Failure::said(tr!(
            lang,
            "cli-cannot-read",
            what = what.as_str(),
            reason = crate::lang::io_error(&e)
        ))
    };
    let max_mb = super::Settings::current().max_input_mb;
    let max = max_mb.saturating_mul(1024 * 1024);
    let too_big = |len: u64| {
        Failure::said(tr!(
            lang,
            "import-file-too-big",
            what = what.as_str(),
            mb = len / (1024 * 1024),
            max = max_mb
        ))
    };
    // The link itself first (a dangling link says so), then what it points to.
    std::fs::symlink_metadata(path).map_err(cannot)?;
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(not_a_file(&what, &meta, lang));
    }
    if meta.len() > max {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    // The path may have been swapped between the check and the open.
    let opened = file.metadata().map_err(cannot)?;
    if !opened.is_file() {
        return Err(not_a_file(&what, &opened, lang));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The refusal of an input that is not a regular file.
fn not_a_file(what: &str, meta: &std::fs::Metadata, lang: Lang) -> Failure {
    if meta.is_dir() {
        // Said as the OS error it is, in the planner's language.
        let e = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        let reason = crate::lang::io_error(&e);
        Failure::said(tr!(lang, "cli-cannot-read", what = what, reason = reason))
    } else {
        Failure::said(tr!(lang, "import-not-a-file", what = what))
    }
}

/// Whether a file is a penata/v1 JSON organization (its first character that is not blank
/// is `{`).
fn is_json(bytes: &[u8]) -> bool {
    first_char(bytes) == Some(b'{')
}

/// The first byte of a file that is not blank (after a UTF-8 byte order mark).
fn first_char(bytes: &[u8]) -> Option<u8> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter().copied().find(|b| !b.is_ascii_whitespace())
}

/// Reads every file, then imports them: one penata/v1 file or one employee sheet as before,
/// any other set as SIASN exports and workbooks.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let fresh = !dir.exists();
    let result = import_files(dir, args, lang);
    if result.is_err() && fresh && dir.exists() {
        // A first import that failed (a refused file, a full disk) leaves no half database
        // behind for the next start to fill with the demo: the directory was made by this
        // import, so all of it goes.
        let _ = std::fs::remove_dir_all(dir);
    }
    result
}

/// [`run`], which removes the database a failed first import created.
fn import_files(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let mut inputs = Vec::with_capacity(args.file.len());
    for path in &args.file {
        inputs.push((path.display().to_string(), read_bounded(path, lang)?));
    }
    if let Some((name, _)) = inputs.iter().find(|(_, b)| first_char(b) == Some(b'[')) {
        return Err(Failure::said(tr!(lang, "import-json-array", name = name.as_str())).into());
    }
    if let [(_, bytes)] = &inputs[..] {
        if is_json(bytes) || crate::store::import::is_employee_sheet(bytes) {
            return run_single(dir, &args, bytes, lang);
        }
    } else if let Some((name, _)) = inputs.iter().find(|(_, b)| is_json(b)) {
        return Err(Failure::said(tr!(lang, "import-json-alone", name = name.as_str())).into());
    }
    if args.sheet.is_some() {
        if inputs.len() > 1 {
            return Err(Failure::said(tr!(lang, "import-sheet-one-file")).into());
        }
        return run_single(dir, &args, &inputs[0].1, lang);
    }
    let parsed = crate::store::siasn::read_files(&inputs);
    if parsed.files.is_empty() && inputs.len() == 1 {
        // Not a SIASN export: an employee sheet as penata reads it.
        return run_single(dir, &args, &inputs[0].1, lang);
    }
    super::import_siasn::run(dir, &args, parsed, lang)
}

/// Validates one penata/v1 file or employee sheet, then applies it in one durable change
/// (or nothing).
fn run_single(dir: &Path, args: &Args, bytes: &[u8], lang: Lang) -> Result<ExitCode> {
    let name = args.file[0].display().to_string();
    let store = import_store(dir, args.dry_run)?;
    let info = store.info().map_err(Failure::from)?;
    let current = if info.employees > 0 || info.units > 0 {
        store.load().map_err(Failure::from)?
    } else {
        Organization::default()
    };
    let data = read_import_sheet(&name, bytes, args.sheet.as_deref(), &current)
        .map_err(|errors| Failure::Input(errors.say(lang)))?;
    match data {
        ImportData::Organization(org) => {
            let holds_real_data = (info.units > 0 || info.employees > 0) && !info.demo;
            if holds_real_data && !args.replace && !args.dry_run {
                return Err(Failure::said(tr!(
                    lang,
                    "cli-import-would-replace",
                    dir = dir.display().to_string(),
                    org = info.organization.as_str(),
                    employees = info.employees,
                ))
                .into());
            }
            let summary = super::org_summary(&org, lang);
            if args.dry_run {
                let valid = tr!(
                    lang,
                    "cli-import-valid",
                    name = name.as_str(),
                    summary = summary
                );
                outln!("{valid}");
                return Ok(ExitCode::SUCCESS);
            }
            let replaced = if info.demo {
                lang.text("cli-replacing-demo")
            } else {
                "".into()
            };
            let org_name = org.name().to_string();
            store
                .apply(&Change::ReplaceOrganization { org, demo: false })
                .map_err(Failure::from)?;
            let done = tr!(
                lang,
                "cli-imported-org",
                org = org_name,
                name = name.as_str(),
                summary = summary,
                replaced = replaced
            );
            outln!("{done}");
        }
        ImportData::Employees(employees) => {
            let added = employees
                .iter()
                .filter(|e| current.employee_ix(&e.nip).is_none())
                .count();
            let updated = employees.len() - added;
            if args.dry_run {
                let valid = tr!(
                    lang,
                    "cli-import-employees-valid",
                    name = name.as_str(),
                    added = added,
                    updated = updated
                );
                outln!("{valid}");
                return Ok(ExitCode::SUCCESS);
            }
            store
                .apply(&Change::UpsertEmployees(employees))
                .map_err(Failure::from)?;
            let done = tr!(
                lang,
                "cli-imported-employees",
                name = name.as_str(),
                added = added,
                updated = updated
            );
            outln!("{done}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The store an import works on: the database (created if missing) for a real import; for
/// a dry run the existing one opened for reading, or an empty one in a temporary directory
/// (a dry run never creates a database).
pub(crate) fn import_store(dir: &Path, dry_run: bool) -> Result<SledStore, Failure> {
    if !dry_run {
        return Ok(SledStore::open(dir)?);
    }
    match super::open_reading(dir) {
        // No database, or one without an organization yet (a failed first import leaves
        // one): check against an empty store.
        Err(Failure::Store(crate::store::StoreError::NoDatabase { .. })) => {
            Ok(SledStore::scratch()?)
        }
        other => other,
    }
}
