//! `penata log [--plan NAME] [--verify [--anchor HASH]] [--json]`: the audit log of every
//! change, the check of its hash chain with its head, and whether the chain still holds an
//! entry printed on earlier minutes.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::{Failure, print_json};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::{AuditEntry, AuditVerdict, OrgStore};

/// Arguments of `penata log`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the entries about this plan (also from before it was renamed)
    #[arg(long, value_name = "NAME")]
    pub plan: Option<String>,
    /// Check the hash chain instead of printing: exit 1 naming the first bad entry; prints
    /// the chain's head (its last entry's number and hash)
    #[arg(long)]
    pub verify: bool,
    /// With --verify: exit 0 only if the chain still holds the entry of this hash (the head
    /// printed on earlier minutes; at least 16 hex digits)
    #[arg(long, value_name = "HASH", requires = "verify")]
    pub anchor: Option<String>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

/// Prints the log or its verification.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let store = super::open_reading(dir)?;
    if args.verify {
        let verdict = store.verify_audit().map_err(Failure::from)?;
        let head = store.audit_head().map_err(Failure::from)?;
        let anchored = match &args.anchor {
            Some(hash) if matches!(verdict, AuditVerdict::Intact { .. }) => {
                Some(anchor_entry(&store, hash, lang)?)
            }
            _ => None,
        };
        if args.json {
            print_json(&match &verdict {
                AuditVerdict::Intact { entries } => json!({
                    "intact": true,
                    "entries": entries,
                    "head": head.as_ref().map(|(_, h)| h),
                    "anchor": anchored.map(|a| a.map_or(json!(null), |seq| json!(seq))),
                }),
                AuditVerdict::Broken { seq, reason } => {
                    let reason = lang.say(reason);
                    json!({"intact": false, "entry": seq, "reason": reason})
                }
            })?;
        }
        return Ok(match verdict {
            AuditVerdict::Intact { entries } => {
                if !args.json {
                    outln!("{}", tr!(lang, "cli-audit-intact", entries = entries));
                    if let Some((seq, hash)) = &head {
                        outln!(
                            "{}",
                            tr!(lang, "cli-audit-head", seq = *seq, hash = hash.as_str())
                        );
                    }
                }
                match (anchored, &args.anchor) {
                    (Some(Some(seq)), Some(hash)) => {
                        if !args.json {
                            let text = tr!(
                                lang,
                                "cli-audit-anchor-held",
                                hash = hash.as_str(),
                                seq = seq
                            );
                            outln!("{text}");
                        }
                        ExitCode::SUCCESS
                    }
                    (Some(None), Some(hash)) => {
                        let text = tr!(lang, "cli-audit-anchor-missing", hash = hash.as_str());
                        errln!("penata: {text}");
                        ExitCode::from(1)
                    }
                    _ => ExitCode::SUCCESS,
                }
            }
            AuditVerdict::Broken { seq, reason } => {
                let text = tr!(
                    lang,
                    "cli-audit-broken",
                    seq = seq.to_string(),
                    reason = lang.say(&reason)
                );
                errln!("penata: {text}");
                ExitCode::from(1)
            }
        });
    }
    let entries = store
        .audit_log(args.plan.as_deref())
        .map_err(Failure::from)?;
    if args.json {
        print_json(&serde_json::Value::Array(
            entries.iter().map(entry_json).collect(),
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = crate::cli::terminal::stdout();
    for e in &entries {
        writeln!(out, "{}", entry_line(e))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The number of the entry whose hash is `hash` (or starts with it, given at least 16 hex
/// digits), if the chain holds it.
fn anchor_entry(
    store: &crate::store::sled_store::SledStore,
    hash: &str,
    lang: Lang,
) -> Result<Option<u64>, Failure> {
    let wanted = hash.trim().to_ascii_lowercase();
    if wanted.len() < 16 || wanted.len() > 64 || !wanted.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Failure::said(tr!(
            lang,
            "cli-audit-anchor-bad",
            hash = hash
        )));
    }
    let entries = store.audit_log(None)?;
    Ok(entries
        .iter()
        .find(|e| e.hash.starts_with(&wanted))
        .map(|e| e.seq))
}

fn entry_line(e: &AuditEntry) -> String {
    let t = e.at;
    let mut line = format!(
        "{:>5}  {} {:02}:{:02}:{:02}Z  {}",
        e.seq,
        t.date(),
        t.hour(),
        t.minute(),
        t.second(),
        visible(&e.user)
    );
    if let Some(ssh) = &e.ssh {
        line.push_str(&format!("@{}", visible(ssh)));
    }
    line.push_str(&format!("  {}", e.action));
    if let Some((_, name)) = &e.plan {
        line.push_str(&format!("  plan=\"{}\"", visible(name)));
    }
    for (k, v) in &e.detail {
        // One entry, one line: line breaks and quotes in a value are escaped.
        let v = v
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n");
        let v = visible(&v);
        if v.contains(' ') {
            line.push_str(&format!("  {k}=\"{v}\""));
        } else {
            line.push_str(&format!("  {k}={v}"));
        }
    }
    line
}

fn entry_json(e: &AuditEntry) -> serde_json::Value {
    let detail: serde_json::Map<String, serde_json::Value> = e
        .detail
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    json!({
        "seq": e.seq,
        "at": e.at.unix_timestamp(),
        "user": e.user,
        "ssh": e.ssh,
        "action": e.action,
        "plan": e.plan.as_ref().map(|(_, n)| n),
        "detail": detail,
        "hash": e.hash,
    })
}
