//! `penata import FILE [--sheet NAME] [--dry-run] [--replace]`: all or nothing, every error
//! reported.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::text;
use crate::domain::Organization;
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
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Failure::Input(text::cannot_read(args.file.display(), e)))?;
    let name = args.file.display().to_string();
    let store = SledStore::open(dir).map_err(Failure::from)?;
    let info = store.info().map_err(Failure::from)?;
    let current = if info.employees > 0 || info.units > 0 {
        store.load().map_err(Failure::from)?
    } else {
        Organization::default()
    };
    let data = read_import_sheet(&name, &bytes, args.sheet.as_deref(), &current)
        .map_err(|errors| Failure::Input(errors.to_string()))?;
    match data {
        ImportData::Organization(org) => {
            let holds_real_data = (info.units > 0 || info.employees > 0) && !info.demo;
            if holds_real_data && !args.replace && !args.dry_run {
                return Err(Failure::Input(text::import_would_replace(
                    dir.display(),
                    &info.organization,
                    info.employees,
                ))
                .into());
            }
            let summary = text::org_summary(
                org.units().len(),
                org.positions().len(),
                org.employees().len(),
            );
            if args.dry_run {
                println!("{}", text::import_valid(&name, &summary));
                return Ok(ExitCode::SUCCESS);
            }
            let replaced = if info.demo {
                text::REPLACING_DEMO()
            } else {
                ""
            };
            let org_name = org.name().to_string();
            store
                .apply(&Change::ReplaceOrganization { org, demo: false })
                .map_err(Failure::from)?;
            println!(
                "{}",
                text::imported_org(&org_name, &name, &summary, replaced)
            );
        }
        ImportData::Employees(employees) => {
            let added = employees
                .iter()
                .filter(|e| current.employee_ix(&e.nip).is_none())
                .count();
            let updated = employees.len() - added;
            if args.dry_run {
                println!("{}", text::import_employees_valid(&name, added, updated));
                return Ok(ExitCode::SUCCESS);
            }
            store
                .apply(&Change::UpsertEmployees(employees))
                .map_err(Failure::from)?;
            println!("{}", text::imported_employees(&name, added, updated));
        }
    }
    Ok(ExitCode::SUCCESS)
}
