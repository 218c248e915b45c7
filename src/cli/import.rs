//! `penata import FILE [--sheet NAME] [--dry-run] [--replace]`: all or nothing, every error
//! reported.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
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
        .map_err(|e| Failure::Input(format!("cannot read {}: {e}", args.file.display())))?;
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
                return Err(Failure::Input(format!(
                    "the database in {} already holds \"{}\" ({} employees). A penata/v1 file replaces \
                     the whole organization: add --replace to confirm, or use another database with --db DIR.",
                    dir.display(),
                    info.organization,
                    info.employees
                ))
                .into());
            }
            let summary = format!(
                "{} units, {} positions, {} employees",
                org.units().len(),
                org.positions().len(),
                org.employees().len()
            );
            if args.dry_run {
                println!("{name} is valid: {summary} (dry run: nothing written)");
                return Ok(ExitCode::SUCCESS);
            }
            let replaced = if info.demo {
                " (replacing the demo organization)"
            } else {
                ""
            };
            let org_name = org.name().to_string();
            store
                .apply(&Change::ReplaceOrganization { org, demo: false })
                .map_err(Failure::from)?;
            println!("imported \"{org_name}\" from {name}: {summary}{replaced}");
        }
        ImportData::Employees(employees) => {
            let added = employees
                .iter()
                .filter(|e| current.employee_ix(&e.nip).is_none())
                .count();
            let updated = employees.len() - added;
            if args.dry_run {
                println!(
                    "{name} is valid: {added} employees to add, {updated} to update (dry run: nothing written)"
                );
                return Ok(ExitCode::SUCCESS);
            }
            store
                .apply(&Change::UpsertEmployees(employees))
                .map_err(Failure::from)?;
            println!("imported {name}: {added} employees added, {updated} updated");
        }
    }
    Ok(ExitCode::SUCCESS)
}
