//! `penata import FILE [--sheet NAME] [--dry-run] [--replace]`: all or nothing, every error
//! reported.

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
    /// A penata/v1 JSON organization, or a list of employees as CSV or an Excel .xlsx
    /// workbook (detected by content)
    pub file: PathBuf,
    /// The worksheet of an .xlsx workbook to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Validate and report without writing anything
    #[arg(long)]
    pub dry_run: bool,
    /// Allow a penata/v1 file to replace an organization that is not the demo
    #[arg(long)]
    pub replace: bool,
}

/// Validates the whole file, then applies it in one durable change (or nothing).
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.file).map_err(|e| {
        let what = args.file.display().to_string();
        Failure::said(tr!(
            lang,
            "cli-cannot-read",
            what = what,
            reason = e.to_string()
        ))
    })?;
    let name = args.file.display().to_string();
    let store = SledStore::open(dir).map_err(Failure::from)?;
    let info = store.info().map_err(Failure::from)?;
    let current = if info.employees > 0 || info.units > 0 {
        store.load().map_err(Failure::from)?
    } else {
        Organization::default()
    };
    let data = read_import_sheet(&name, &bytes, args.sheet.as_deref(), &current)
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
                println!("{valid}");
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
            println!("{done}");
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
                println!("{valid}");
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
            println!("{done}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
