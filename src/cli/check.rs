//! `penata check`: verifies the database's invariants (every reference resolves, nobody in
//! two seats, holder lists consistent, units a forest, every plan readable, the audit chain
//! intact); exit 1 with the findings if any fails.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::plan::open_store;
use crate::domain::plan_ops::check;
use crate::store::{AuditVerdict, OrgStore};

/// Arguments of `penata check`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs every check and prints the findings.
pub fn run(dir: &Path, _args: Args) -> Result<ExitCode> {
    let store = open_store(dir)?;
    let org = store.load().map_err(Failure::from)?;
    let mut findings: Vec<String> = check(&org).iter().map(ToString::to_string).collect();
    let plans = store.plans().map_err(Failure::from)?;
    for p in &plans {
        match store.plan(&p.name) {
            Ok(Some(_)) => {}
            Ok(None) => findings.push(format!("plan \"{}\" is listed but cannot be read", p.name)),
            Err(e) => findings.push(format!("plan \"{}\": {e}", p.name)),
        }
    }
    let audit = match store.verify_audit().map_err(Failure::from)? {
        AuditVerdict::Intact { entries } => entries,
        AuditVerdict::Broken { seq, reason } => {
            findings.push(format!("the audit log is broken at entry {seq}: {reason}"));
            0
        }
    };
    if findings.is_empty() {
        println!(
            "ok: {} units, {} positions, {} employees, {} plans, audit log of {audit} entries intact",
            org.units().len(),
            org.positions().len(),
            org.employees().len(),
            plans.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for f in &findings {
        eprintln!("penata check: {f}");
    }
    eprintln!("penata: {} problems found", findings.len());
    Ok(ExitCode::from(1))
}
