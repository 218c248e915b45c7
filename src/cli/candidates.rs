//! `penata candidates POSITION_ID [--limit N] [--format text|json|xlsx] [-o FILE]`: who should
//! sit here, ranked by Job Person Match for the seat, then performance, then potential.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::output::{OutputArgs, Rendered, ReportFormat as Format};
use super::talent::{label_or, round1, unit_arg};
use super::{Failure, Settings, load};
use crate::domain::candidates::{
    Candidate, CandidateDetail, CandidateFilter, candidate_detail, rank_candidates,
};
use crate::domain::{Organization, PositionIx, Rank};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::xlsx_export::{Sheet, Value};

/// Arguments of `penata candidates`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The seat's position id (see penata show NIP or penata export)
    pub position: String,
    /// Show at most N candidates
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Only people not yet placed (belum ditempatkan)
    #[arg(long)]
    pub unplaced: bool,
    /// Only people whose seat is over its formation
    #[arg(long)]
    pub over_formation: bool,
    /// Only people seated in this unit's subtree
    #[arg(long, value_name = "UNIT_ID")]
    pub subtree: Option<String>,
    /// Only people of this golongan or higher (III/c; a PPPK golongan like IX for PPPK)
    #[arg(long, value_name = "GOL")]
    pub min_rank: Option<String>,
    /// Also people in structural seats above this one (left out by default: moving down a
    /// level is a disciplinary sanction, not a placement)
    #[arg(long)]
    pub any_level: bool,
    /// Output format; xlsx: the ranking and the seat [default: xlsx when -o names an .xlsx
    /// file, else text]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Print a JSON array, best first: nip, name, jpm, category, gaps, ... (the same as
    /// --format json)
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// Prints the ranking; exit 1 for an unknown seat, unit or rank.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let min_rank = args
        .min_rank
        .as_deref()
        .map(Rank::parse)
        .transpose()
        .map_err(|e| Failure::Input(format!("--min-rank: {}", lang.say(&e.msg()))))?;
    let org = load(dir, lang)?;
    let position = args.position.as_str();
    let p = org
        .position_ix(position)
        .ok_or_else(|| Failure::said(tr!(lang, "cli-no-position", id = position)))?;
    let filter = CandidateFilter {
        unplaced: args.unplaced,
        over_formation: args.over_formation,
        subtree: unit_arg(&org, args.subtree.as_deref(), lang)?,
        min_rank,
        any_level: args.any_level,
    };
    let s = Settings::current();
    let ranked = rank_candidates(&org, p, &s.standards, &filter, args.limit)
        .ok_or_else(|| Failure::said(tr!(lang, "cli-no-standard", id = position)))?;
    let rendered = match args.out.report_format(args.format, args.json) {
        Format::Json => {
            let rows = ranked.iter().map(|c| row_json(&org, p, c, &s)).collect();
            Rendered::Text(super::json_bytes(&serde_json::Value::Array(rows))?)
        }
        Format::Text => {
            let mut buf = Vec::new();
            write_text(&org, p, &ranked, &s, lang, &mut buf)?;
            Rendered::Text(buf)
        }
        Format::Xlsx => Rendered::Workbook(sheets(&org, p, &ranked, &s, lang)),
    };
    if let Some(path) = args.out.emit(rendered, lang)? {
        let done = tr!(
            lang,
            "cli-exported-candidates",
            count = ranked.len(),
            position = position,
            path = path.display().to_string()
        );
        errln!("{done}");
    }
    Ok(ExitCode::SUCCESS)
}

fn short_gaps(d: &CandidateDetail) -> Vec<String> {
    d.there
        .as_ref()
        .map(|f| {
            f.gaps
                .iter()
                .filter(|g| g.shortfall() > 0)
                .map(|g| format!("{} -{}", g.code, g.shortfall()))
                .collect()
        })
        .unwrap_or_default()
}

fn write_text(
    org: &Organization,
    p: PositionIx,
    ranked: &[Candidate],
    s: &Settings,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let pos = org.position(p);
    let h = org.position_headcount(p);
    let head = tr!(
        lang,
        "cli-candidates-head",
        title = pos.title.as_str(),
        id = pos.id.as_str(),
        filled = h.filled,
        formation = h.formation
    );
    writeln!(out, "{head}")?;
    if ranked.is_empty() {
        writeln!(out, "  {}", lang.text("cli-no-candidates"))?;
    }
    for (i, c) in ranked.iter().enumerate() {
        let e = org.employee(c.employee);
        let d = candidate_detail(org, p, c.employee, &s.standards);
        let fit_now = d
            .now
            .as_ref()
            .map(|f| format!("{}%", lang.decimal(f.percent, 1)))
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{:>3}. {:>6}% {:<3} {}  {}",
            i + 1,
            lang.decimal(c.percent, 1),
            s.profile.short(s.profile.categorize(c.percent)),
            visible(&e.name),
            e.nip.grouped()
        )?;
        let seat = match d.seat {
            Some(q) => {
                let vacancy = if d.opens_vacancy {
                    lang.text("cli-opens-vacancy")
                } else {
                    "".into()
                };
                format!(
                    "{} ({}){vacancy}",
                    visible(&org.position(q).title),
                    visible(&org.position(q).id)
                )
            }
            None => lang.text("cli-unplaced").into_owned(),
        };
        let now = lang.text("cli-now");
        writeln!(out, "       {}  {now} {}: {}", e.rank, fit_now, seat)?;
        let gaps = short_gaps(&d);
        writeln!(
            out,
            "       {} {}, {} {}, {} {}; gap {}",
            lang.text("cli-performance"),
            label_or(e.performance, |x| x.label(), lang),
            lang.text("cli-potential"),
            label_or(e.potential, |x| x.label(), lang),
            lang.text("cli-readiness"),
            label_or(e.readiness, |x| x.label(), lang),
            if gaps.is_empty() {
                "-".into()
            } else {
                gaps.join(", ")
            }
        )?;
    }
    Ok(())
}

