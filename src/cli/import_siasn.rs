//! `penata import` of SIASN exports and office workbooks: build (or refresh) the
//! organization from every file, say per file what it was and what it ignored, then what the
//! import does and every finding; write it all in one audited change, or nothing.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::import::Args;
use crate::domain::Organization;
use crate::lang::safe::visible_lines;
use crate::lang::{Lang, Msg, msg, tr};
use crate::store::siasn::{self, FileKind, Finding, Options, Parsed, Report, Severity, Summary};
use crate::store::xlsx_export::{Sheet, Value, workbook_bytes};
use crate::store::{Change, OrgStore};

/// People listed by name in the text summary (leavers, not active); the rest are counted.
const LISTED_PEOPLE: usize = 20;

/// Builds the organization from the files over the stored one and applies it, or reports
/// why not.
pub fn run(dir: &Path, args: &Args, parsed: Parsed, lang: Lang) -> Result<ExitCode> {
    let store = super::import::import_store(dir, args.dry_run)?;
    let info = store.info().map_err(Failure::from)?;
    let holds_real = (info.units > 0 || info.employees > 0) && !info.demo;
    let current = if holds_real {
        store.load().map_err(Failure::from)?
    } else {
        Organization::default()
    };
    let report = siasn::build(
        parsed,
        &current,
        Options {
            drop_missing: args.drop_missing,
        },
    );
    if let Some(path) = &args.report {
        write_report(path, &report, lang)?;
    }
    let lines = lines(&report, lang);
    if report.has_errors() {
        let errors = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
            + report.more.0;
        let mut text = lines.join("\n");
        text.push('\n');
        text.push_str(&tr!(lang, "import-refused", errors = errors));
        return Err(Failure::Input(text).into());
    }
    for line in &lines {
        outln!("{line}");
    }
    let Some((org, summary)) = report.built else {
        return Ok(ExitCode::SUCCESS);
    };
    if args.dry_run {
        outln!("{}", tr!(lang, "cli-nothing-written"));
        return Ok(ExitCode::SUCCESS);
    }
    let name = org.name().to_string();
    let change = if holds_real {
        Change::Refresh {
            detail: audit_detail(&summary, &report.files),
            org,
        }
    } else {
        Change::ReplaceOrganization { org, demo: false }
    };
    store.apply(&change).map_err(Failure::from)?;
    let done = if holds_real {
        tr!(lang, "import-refreshed", org = name.as_str())
    } else {
        tr!(lang, "import-created", org = name.as_str())
    };
    outln!("{}", visible_lines(&done));
    Ok(ExitCode::SUCCESS)
}

/// What the audit entry of a refresh records.
fn audit_detail(s: &Summary, files: &[siasn::SourceFile]) -> Vec<(&'static str, String)> {
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    vec![
        ("files", names.join(", ")),
        ("units_new", s.units_new.to_string()),
        ("seats_new", s.seats_new.to_string()),
        ("people_new", s.people_new.to_string()),
        ("people_updated", s.people_updated.to_string()),
        ("people_moved", s.people_moved.to_string()),
        ("leavers", s.leavers.len().to_string()),
        ("leavers_dropped", s.dropped.to_string()),
    ]
}

/// The message of a file kind.
pub(super) fn kind_msg(kind: FileKind) -> Msg {
    match kind {
        FileKind::Profile => msg!("import-kind-profile"),
        FileKind::Hierarchy => msg!("import-kind-hierarchy"),
        FileKind::PetaJabatan => msg!("import-kind-peta"),
        FileKind::Standard => msg!("import-kind-standard"),
        FileKind::Assessment => msg!("import-kind-assessment"),
        FileKind::Skp => msg!("import-kind-skp"),
    }
}

/// Where a finding is and what it says, as one message.
pub(super) fn finding_msg(f: &Finding) -> Msg {
    let message = f.message.clone();
    let file: Msg = match &f.sheet {
        Some(sheet) => msg!(
            "import-file-in-sheet",
            file = f.file.as_str(),
            sheet = sheet.as_str()
        ),
        None => msg!("import-file-name", file = f.file.as_str()),
    };
    let file = file.clone();
    let inner = match (f.file.is_empty(), f.row, &f.column, &f.value) {
        (true, _, _, _) => msg!("import-at-set", message = message),
        (false, None, _, _) => msg!("import-at-file", file = file, message = message),
        (false, Some(row), None, _) => msg!(
            "import-at-row",
            file = file.clone(),
            row = row.to_string(),
            message = message
        ),
        (false, Some(row), Some(column), None) => msg!(
            "import-at-cell",
            file = file.clone(),
            row = row.to_string(),
            column = column.as_str(),
            message = message
        ),
        (false, Some(row), Some(column), Some(value)) => msg!(
            "import-at-value",
            file = file.clone(),
            row = row.to_string(),
            column = column.as_str(),
            value = value.as_str(),
            message = message
        ),
    };
    match f.severity {
        Severity::Error => msg!("import-error", finding = inner),
        Severity::Note => msg!("import-note", finding = inner),
    }
}

