//! Meeting documents from a plan comparison: the minutes (berita acara) in Markdown, one CSV
//! row per move for spreadsheets, the comparison as JSON, and the attachment table of a
//! transfer decree (lampiran SK) with the approved moves only.
//!
//! Pure renderers: they return text or bytes and never read the clock; the caller passes the
//! date printed on the documents, so the same plan renders the same bytes. They are written
//! in the process language (`crate::lang`), Bahasa Indonesia or English; the words are in
//! `store::text`.

use std::fmt::Write as _;

use time::{Date, OffsetDateTime, UtcOffset};

use crate::domain::Rank;
use crate::domain::compare::{Comparison, FitAverage, MoveLine, Seat};
use crate::domain::plan::Decision;

use super::text;

/// The header row of the CSV export, in column order, in the current language
/// (`&CSV_COLUMNS` reads as the array; `text::CSV_COLUMNS_BOTH` has both).
pub const CSV_COLUMNS: text::CsvColumns = text::CsvColumns;

/// Written first so that spreadsheet programs read the CSV as UTF-8.
const BOM: &str = "\u{feff}";

/// The decision as the documents write it: its code, or "not decided yet".
pub fn decision_text(d: Option<Decision>) -> &'static str {
    d.map(Decision::code).unwrap_or_else(text::DOC_UNDECIDED)
}

/// `Senin, 23 November 2026` (`Monday, 23 November 2026`).
pub fn tanggal_hari(d: Date) -> String {
    format!("{}, {}", text::weekday(d.weekday()), tanggal(d))
}

/// `23 November 2026`.
pub fn tanggal(d: Date) -> String {
    format!("{} {} {}", d.day(), text::month(d.month()), d.year())
}

/// The Indonesian time zone name of an offset (WIB, WITA, WIT), else `UTC+hh:mm`.
fn zone(o: UtcOffset) -> String {
    match o.whole_seconds() {
        0 => "UTC".into(),
        25_200 => "WIB".into(),
        28_800 => "WITA".into(),
        32_400 => "WIT".into(),
        _ => {
            let (h, m, _) = o.as_hms();
            let sign = if o.is_negative() { '-' } else { '+' };
            format!("UTC{sign}{:02}:{:02}", h.abs(), m.abs())
        }
    }
}

/// `20 November 2026 pukul 09.15 WIB` (`20 November 2026 at 09:15 WIB`), in the offset the
/// time was recorded with.
fn waktu_panjang(t: OffsetDateTime) -> String {
    format!(
        "{} {} {} {}",
        tanggal(t.date()),
        text::DOC_AT(),
        text::clock(t.hour(), t.minute()),
        zone(t.offset())
    )
}

/// `2026-11-20 09:15 +07:00`: sortable in a spreadsheet, offset kept.
pub fn waktu_iso(t: OffsetDateTime) -> String {
    let (h, m, _) = t.offset().as_hms();
    let sign = if t.offset().is_negative() { '-' } else { '+' };
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} {sign}{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        h.abs(),
        m.abs()
    )
}

/// A percentage for printed documents: one decimal (`87,5%`, `87.5%`).
fn persen(p: f64) -> String {
    text::percent(p)
}

fn persen_or_dash(p: Option<f64>) -> String {
    p.map(persen).unwrap_or_else(|| "-".into())
}

fn average(a: FitAverage) -> String {
    persen_or_dash(a.mean())
}

/// `Penata Muda Tingkat I, III/b`; PPPK ranks have no pangkat (`Golongan IX`).
pub fn pangkat_golongan(rank: Rank) -> String {
    match rank.pangkat() {
        Some(p) => format!("{p}, {rank}"),
        None => format!("Golongan {rank}"),
    }
}

/// Escapes text for Markdown (inline and table cells): one line, markup characters literal.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn name_of(m: &MoveLine) -> &str {
    match m.name.as_deref() {
        Some(name) => name,
        None => text::DOC_UNKNOWN_PERSON(),
    }
}

/// `Analis X, Bidang X` for the minutes; `Belum ditempatkan` for no seat.
fn seat_md(seat: Option<&Seat>) -> String {
    match seat {
        None => text::DOC_NOT_PLACED().into(),
        Some(s) if !s.found => text::doc_seat_gone(&md(&s.position_id)),
        Some(s) => format!("{}, {}", md(&s.title), md(&s.unit_path)),
    }
}

fn fit_md(c: &Comparison, fit: Option<f64>) -> String {
    match fit {
        Some(p) => format!(
            "JPM {} ({})",
            persen(p),
            c.profile.label(c.profile.categorize(p))
        ),
        None => "JPM -".into(),
    }
}

fn headcount(h: crate::domain::Headcount) -> String {
    format!("{}/{}", h.filled, h.formation)
}

