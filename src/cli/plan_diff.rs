//! `penata plan diff NAME [--json]`: what a plan changes against the baseline: each move with
//! the fit before and after, the units whose subtree changes, and the overall fit change.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use unicode_width::UnicodeWidthStr;

use super::output::Privacy;
use super::plan_export::without_remarks;
use super::{Failure, Settings};
use crate::domain::compare::{Comparison, FitAverage, MoveLine, Seat, compare};
use crate::domain::plan_ops::plan_view;
use crate::domain::validate::MAX_UNIT_DEPTH;
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::OrgStore;

/// Arguments of `penata plan diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan's name
    pub name: String,
    /// Print the comparison as JSON
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub privacy: Privacy,
}

/// Prints the comparison; exit 1 when there is no such plan.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let mut c = comparison(dir, &args.name, lang)?;
    if args.privacy.no_notes {
        without_remarks(&mut c);
    }
    let mut buf = Vec::new();
    if args.json {
        buf = super::json_bytes(&serde_json::to_value(&c)?)?;
    } else {
        write_diff(&c, lang, &mut buf)?;
    }
    let mut out = crate::cli::terminal::stdout();
    out.write_all(&args.privacy.apply(buf))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Loads the baseline and the plan and compares them (shared with `penata plan export`).
pub(crate) fn comparison(dir: &Path, name: &str, lang: Lang) -> Result<Comparison, Failure> {
    Ok(comparison_and_head(dir, name, lang)?.0)
}

/// The comparison and the audit chain's head when it was made (number and hash), for the
/// minutes.
pub(crate) fn comparison_and_head(
    dir: &Path,
    name: &str,
    lang: Lang,
) -> Result<(Comparison, Option<(u64, String)>), Failure> {
    let store = super::open_reading(dir)?;
    let head = store.audit_head()?;
    let plan = store
        .plan(name)?
        .ok_or_else(|| Failure::said(tr!(lang, "cli-no-plan-short", name = name)))?;
    let baseline = store.load()?;
    let view = plan_view(&baseline, &plan);
    let s = Settings::current();
    let c = compare(&baseline, &view, &plan, &s.standards, &s.profile, lang);
    Ok((c, head))
}

fn pct(p: Option<f64>, lang: Lang) -> String {
    p.map(|p| format!("{}%", lang.decimal(p, 1)))
        .unwrap_or_else(|| "-".into())
}

fn avg(a: FitAverage, lang: Lang) -> String {
    pct(a.mean(), lang)
}

fn fit(c: &Comparison, p: Option<f64>, lang: Lang) -> String {
    match p {
        Some(v) => format!(
            "{} {}",
            pct(p, lang),
            c.profile.short(c.profile.categorize(v))
        ),
        None => "-".into(),
    }
}

fn seat(s: Option<&Seat>, lang: Lang) -> String {
    match s {
        None => lang.text("cli-unplaced").into_owned(),
        Some(s) if !s.found => {
            tr!(lang, "cli-position-gone", id = s.position_id.as_str()).into_owned()
        }
        Some(s) => format!("{} ({})", visible(&s.title), visible(&s.unit_path)),
    }
}

/// Change of an average in points, signed (`+12.5`), when both sides have one.
fn delta(before: FitAverage, after: FitAverage, lang: Lang) -> String {
    match (before.mean(), after.mean()) {
        (Some(b), Some(a)) => {
            let d = a - b;
            // Rounded first, so a change that rounds to zero is said `+0.0`.
            let sign = if (d * 10.0).round() < 0.0 { '-' } else { '+' };
            format!(" ({sign}{})", lang.decimal(d.abs(), 1))
        }
        _ => String::new(),
    }
}

fn write_move(
    c: &Comparison,
    m: &MoveLine,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // A line break in a name, a reason or a remark is shown escaped: it cannot forge a line.
    let name = m.name.as_deref().map_or_else(
        || lang.text("cli-not-in-org").into_owned(),
        |n| visible(n).into_owned(),
    );
    writeln!(out, "  {:>3}. {name}  {}", m.no, m.nip.grouped())?;
    writeln!(
        out,
        "       {} -> {}",
        seat(m.from.as_ref(), lang),
        seat(m.to.as_ref(), lang)
    )?;
    let (before, after) = (fit(c, m.fit_before, lang), fit(c, m.fit_after, lang));
    let (by, at) = (visible(&m.author), crate::store::minutes::waktu_iso(m.at));
    let line = match m.reason.as_deref().map(visible) {
        None => tr!(
            lang,
            "cli-diff-fit-by",
            before = before,
            after = after,
            by = by,
            at = at
        ),
        Some(r) => tr!(
            lang,
            "cli-diff-fit-by-reason",
            before = before,
            after = after,
            by = by,
            at = at,
            reason = r
        ),
    };
    writeln!(out, "       {line}")?;
    let remark = m
        .review
        .as_ref()
        .and_then(|r| r.remark.as_deref())
        .map(|r| format!(" ({})", visible(r)))
        .unwrap_or_default();
    let decision = m
        .decision()
        .map_or_else(|| lang.text("cli-undecided"), |d| d.code().into());
    let line = tr!(
        lang,
        "cli-diff-decision",
        decision = decision,
        remark = remark
    );
    writeln!(out, "       {line}")?;
    if let Some(conflict) = &m.conflict {
        let line = tr!(lang, "cli-diff-conflict", conflict = conflict.to_string());
        writeln!(out, "       {line}")?;
    }
    Ok(())
}

