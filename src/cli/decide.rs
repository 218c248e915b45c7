//! `penata decide --plan NAME MOVE_NO setuju|tunda|tolak [--remark TEXT]`: records the review
//! meeting's decision on one move.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::plan::{open_store, os_user, require_plan};
use crate::domain::plan::{Decision, Review};
use crate::domain::text::refused;
use crate::lang::{Lang, msg, tr};
use crate::store::{OrgStore, PlanChange};

/// Arguments of `penata decide`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan
    #[arg(long, value_name = "NAME")]
    pub plan: String,
    /// The move's number as `penata plan show` lists it (from 1)
    pub move_no: usize,
    /// setuju (approved), tunda (postponed) or tolak (rejected)
    pub decision: String,
    /// An optional remark recorded with the decision
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,
}

/// Records the decision.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let decision = Decision::parse(&args.decision).ok_or_else(|| {
        Failure::said(tr!(
            lang,
            "cli-bad-decision",
            given = args.decision.as_str()
        ))
    })?;
    if args.move_no == 0 {
        return Err(Failure::said(lang.text("cli-moves-from-one")).into());
    }
    let store = open_store(dir, lang)?;
    require_plan(&store, &args.plan, lang)?;
    let remark = args
        .remark
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    if let Some(remark) = &remark {
        let max = crate::domain::limits::MAX_LINE_CHARS;
        crate::domain::limits::check_len("--remark", remark, max)
            .map_err(|m| Failure::Input(lang.say(&m)))?;
    }
    let field = msg!("domain-field-remark");
    if let Some(why) = remark.as_deref().and_then(|r| refused(field, r, false)) {
        return Err(Failure::said(lang.say(&why).into()).into());
    }
    let m = store
        .change_plan(&PlanChange::Decide {
            plan: args.plan.clone(),
            index: args.move_no - 1,
            review: Some(Review {
                decision,
                remark,
                by: os_user(),
                at: crate::env::now(),
            }),
        })
        .map_err(Failure::from)?;
    let who = m.map(|m| m.nip.grouped()).unwrap_or_default();
    let done = tr!(
        lang,
        "cli-decided",
        no = args.move_no,
        who = who,
        plan = args.plan.as_str(),
        code = decision.code()
    );
    outln!("{done}");
    Ok(ExitCode::SUCCESS)
}