/// The minutes of the review meeting (berita acara) as Markdown that prints well.
pub fn render_markdown(c: &Comparison, date: Date) -> String {
    let mut s = String::new();
    let t = &c.tally;
    // `write!` into a String cannot fail.
    let _ = writeln!(s, "# {}", text::DOC_TITLE());
    let _ = writeln!(s);
    let _ = writeln!(s, "## {}", md(&c.organization));
    let _ = writeln!(s);
    let _ = writeln!(s, "| | |");
    let _ = writeln!(s, "|---|---|");
    let _ = writeln!(s, "| {} | {} |", text::DOC_DAY_DATE(), tanggal_hari(date));
    let _ = writeln!(s, "| {} | {} |", text::DOC_PLAN(), md(&c.plan));
    let _ = writeln!(
        s,
        "| {} | {} |",
        text::DOC_PROPOSALS(),
        text::doc_tally(c.moves.len(), t.setuju, t.tunda, t.tolak, t.undecided)
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{}",
        text::doc_opening(&tanggal_hari(date), &md(&c.plan), &md(&c.organization))
    );
    let _ = writeln!(s);

    let _ = writeln!(s, "### {}", text::DOC_SECTION_MOVES());
    let _ = writeln!(s);
    if c.moves.is_empty() {
        let _ = writeln!(s, "{}", text::DOC_NO_MOVES());
        let _ = writeln!(s);
    }
    for m in &c.moves {
        let _ = writeln!(
            s,
            "**{}. {}**, NIP {}",
            m.no,
            md(name_of(m)),
            m.nip.grouped()
        );
        let _ = writeln!(s);
        if let Some(r) = m.rank {
            let _ = writeln!(s, "- {}: {}", text::DOC_RANK(), pangkat_golongan(r));
        }
        let _ = writeln!(
            s,
            "- {}: {}; {}",
            text::DOC_FROM(),
            seat_md(m.from.as_ref()),
            fit_md(c, m.fit_before)
        );
        let _ = writeln!(
            s,
            "- {}: {}; {}",
            text::DOC_TO(),
            seat_md(m.to.as_ref()),
            fit_md(c, m.fit_after)
        );
        let _ = writeln!(
            s,
            "- {}: {}",
            text::DOC_REASON(),
            m.reason.as_deref().map(md).unwrap_or_else(|| "-".into())
        );
        let _ = writeln!(
            s,
            "- {}: {}, {}",
            text::DOC_PROPOSED_BY(),
            md(&m.author),
            waktu_panjang(m.at)
        );
        if let Some(conflict) = &m.conflict {
            let _ = writeln!(s, "- {} ({})", text::DOC_ATTENTION(), md(conflict));
        }
        let decision = m.decision();
        let remark = m
            .review
            .as_ref()
            .and_then(|r| r.remark.as_deref())
            .map(md)
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(
            s,
            "- **{}: {}**; {}: {}",
            text::DOC_DECISION(),
            decision_text(decision).to_uppercase(),
            text::DOC_REMARK(),
            remark
        );
        let _ = writeln!(s);
    }

    let _ = writeln!(s, "### {}", text::DOC_SECTION_UNITS());
    let _ = writeln!(s);
    if c.units.is_empty() {
        let _ = writeln!(s, "{}", text::DOC_NO_UNITS());
    } else {
        let _ = writeln!(s, "{}", text::DOC_UNITS_HEADER());
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|");
        for u in &c.units {
            let _ = writeln!(
                s,
                "| {}{} | {} | {} | {} | {} | {} | {} |",
                "· ".repeat(u.depth),
                md(&u.name),
                headcount(u.headcount_before),
                headcount(u.headcount_after),
                average(u.fit_before),
                average(u.fit_after),
                u.vacancies_filled,
                u.vacancies_opened
            );
        }
    }
    let _ = writeln!(s);

    let o = &c.overall;
    let _ = writeln!(s, "### {}", text::DOC_SECTION_FIT());
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- {}",
        text::doc_fit_overall(
            &average(o.fit_before),
            &average(o.fit_after),
            o.headcount_before.filled,
            o.headcount_after.filled
        )
    );
    let _ = writeln!(
        s,
        "- {}",
        text::doc_fit_moved(
            o.people_moved,
            &average(o.moved_fit_before),
            &average(o.moved_fit_after),
            o.improved,
            o.worsened
        )
    );
    let _ = writeln!(
        s,
        "- {}",
        text::doc_vacancies(o.vacancies_filled, o.vacancies_opened)
    );
    let p = &c.profile;
    let labels = [
        p.label(crate::domain::FitCategory::High),
        p.label(crate::domain::FitCategory::Middle),
        p.label(crate::domain::FitCategory::Low),
    ];
    let _ = writeln!(s, "- {}", text::doc_categories(labels, p.high, p.middle));
    let _ = writeln!(s);

    let _ = writeln!(s, "### {}", text::DOC_SECTION_CLOSING());
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", text::DOC_CLOSING());
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tanggal(date));
    let _ = writeln!(s);
    signatures(&mut s, &[text::DOC_CHAIR(), text::DOC_SECRETARY()]);
    s
}

