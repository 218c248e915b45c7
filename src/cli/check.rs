//! `penata check`: verifies the database's invariants (every reference resolves, nobody in
//! two seats, holder lists consistent, units a forest, every plan readable, the audit chain
//! intact, and the data agreeing with the log replayed: `store::replay`); exit 1 with the
//! findings if any fails.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use crate::domain::plan_ops::check;
use crate::lang::{Lang, tr};
use crate::store::replay::replay;
use crate::store::{AuditVerdict, OrgStore};

/// Arguments of `penata check`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs every check and prints the findings.
pub fn run(dir: &Path, _args: Args, lang: Lang) -> Result<ExitCode> {
    let store = super::open_reading(dir)?;
    let org = store.load().map_err(Failure::from)?;
    let mut findings: Vec<String> = check(&org).iter().map(|f| lang.say(&f.msg())).collect();
    let plans = store.plans().map_err(Failure::from)?;
    let mut read = Vec::with_capacity(plans.len());
    for p in &plans {
        match store.plan(&p.name) {
            Ok(Some(plan)) => read.push(plan),
            Ok(None) => {
                findings.push(tr!(lang, "cli-plan-unreadable", plan = p.name.as_str()).into_owned())
            }
            Err(e) => findings.push(
                tr!(
                    lang,
                    "cli-plan-error",
                    plan = p.name.as_str(),
                    reason = lang.say(&e.msg())
                )
                .into_owned(),
            ),
        }
    }
    let audit = match store.verify_audit().map_err(Failure::from)? {
        AuditVerdict::Intact { entries } => {
            // The data against the log: each difference is a finding.
            let log = store.audit_log(None).map_err(Failure::from)?;
            let info = store.info().map_err(Failure::from)?;
            for m in replay(&log, &read, &org, &info) {
                findings.push(tr!(lang, "cli-audit-replay", finding = m).into_owned());
            }
            entries
        }
        AuditVerdict::Broken { seq, reason } => {
            let text = tr!(
                lang,
                "cli-audit-broken",
                seq = seq.to_string(),
                reason = lang.say(&reason)
            );
            findings.push(text.into_owned());
            0
        }
    };
    if findings.is_empty() {
        let summary = super::org_summary(&org, lang);
        let ok = tr!(
            lang,
            "cli-check-ok",
            summary = summary,
            plans = plans.len(),
            audit = audit
        );
        outln!("{ok}");
        return Ok(ExitCode::SUCCESS);
    }
    for f in &findings {
        errln!("penata check: {f}"); // i18n-exempt: the program and command name before a finding
    }
    errln!(
        "penata: {}",
        tr!(lang, "cli-problems-found", count = findings.len())
    );
    Ok(ExitCode::from(1))
}
