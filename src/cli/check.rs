//! `penata check`: verifies the database's invariants (every reference resolves, nobody in
//! two seats, holder lists consistent, units a forest, every plan readable, the audit chain
//! intact); exit 1 with the findings if any fails.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::plan::open_store;
use super::text;
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
            Ok(None) => findings.push(text::plan_unreadable(&p.name)),
            Err(e) => findings.push(text::plan_error(&p.name, e)),
        }
    }
    let audit = match store.verify_audit().map_err(Failure::from)? {
        AuditVerdict::Intact { entries } => entries,
        AuditVerdict::Broken { seq, reason } => {
            findings.push(text::audit_broken(seq, crate::lang::lang().say(&reason)));
            0
        }
    };
    if findings.is_empty() {
        let summary = text::org_summary(
            org.units().len(),
            org.positions().len(),
            org.employees().len(),
        );
        println!("{}", text::check_ok(&summary, plans.len(), audit));
        return Ok(ExitCode::SUCCESS);
    }
    for f in &findings {
        eprintln!("penata check: {f}");
    }
    eprintln!("penata: {}", text::problems_found(findings.len()));
    Ok(ExitCode::from(1))
}