/// A signature block: a title row, room to sign, name and NIP lines.
fn signatures(s: &mut String, roles: &[&str]) {
    let row = |cells: &dyn Fn(&str) -> String| {
        let cols: Vec<String> = roles.iter().map(|r| cells(r)).collect();
        format!("| {} |", cols.join(" | "))
    };
    let _ = writeln!(s, "{}", row(&|r| r.to_string()));
    let _ = writeln!(s, "|{}", ":---:|".repeat(roles.len()));
    for _ in 0..3 {
        let _ = writeln!(s, "{}", row(&|_| "&nbsp;".to_string()));
    }
    let _ = writeln!(
        s,
        "{}",
        row(&|_| "(....................................)".to_string())
    );
    let _ = writeln!(
        s,
        "{}",
        row(&|_| "NIP ....................................".to_string())
    );
}

/// One row per move, for spreadsheets: UTF-8 with BOM, `delimiter` between fields, RFC 4180
/// quoting. NIPs are written grouped (`19800101 200501 1 001`) so that a spreadsheet keeps
/// them as text instead of rounding an 18-digit number.
pub fn render_csv(c: &Comparison, delimiter: u8) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    w.write_record(&*CSV_COLUMNS)?;
    let num = |p: Option<f64>| p.map(|p| format!("{p:.1}")).unwrap_or_default();
    let title = |s: Option<&Seat>| match s {
        None => text::DOC_NOT_PLACED().to_string(),
        Some(s) => s.title.clone(),
    };
    let unit = |s: Option<&Seat>| s.map(|s| s.unit_path.clone()).unwrap_or_default();
    for m in &c.moves {
        let review = m.review.as_ref();
        w.write_record([
            m.no.to_string(),
            m.nip.grouped(),
            name_of(m).to_string(),
            m.rank.map(|r| r.to_string()).unwrap_or_default(),
            title(m.from.as_ref()),
            unit(m.from.as_ref()),
            title(m.to.as_ref()),
            unit(m.to.as_ref()),
            num(m.fit_before),
            num(m.fit_after),
            m.reason.clone().unwrap_or_default(),
            decision_text(m.decision()).to_string(),
            review.and_then(|r| r.remark.clone()).unwrap_or_default(),
            m.author.clone(),
            waktu_iso(m.at),
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// The comparison as pretty JSON with a trailing newline.
pub fn render_json(c: &Comparison) -> serde_json::Result<String> {
    let mut s = serde_json::to_string_pretty(c)?;
    s.push('\n');
    Ok(s)
}

/// The attachment of a transfer decree (lampiran SK) as Markdown: the approved (`setuju`)
/// moves only, numbered from 1.
pub fn render_sk(c: &Comparison, date: Date) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "**{}**", text::DOC_SK_TITLE());
    let _ = writeln!(s);
    let _ = writeln!(s, "| | |");
    let _ = writeln!(s, "|---|---|");
    let _ = writeln!(
        s,
        "| {} | .................................... |",
        text::DOC_SK_NUMBER()
    );
    let _ = writeln!(s, "| {} | {} |", text::DOC_SK_DATE(), tanggal(date));
    let _ = writeln!(
        s,
        "| {} | {} |",
        text::DOC_SK_SUBJECT(),
        text::doc_sk_subject(&md(&c.organization))
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## {}", text::DOC_SK_LIST());
    let _ = writeln!(s);
    let approved: Vec<&MoveLine> = c
        .moves
        .iter()
        .filter(|m| m.decision() == Some(Decision::Setuju))
        .collect();
    if approved.is_empty() {
        let _ = writeln!(s, "{}", text::DOC_SK_NONE());
    } else {
        let _ = writeln!(s, "{}", text::DOC_SK_HEADER());
        let _ = writeln!(s, "|---:|---|---|---|---|---|---|");
        let title = |seat: Option<&Seat>| match seat {
            None => text::DOC_NOT_PLACED().to_string(),
            Some(s) => md(&s.title),
        };
        for (i, m) in approved.iter().enumerate() {
            let unit =
                m.to.as_ref()
                    .or(m.from.as_ref())
                    .map(|s| md(&s.unit_path))
                    .unwrap_or_else(|| "-".into());
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} |",
                i + 1,
                m.nip.grouped(),
                md(name_of(m)),
                m.rank.map(pangkat_golongan).unwrap_or_else(|| "-".into()),
                title(m.from.as_ref()),
                title(m.to.as_ref()),
                unit
            );
        }
    }
    let _ = writeln!(s);
    signatures(&mut s, &[text::DOC_OFFICIAL()]);
    s
}

#[cfg(test)]
#[path = "minutes_tests.rs"]
mod tests;