fn row_json(org: &Organization, p: PositionIx, c: &Candidate, s: &Settings) -> serde_json::Value {
    let e = org.employee(c.employee);
    let d = candidate_detail(org, p, c.employee, &s.standards);
    let gaps = d.there.as_ref().map(|f| {
        f.gaps
            .iter()
            .filter(|g| g.shortfall() > 0)
            .map(|g| json!({"code": g.code, "required": g.required, "level": g.level, "shortfall": g.shortfall()}))
            .collect::<Vec<_>>()
    });
    let now = d.seat;
    json!({
        "nip": e.nip.as_str(),
        "name": e.name,
        "rank": e.rank.to_string(),
        "jpm": round1(c.percent),
        "category": s.profile.label(s.profile.categorize(c.percent)),
        "have": c.have,
        "required": c.required,
        "gaps": gaps.unwrap_or_default(),
        "jpm_now": d.now.as_ref().map(|f| round1(f.percent)),
        "category_now": d.now.as_ref().map(|f| s.profile.label(s.profile.categorize(f.percent))),
        "performance": e.performance.map(|x| x.code()),
        "potential": e.potential.map(|x| x.code()),
        "readiness": e.readiness.map(|x| x.code()),
        "position": now.map(|q| org.position(q).id.clone()),
        "position_title": now.map(|q| org.position(q).title.clone()),
        "unit": now.and_then(|q| org.unit_of(q)).map(|u| org.unit(u).id.clone()),
        "opens_vacancy": d.opens_vacancy,
    })
}

/// The ranking (one row per candidate) and the seat it is for.
fn sheets(
    org: &Organization,
    p: PositionIx,
    ranked: &[Candidate],
    s: &Settings,
    lang: Lang,
) -> Vec<Sheet> {
    let mut list = Sheet::new(
        "Kandidat",
        &[
            "Peringkat",
            "NIP",
            "Nama",
            "Golongan",
            "JPM",
            "Kategori",
            "Gap",
            "JPM sekarang", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Jabatan sekarang", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Unit kerja sekarang", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Membuka lowongan", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Kinerja",
            "Potensial",
            "Kesiapan",
        ],
    );
    for (i, c) in ranked.iter().enumerate() {
        let e = org.employee(c.employee);
        let d = candidate_detail(org, p, c.employee, &s.standards);
        let seat = d.seat.map(|q| org.position(q));
        let unit = d
            .seat
            .and_then(|q| org.unit_of(q))
            .map(|u| org.unit_path_names(u, " > "));
        list.push(vec![
            (i + 1).into(),
            e.nip.as_str().into(),
            e.name.as_str().into(),
            e.rank.to_string().into(),
            Value::Percent(c.percent),
            s.profile.label(s.profile.categorize(c.percent)).into(),
            short_gaps(&d).join(", ").into(),
            Value::percent_or_empty(d.now.as_ref().map(|f| f.percent)),
            seat.map_or_else(|| "Belum ditempatkan".into(), |q| q.title.as_str().into()), // i18n-exempt: a workbook's words are a file format, the same in every language
            Value::text_or_empty(unit),
            if d.opens_vacancy { "ya" } else { "tidak" }.into(),
            label_or(e.performance, |x| x.label(), lang).as_ref().into(),
            label_or(e.potential, |x| x.label(), lang).as_ref().into(),
            label_or(e.readiness, |x| x.label(), lang).as_ref().into(),
        ]);
    }
    let pos = org.position(p);
    let h = org.position_headcount(p);
    let mut seat = Sheet::new(
        "Jabatan",
        &["Jabatan", "Nama jabatan", "Unit kerja", "Terisi", "Formasi"], // i18n-exempt: a workbook's words are a file format, the same in every language
    );
    seat.push(vec![
        pos.id.as_str().into(),
        pos.title.as_str().into(),
        Value::text_or_empty(org.unit_of(p).map(|u| org.unit_path_names(u, " > "))),
        h.filled.into(),
        h.formation.into(),
    ]);
    vec![list, seat]
}
