//! Meeting documents from a plan comparison: the minutes (berita acara) in Markdown, one CSV
//! row per move for spreadsheets, the comparison as JSON, and the attachment table of a
//! transfer decree (lampiran SK) with the approved moves only.
//!
//! Pure renderers: they return text or bytes and never read the clock; the caller passes the
//! date printed on the documents, so the same plan renders the same bytes. They are written
//! in the language they are given; the words are in `locales/*/store.ftl` (`store-doc-...`).

use std::fmt::Write as _;

use time::{Date, OffsetDateTime, UtcOffset};

use crate::domain::Rank;
use crate::domain::compare::{Comparison, FitAverage, MoveLine, Seat};
use crate::domain::plan::Decision;

use crate::lang::{Lang, tr};

/// The header row of the CSV export (and of the plan workbook's moves sheet), in column
/// order.
pub fn csv_columns(lang: Lang) -> Vec<String> {
    [
        "store-csv-no",
        "store-csv-nip",
        "store-csv-name",
        "store-csv-golongan",
        "store-csv-former-position",
        "store-csv-former-unit",
        "store-csv-new-position",
        "store-csv-new-unit",
        "store-csv-jpm-before",
        "store-csv-jpm-after",
        "store-csv-reason",
        "store-csv-decision",
        "store-csv-remark",
        "store-csv-by",
        "store-csv-time",
    ]
    .into_iter()
    .map(|id| lang.text(id).into_owned())
    .collect()
}

/// Written first so that spreadsheet programs read the CSV as UTF-8.
const BOM: &str = "\u{feff}";

/// The decision as the documents write it: its code, or "not decided yet".
pub fn decision_text(d: Option<Decision>, lang: Lang) -> String {
    match d {
        Some(d) => d.code().to_owned(),
        None => tr!(lang, "store-doc-undecided").into_owned(),
    }
}

/// `Senin, 23 November 2026` (`Monday, 23 November 2026`).
pub fn tanggal_hari(d: Date, lang: Lang) -> String {
    use time::Weekday::*;
    let weekday = match d.weekday() {
        Monday => tr!(lang, "store-doc-monday"),
        Tuesday => tr!(lang, "store-doc-tuesday"),
        Wednesday => tr!(lang, "store-doc-wednesday"),
        Thursday => tr!(lang, "store-doc-thursday"),
        Friday => tr!(lang, "store-doc-friday"),
        Saturday => tr!(lang, "store-doc-saturday"),
        Sunday => tr!(lang, "store-doc-sunday"),
    };
    tr!(
        lang,
        "store-doc-day-and-date",
        weekday = weekday,
        date = tanggal(d, lang)
    )
    .into_owned()
}

