//! `penata plan export NAME --format xlsx`: the plan comparison as a workbook for the review
//! meeting: the moves (the CSV export's columns, typed), the units that change, and the
//! overall figures.

use crate::domain::compare::{Comparison, FitAverage, Seat};
use crate::lang::Lang;
use crate::store::minutes::{csv_columns, decision_text};
use crate::store::xlsx_export::{Sheet, Value};

const NOT_PLACED: &str = "Belum ditempatkan"; // i18n-exempt: a workbook's words are a file format, the same in every language

/// The three sheets: Usulan (moves), Unit kerja, Ringkasan.
pub(crate) fn plan_sheets(c: &Comparison, lang: Lang) -> Vec<Sheet> {
    vec![moves(c, lang), units(c), summary(c)]
}

fn title(s: Option<&Seat>) -> Value {
    match s {
        None => NOT_PLACED.into(),
        Some(s) => s.title.as_str().into(),
    }
}

fn unit(s: Option<&Seat>) -> Value {
    Value::text_or_empty(s.map(|s| s.unit_path.as_str()))
}

fn moves(c: &Comparison, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new("Usulan", &csv_columns(lang));
    for m in &c.moves {
        let review = m.review.as_ref();
        sheet.push(vec![
            m.no.into(),
            m.nip.as_str().into(),
            Value::text_or_empty(m.name.as_deref()),
            Value::text_or_empty(m.rank.map(|r| r.to_string())),
            title(m.from.as_ref()),
            unit(m.from.as_ref()),
            title(m.to.as_ref()),
            unit(m.to.as_ref()),
            Value::percent_or_empty(m.fit_before),
            Value::percent_or_empty(m.fit_after),
            Value::text_or_empty(m.reason.as_deref()),
            decision_text(m.decision(), lang).into(),
            Value::text_or_empty(review.and_then(|r| r.remark.as_deref())),
            m.author.as_str().into(),
            Value::DateTime(m.at),
        ]);
    }
    sheet
}

fn avg(a: FitAverage) -> Value {
    Value::percent_or_empty(a.mean())
}

fn units(c: &Comparison) -> Sheet {
    let mut sheet = Sheet::new(
        "Unit kerja", // i18n-exempt: a workbook's words are a file format, the same in every language
        &[
            "Unit kerja", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Terisi sebelum", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Formasi sebelum", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Terisi sesudah", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Formasi sesudah", // i18n-exempt: a workbook's words are a file format, the same in every language
            "JPM rata-rata sebelum", // i18n-exempt: a workbook's words are a file format, the same in every language
            "JPM rata-rata sesudah", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Masuk",
            "Keluar",
            "Formasi kosong terisi", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Formasi kosong baru", // i18n-exempt: a workbook's words are a file format, the same in every language
        ],
    );
    for u in &c.units {
        sheet.push(vec![
            u.path.as_str().into(),
            u.headcount_before.filled.into(),
            u.headcount_before.formation.into(),
            u.headcount_after.filled.into(),
            u.headcount_after.formation.into(),
            avg(u.fit_before),
            avg(u.fit_after),
            u.moved_in.into(),
            u.moved_out.into(),
            u.vacancies_filled.into(),
            u.vacancies_opened.into(),
        ]);
    }
    sheet
}

fn summary(c: &Comparison) -> Sheet {
    let o = &c.overall;
    let t = &c.tally;
    let mut sheet = Sheet::new("Ringkasan", &["Ukuran", "Sebelum", "Sesudah"]);
    let mut row = |label: &str, before: Value, after: Value| {
        sheet.push(vec![label.into(), before, after]);
    };
    row(
        "JPM rata-rata pegawai yang menduduki jabatan", // i18n-exempt: a workbook's words are a file format, the same in every language
        avg(o.fit_before),
        avg(o.fit_after),
    );
    row(
        "Pegawai yang menduduki jabatan", // i18n-exempt: a workbook's words are a file format, the same in every language
        o.headcount_before.filled.into(),
        o.headcount_after.filled.into(),
    );
    row(
        "Formasi",
        o.headcount_before.formation.into(),
        o.headcount_after.formation.into(),
    );
    row(
        "JPM rata-rata pegawai yang berpindah", // i18n-exempt: a workbook's words are a file format, the same in every language
        avg(o.moved_fit_before),
        avg(o.moved_fit_after),
    );
    row(
        "Pegawai yang berpindah", // i18n-exempt: a workbook's words are a file format, the same in every language
        Value::Empty,
        o.people_moved.into(),
    );
    row("JPM naik", Value::Empty, o.improved.into()); // i18n-exempt: a workbook's words are a file format, the same in every language
    row("JPM turun", Value::Empty, o.worsened.into()); // i18n-exempt: a workbook's words are a file format, the same in every language
    row(
        "Formasi kosong terisi", // i18n-exempt: a workbook's words are a file format, the same in every language
        Value::Empty,
        o.vacancies_filled.into(),
    );
    row(
        "Formasi menjadi kosong", // i18n-exempt: a workbook's words are a file format, the same in every language
        Value::Empty,
        o.vacancies_opened.into(),
    );
    row("Usulan", Value::Empty, c.moves.len().into());
    row("Keputusan setuju", Value::Empty, t.setuju.into()); // i18n-exempt: a workbook's words are a file format, the same in every language
    row("Keputusan tunda", Value::Empty, t.tunda.into()); // i18n-exempt: a workbook's words are a file format, the same in every language
    row("Keputusan tolak", Value::Empty, t.tolak.into()); // i18n-exempt: a workbook's words are a file format, the same in every language
    row("Belum diputuskan", Value::Empty, t.undecided.into()); // i18n-exempt: a workbook's words are a file format, the same in every language
    sheet
}