/// Every line of the text report: the files, what the import does, the findings.
fn lines(report: &Report, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for f in &report.files {
        let sheet = f
            .sheet
            .as_deref()
            .map(|s| tr!(lang, "import-file-sheet", sheet = s).into_owned())
            .unwrap_or_default();
        out.push(lang.say(&msg!(
            "import-file-line",
            name = f.name.as_str(),
            sheet = sheet,
            kind = kind_msg(f.kind),
            rows = f.rows
        )));
        if !f.ignored.is_empty() {
            out.push(lang.say(&msg!(
                "import-file-ignored",
                count = f.ignored.len(),
                columns = f.ignored.join(", ")
            )));
        }
    }
    if let Some((_, s)) = &report.built {
        out.extend(summary_lines(s, lang));
    }
    for f in &report.findings {
        out.push(lang.say(&finding_msg(f)));
    }
    let (errors, notes) = report.more;
    if errors + notes > 0 {
        out.push(tr!(lang, "import-more-findings", errors = errors, notes = notes).into_owned());
    }
    out.iter().map(|l| visible_lines(l).into_owned()).collect()
}

/// What the import does: units, seats, people, vacancies, leavers, people not active.
fn summary_lines(s: &Summary, lang: Lang) -> Vec<String> {
    let mut out = vec![
        tr!(
            lang,
            "import-summary-units",
            units = s.units,
            new = s.units_new,
            renamed = s.units_renamed,
            moved = s.units_moved
        )
        .into_owned(),
        tr!(
            lang,
            "import-summary-seats",
            seats = s.seats,
            new = s.seats_new,
            renamed = s.seats_renamed
        )
        .into_owned(),
        tr!(
            lang,
            "import-summary-people",
            people = s.people,
            new = s.people_new,
            updated = s.people_updated,
            moved = s.people_moved
        )
        .into_owned(),
        match s.vacancies {
            Some(v) => tr!(lang, "import-summary-vacancies", vacancies = v).into_owned(),
            None => tr!(lang, "import-summary-vacancies-unknown").into_owned(),
        },
        tr!(
            lang,
            "import-summary-ratings",
            standards = s.standards,
            assessed = s.assessed,
            skp = s.skp_years,
            competencies = s.competencies_new
        )
        .into_owned(),
    ];
    if !s.leavers.is_empty() {
        let id = if s.dropped {
            "import-leavers-dropped"
        } else {
            "import-leavers-kept"
        };
        out.push(lang.say(&crate::lang::Msg::new(id).with("count", s.leavers.len())));
        for l in s.leavers.iter().take(LISTED_PEOPLE) {
            out.push(format!("  {} {}", l.nip.grouped(), l.name));
        }
        if s.leavers.len() > LISTED_PEOPLE {
            let more = s.leavers.len() - LISTED_PEOPLE;
            out.push(tr!(lang, "import-and-more", count = more).into_owned());
        }
    }
    if !s.inactive.is_empty() {
        out.push(tr!(lang, "import-inactive", count = s.inactive.len()).into_owned());
        for p in s.inactive.iter().take(LISTED_PEOPLE) {
            out.push(format!(
                "  {} {} ({})",
                p.nip.grouped(),
                p.name,
                p.kedudukan
            ));
        }
        if s.inactive.len() > LISTED_PEOPLE {
            let more = s.inactive.len() - LISTED_PEOPLE;
            out.push(tr!(lang, "import-and-more", count = more).into_owned());
        }
    }
    out
}

/// The report as a workbook: the files, the summary, every finding, the leavers.
fn write_report(path: &Path, report: &Report, lang: Lang) -> Result<(), Failure> {
    let mut files = Sheet::new(
        "Berkas",
        &["Berkas", "Lembar", "Jenis", "Baris", "Kolom diabaikan"], // i18n-exempt: a workbook's words are a file format, the same in every language
    );
    for f in &report.files {
        files.push(vec![
            Value::from(f.name.as_str()),
            Value::text_or_empty(f.sheet.clone()),
            Value::from(lang.say(&kind_msg(f.kind))),
            Value::from(f.rows),
            Value::from(f.ignored.join(", ")),
        ]);
    }
    let mut summary = Sheet::new("Ringkasan", &["Hal", "Jumlah"]);
    if let Some((_, s)) = &report.built {
        for line in summary_lines(s, lang) {
            summary.push(vec![Value::from(line), Value::Empty]);
        }
    }
    let mut findings = Sheet::new(
        "Temuan",
        &["Jenis", "Berkas", "Baris", "Kolom", "Nilai", "Temuan"],
    );
    for f in &report.findings {
        let kind = match f.severity {
            Severity::Error => tr!(lang, "import-severity-error"),
            Severity::Note => tr!(lang, "import-severity-note"),
        };
        findings.push(vec![
            Value::from(kind.into_owned()),
            Value::from(f.file.as_str()),
            f.row.map_or(Value::Empty, Value::from),
            Value::text_or_empty(f.column.clone()),
            Value::text_or_empty(f.value.clone()),
            Value::from(lang.say(&f.message)),
        ]);
    }
    let mut leavers = Sheet::new("Keluar", &["NIP", "Nama"]);
    if let Some((_, s)) = &report.built {
        for l in &s.leavers {
            leavers.push(vec![
                Value::from(l.nip.as_str()),
                Value::from(l.name.as_str()),
            ]);
        }
    }
    let what = path.display().to_string();
    let bytes = workbook_bytes(&[files, summary, findings, leavers], lang).map_err(|e| {
        Failure::said(tr!(
            lang,
            "cli-cannot-write",
            what = what.as_str(),
            reason = e.to_string()
        ))
    })?;
    super::export::write_private(path, &bytes).map_err(|e| {
        Failure::said(tr!(
            lang,
            "cli-cannot-write",
            what = what.as_str(),
            reason = lang.say(&e.msg())
        ))
    })
}