/// `23 November 2026`.
pub fn tanggal(d: Date, lang: Lang) -> String {
    use time::Month::*;
    let month = match d.month() {
        January => tr!(lang, "store-doc-january"),
        February => tr!(lang, "store-doc-february"),
        March => tr!(lang, "store-doc-march"),
        April => tr!(lang, "store-doc-april"),
        May => tr!(lang, "store-doc-may"),
        June => tr!(lang, "store-doc-june"),
        July => tr!(lang, "store-doc-july"),
        August => tr!(lang, "store-doc-august"),
        September => tr!(lang, "store-doc-september"),
        October => tr!(lang, "store-doc-october"),
        November => tr!(lang, "store-doc-november"),
        December => tr!(lang, "store-doc-december"),
    };
    tr!(
        lang,
        "store-doc-date",
        day = d.day().to_string(),
        month = month,
        year = d.year().to_string()
    )
    .into_owned()
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
fn waktu_panjang(t: OffsetDateTime, lang: Lang) -> String {
    tr!(
        lang,
        "store-doc-date-time",
        date = tanggal(t.date(), lang),
        hour = format!("{:02}", t.hour()),
        minute = format!("{:02}", t.minute()),
        zone = zone(t.offset())
    )
    .into_owned()
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
fn persen(p: f64, lang: Lang) -> String {
    lang.percent(p)
}

fn persen_or_dash(p: Option<f64>, lang: Lang) -> String {
    p.map(|p| persen(p, lang)).unwrap_or_else(|| "-".into())
}

fn average(a: FitAverage, lang: Lang) -> String {
    persen_or_dash(a.mean(), lang)
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

fn name_of(m: &MoveLine, lang: Lang) -> String {
    match m.name.as_deref() {
        Some(name) => name.to_owned(),
        None => tr!(lang, "store-doc-unknown-person").into_owned(),
    }
}

/// `Analis X, Bidang X` for the minutes; `Belum ditempatkan` for no seat.
fn seat_md(seat: Option<&Seat>, lang: Lang) -> String {
    match seat {
        None => tr!(lang, "store-doc-not-placed").into_owned(),
        Some(s) if !s.found => {
            tr!(lang, "store-doc-seat-gone", position = md(&s.position_id)).into_owned()
        }
        Some(s) => format!("{}, {}", md(&s.title), md(&s.unit_path)),
    }
}

fn fit_md(c: &Comparison, fit: Option<f64>, lang: Lang) -> String {
    match fit {
        Some(p) => format!(
            "JPM {} ({})",
            persen(p, lang),
            c.profile.label(c.profile.categorize(p))
        ),
        None => "JPM -".into(),
    }
}

fn headcount(h: crate::domain::Headcount) -> String {
    format!("{}/{}", h.filled, h.formation)
}

/// The minutes of the review meeting (berita acara) as Markdown that prints well.
pub fn render_markdown(c: &Comparison, date: Date, lang: Lang) -> String {
    let w = |id: &str| lang.text(id);
    let mut s = String::new();
    // `write!` into a String cannot fail.
    head_md(&mut s, c, date, lang);
    moves_md(&mut s, c, lang);
    units_md(&mut s, c, lang);
    fit_summary_md(&mut s, c, lang);
    let _ = writeln!(s, "### {}", w("store-doc-section-closing"));
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", w("store-doc-closing"));
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tanggal(date, lang));
    let _ = writeln!(s);
    signatures(&mut s, &[&w("store-doc-chair"), &w("store-doc-secretary")]);
    s
}

/// The title, the meeting's table (date, plan, proposals) and the opening sentence.
fn head_md(s: &mut String, c: &Comparison, date: Date, lang: Lang) {
    let w = |id: &str| lang.text(id);
    let t = &c.tally;
    let _ = writeln!(s, "# {}", w("store-doc-title"));
    let _ = writeln!(s);
    let _ = writeln!(s, "## {}", md(&c.organization));
    let _ = writeln!(s);
    let _ = writeln!(s, "| | |");
    let _ = writeln!(s, "|---|---|");
    let _ = writeln!(
        s,
        "| {} | {} |",
        w("store-doc-day-date"),
        tanggal_hari(date, lang)
    );
    let _ = writeln!(s, "| {} | {} |", w("store-doc-plan"), md(&c.plan));
    let _ = writeln!(
        s,
        "| {} | {} |",
        w("store-doc-proposals"),
        tr!(
            lang,
            "store-doc-tally",
            moves = c.moves.len(),
            setuju = t.setuju,
            tunda = t.tunda,
            tolak = t.tolak,
            undecided = t.undecided
        )
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "store-doc-opening",
            date = tanggal_hari(date, lang),
            plan = md(&c.plan),
            organization = md(&c.organization)
        )
    );
    let _ = writeln!(s);
}

/// One entry per proposed move: who, from where to where with the fit, why, by whom, and
/// the decision.
fn moves_md(s: &mut String, c: &Comparison, lang: Lang) {
    let w = |id: &str| lang.text(id);
    let _ = writeln!(s, "### {}", w("store-doc-section-moves"));
    let _ = writeln!(s);
    if c.moves.is_empty() {
        let _ = writeln!(s, "{}", w("store-doc-no-moves"));
        let _ = writeln!(s);
    }
    for m in &c.moves {
        let _ = writeln!(
            s,
            "**{}. {}**, NIP {}",
            m.no,
            md(&name_of(m, lang)),
            m.nip.grouped()
        );
        let _ = writeln!(s);
        if let Some(r) = m.rank {
            let _ = writeln!(s, "- {}: {}", w("store-doc-rank"), pangkat_golongan(r));
        }
        let _ = writeln!(
            s,
            "- {}: {}; {}",
            w("store-doc-from"),
            seat_md(m.from.as_ref(), lang),
            fit_md(c, m.fit_before, lang)
        );
        let _ = writeln!(
            s,
            "- {}: {}; {}",
            w("store-doc-to"),
            seat_md(m.to.as_ref(), lang),
            fit_md(c, m.fit_after, lang)
        );
        let _ = writeln!(
            s,
            "- {}: {}",
            w("store-doc-reason"),
            m.reason.as_deref().map(md).unwrap_or_else(|| "-".into())
        );
        let _ = writeln!(
            s,
            "- {}: {}, {}",
            w("store-doc-proposed-by"),
            md(&m.author),
            waktu_panjang(m.at, lang)
        );
        if let Some(conflict) = &m.conflict {
            let _ = writeln!(s, "- {} ({})", w("store-doc-attention"), md(conflict));
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
            w("store-doc-decision"),
            decision_text(decision, lang).to_uppercase(),
            w("store-doc-remark"),
            remark
        );
        let _ = writeln!(s);
    }
}

/// The table of units whose figures change.
fn units_md(s: &mut String, c: &Comparison, lang: Lang) {
    let w = |id: &str| lang.text(id);
    let _ = writeln!(s, "### {}", w("store-doc-section-units"));
    let _ = writeln!(s);
    if c.units.is_empty() {
        let _ = writeln!(s, "{}", w("store-doc-no-units"));
    } else {
        let _ = writeln!(s, "{}", w("store-doc-units-header"));
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|");
        for u in &c.units {
            let _ = writeln!(
                s,
                "| {}{} | {} | {} | {} | {} | {} | {} |",
                "· ".repeat(u.depth),
                md(&u.name),
                headcount(u.headcount_before),
                headcount(u.headcount_after),
                average(u.fit_before, lang),
                average(u.fit_after, lang),
                u.vacancies_filled,
                u.vacancies_opened
            );
        }
    }
    let _ = writeln!(s);
}

/// The fit and vacancy figures overall and for the people moved, and the categories.
fn fit_summary_md(s: &mut String, c: &Comparison, lang: Lang) {
    let w = |id: &str| lang.text(id);
    let o = &c.overall;
    let _ = writeln!(s, "### {}", w("store-doc-section-fit"));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- {}",
        tr!(
            lang,
            "store-doc-fit-overall",
            before = average(o.fit_before, lang),
            after = average(o.fit_after, lang),
            filled_before = o.headcount_before.filled,
            filled_after = o.headcount_after.filled
        )
    );
    let _ = writeln!(
        s,
        "- {}",
        tr!(
            lang,
            "store-doc-fit-moved",
            people = o.people_moved,
            before = average(o.moved_fit_before, lang),
            after = average(o.moved_fit_after, lang),
            improved = o.improved,
            worsened = o.worsened
        )
    );
    let _ = writeln!(
        s,
        "- {}",
        tr!(
            lang,
            "store-doc-vacancies",
            filled = o.vacancies_filled,
            opened = o.vacancies_opened
        )
    );
    let p = &c.profile;
    let labels = [
        p.label(crate::domain::FitCategory::High),
        p.label(crate::domain::FitCategory::Middle),
        p.label(crate::domain::FitCategory::Low),
    ];
    let [high_label, middle_label, low_label] = labels;
    let _ = writeln!(
        s,
        "- {}",
        tr!(
            lang,
            "store-doc-categories",
            high_label = high_label,
            middle_label = middle_label,
            low_label = low_label,
            high = format!("{:.0}", p.high),
            middle = format!("{:.0}", p.middle)
        )
    );
    let _ = writeln!(s);
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
pub fn render_csv(c: &Comparison, delimiter: u8, lang: Lang) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    super::csv_safe::write_record(&mut w, csv_columns(lang))?;
    let num = |p: Option<f64>| p.map(|p| format!("{p:.1}")).unwrap_or_default();
    let title = |s: Option<&Seat>| match s {
        None => tr!(lang, "store-doc-not-placed").into_owned(),
        Some(s) => s.title.clone(),
    };
    let unit = |s: Option<&Seat>| s.map(|s| s.unit_path.clone()).unwrap_or_default();
    for m in &c.moves {
        let review = m.review.as_ref();
        super::csv_safe::write_record(
            &mut w,
            [
                m.no.to_string(),
                m.nip.grouped(),
                name_of(m, lang),
                m.rank.map(|r| r.to_string()).unwrap_or_default(),
                title(m.from.as_ref()),
                unit(m.from.as_ref()),
                title(m.to.as_ref()),
                unit(m.to.as_ref()),
                num(m.fit_before),
                num(m.fit_after),
                m.reason.clone().unwrap_or_default(),
                decision_text(m.decision(), lang),
                review.and_then(|r| r.remark.clone()).unwrap_or_default(),
                m.author.clone(),
                waktu_iso(m.at),
            ],
        )?;
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
pub fn render_sk(c: &Comparison, date: Date, lang: Lang) -> String {
    let w = |id: &str| lang.text(id);
    let mut s = String::new();
    let _ = writeln!(s, "**{}**", w("store-doc-sk-title"));
    let _ = writeln!(s);
    let _ = writeln!(s, "| | |");
    let _ = writeln!(s, "|---|---|");
    let _ = writeln!(
        s,
        "| {} | .................................... |",
        w("store-doc-sk-number")
    );
    let _ = writeln!(
        s,
        "| {} | {} |",
        w("store-doc-sk-date"),
        tanggal(date, lang)
    );
    let _ = writeln!(
        s,
        "| {} | {} |",
        w("store-doc-sk-subject"),
        tr!(
            lang,
            "store-doc-sk-subject-text",
            organization = md(&c.organization)
        )
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## {}", w("store-doc-sk-list"));
    let _ = writeln!(s);
    let approved: Vec<&MoveLine> = c
        .moves
        .iter()
        .filter(|m| m.decision() == Some(Decision::Setuju))
        .collect();
    if approved.is_empty() {
        let _ = writeln!(s, "{}", w("store-doc-sk-none"));
    } else {
        let _ = writeln!(s, "{}", w("store-doc-sk-header"));
        let _ = writeln!(s, "|---:|---|---|---|---|---|---|");
        let title = |seat: Option<&Seat>| match seat {
            None => tr!(lang, "store-doc-not-placed").into_owned(),
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
                md(&name_of(m, lang)),
                m.rank.map(pangkat_golongan).unwrap_or_else(|| "-".into()),
                title(m.from.as_ref()),
                title(m.to.as_ref()),
                unit
            );
        }
    }
    let _ = writeln!(s);
    signatures(&mut s, &[&w("store-doc-official")]);
    s
}

#[cfg(test)]
#[path = "minutes_tests.rs"]
mod tests;