/// Writes the text report.
pub(crate) fn write_diff(c: &Comparison, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let t = &c.tally;
    let head = tr!(
        lang,
        "cli-diff-head",
        plan = c.plan.as_str(),
        org = c.organization.as_str()
    );
    writeln!(out, "{head}")?;
    let tally = tr!(
        lang,
        "cli-diff-tally",
        moves = c.moves.len(),
        setuju = t.setuju,
        tunda = t.tunda,
        tolak = t.tolak,
        undecided = t.undecided
    );
    writeln!(out, "  {tally}")?;
    writeln!(out)?;
    writeln!(out, "{}", lang.text("cli-diff-moves"))?;
    if c.moves.is_empty() {
        writeln!(
            out,
            "  {}",
            tr!(lang, "cli-diff-no-moves", plan = c.plan.as_str())
        )?;
    }
    for m in &c.moves {
        write_move(c, m, lang, out)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", lang.text("cli-diff-units"))?;
    if c.units.is_empty() {
        writeln!(out, "  {}", lang.text("cli-diff-no-unit-changes"))?;
    } else {
        let mut rows = vec![
            [
                "Unit",
                "cli-diff-col-headcount",
                "cli-diff-col-fit",
                "cli-diff-col-in",
                "cli-diff-col-out",
                "cli-diff-col-filled",
                "cli-diff-col-opened",
            ]
            .iter()
            .enumerate()
            .map(|(i, id)| {
                if i == 0 {
                    (*id).to_owned()
                } else {
                    lang.text(id).into_owned()
                }
            })
            .collect::<Vec<_>>(),
        ];
        for u in &c.units {
            rows.push(vec![
                format!("{}{}", "  ".repeat(u.depth.min(MAX_UNIT_DEPTH)), u.name),
                format!(
                    "{}/{} -> {}/{}",
                    u.headcount_before.filled,
                    u.headcount_before.formation,
                    u.headcount_after.filled,
                    u.headcount_after.formation
                ),
                format!("{} -> {}", avg(u.fit_before, lang), avg(u.fit_after, lang)),
                u.moved_in.to_string(),
                u.moved_out.to_string(),
                u.vacancies_filled.to_string(),
                u.vacancies_opened.to_string(),
            ]);
        }
        write_table(&rows, out)?;
    }
    writeln!(out)?;
    let o = &c.overall;
    writeln!(out, "{}", lang.text("cli-diff-overall"))?;
    let fit_line = tr!(
        lang,
        "cli-diff-overall-fit",
        before = avg(o.fit_before, lang),
        after = avg(o.fit_after, lang),
        delta = delta(o.fit_before, o.fit_after, lang),
        seatedbefore = o.headcount_before.filled,
        seatedafter = o.headcount_after.filled,
        formation = o.headcount_after.formation
    );
    writeln!(out, "  {fit_line}")?;
    let moved = tr!(
        lang,
        "cli-diff-people-moved",
        people = o.people_moved,
        before = avg(o.moved_fit_before, lang),
        after = avg(o.moved_fit_after, lang),
        delta = delta(o.moved_fit_before, o.moved_fit_after, lang),
        up = o.improved,
        down = o.worsened
    );
    writeln!(out, "  {moved}")?;
    let vacancies = tr!(
        lang,
        "cli-diff-vacancies",
        filled = o.vacancies_filled,
        opened = o.vacancies_opened
    );
    writeln!(out, "  {vacancies}")?;
    Ok(())
}

/// Writes rows as columns: the first left-aligned, the others right-aligned.
fn write_table(rows: &[Vec<String>], out: &mut dyn Write) -> std::io::Result<()> {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    for r in rows {
        let mut line = String::from(" ");
        for (i, cell) in r.iter().enumerate() {
            let fill = " ".repeat(widths[i].saturating_sub(cell.width()));
            line.push(' ');
            if i == 0 {
                line.push_str(cell);
                line.push_str(&fill);
            } else {
                line.push(' ');
                line.push_str(&fill);
                line.push_str(cell);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
