//! The files besides the profile export: the unit hierarchy, the peta jabatan and the
//! assessment rekap as workbooks, the standar kompetensi as `,` CSV and the SKP as TAB CSV.

use fastrand::Rng;
use rust_xlsxwriter::{Format, XlsxError};

use super::{Context, Csv, eselon, jenis, workbook};
use crate::domain::{DefaultStandards, FitProfile, Levels, Performance};

/// The nine PermenPANRB 38/2017 competencies: penata's code, the code another tool uses in
/// its standar kompetensi, and the name an assessment rekap heads its column with.
const CORE: &[(&str, &str, &str)] = &[
    ("INT", "INT", "Integritas"),
    ("KS", "KER", "Kerja Sama"),
    ("KOM", "KOM", "Komunikasi"),
    ("OH", "OPH", "Orientasi pada Hasil"),
    ("PP", "PPU", "Pelayanan Publik"),
    ("PDO", "PDOL", "Pengembangan Diri dan Orang Lain"),
    ("MP", "MPE", "Mengelola Perubahan"),
    ("PK", "PKE", "Pengambilan Keputusan"),
    ("PB", "PBA", "Perekat Bangsa"),
];

/// The technical competencies of the dictionary: (penata's code, name).
fn technical<'a>(ctx: &'a Context) -> Vec<(&'a str, &'a str)> {
    ctx.org
        .competencies()
        .iter()
        .filter(|c| !CORE.iter().any(|(code, _, _)| *code == c.code))
        .map(|c| (c.code.as_str(), c.name.as_str()))
        .collect()
}

fn level(levels: &Levels, code: &str) -> String {
    levels.get(code).map_or(String::new(), u8::to_string)
}

/// `HierarkiUnor.xlsx`: a title row, a blank row, then `ID`, `NAMA_UNOR`, `ID_ATASAN`,
/// `ESELON`, `URUTAN`, units in tree order, names with a `-` per level and the instansi
/// suffix (the root carries neither).
pub(super) fn hierarchy(ctx: &Context) -> Result<Vec<u8>, XlsxError> {
    let org = ctx.org;
    let mut book = workbook()?;
    let sheet = book.add_worksheet();
    sheet.set_name("HierarkiUnor")?;
    let title = format!("DATA HIERARKI UNOR {}", ctx.instansi.to_uppercase());
    sheet.write_string(0, 0, title)?;
    for (c, h) in ["ID", "NAMA_UNOR", "ID_ATASAN", "ESELON", "URUTAN"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *h)?;
    }
    for (i, &u) in ctx.tree.iter().enumerate() {
        let row = 3 + i as u32;
        let depth = ctx.depth[u as usize];
        let name = &org.unit(u).name;
        let shown = if depth == 0 {
            name.to_uppercase()
        } else {
            format!("{}{name}{}", "-".repeat(depth), ctx.suffix)
        };
        sheet.write_string(row, 0, ctx.unor_id(u))?;
        sheet.write_string(row, 1, shown)?;
        if let Some(p) = org.parent(u) {
            sheet.write_string(row, 2, ctx.unor_id(p))?;
        }
        if let Some(e) = ctx.unit_eselon[u as usize] {
            sheet.write_string(row, 3, e.name)?;
        }
        let siblings = org.parent(u).map_or(org.roots(), |p| org.children(p));
        let order = siblings.iter().position(|&s| s == u).unwrap_or(0) + 1;
        sheet.write_number(row, 4, order as f64)?;
    }
    book.save_to_buffer()
}

/// `Peta_Jabatan.xlsx`: one row per seat with its kebutuhan and bezetting (vacant seats,
/// over-formation and abolished seats still held included).
pub(super) fn peta_jabatan(ctx: &Context) -> Result<Vec<u8>, XlsxError> {
    let org = ctx.org;
    let mut book = workbook()?;
    let sheet = book.add_worksheet();
    sheet.set_name("Peta Jabatan")?;
    let headers = [
        "UNOR ID",
        "NAMA UNOR",
        "JABATAN ID",
        "NAMA JABATAN",
        "JENIS JABATAN",
        "ESELON",
        "KEBUTUHAN",
        "BEZETTING",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h)?;
    }
    let mut row = 1;
    for &u in &ctx.tree {
        for &p in org.positions_of(u) {
            let pos = org.position(p);
            sheet.write_string(row, 0, ctx.unor_id(u))?;
            sheet.write_string(row, 1, &org.unit(u).name)?;
            sheet.write_string(row, 2, ctx.jabatan_id(p))?;
            sheet.write_string(row, 3, &pos.title)?;
            sheet.write_string(row, 4, jenis(pos.kind).name())?;
            if let Some(e) = eselon(org, p) {
                sheet.write_string(row, 5, e.name)?;
            }
            let count = org.position_headcount(p);
            sheet.write_number(row, 6, f64::from(count.formation))?;
            sheet.write_number(row, 7, f64::from(count.filled))?;
            row += 1;
        }
    }
    book.save_to_buffer()
}

/// `Standar_Kompetensi_Jabatan.csv` (`,`): `JABATAN ID`, `NAMA JABATAN`, `UNOR ID`, the nine
/// by another tool's codes, then the technical ones by name; the levels each seat asks for
/// (its requirements over its type's default standard).
pub(super) fn standards(ctx: &Context) -> Vec<u8> {
    let org = ctx.org;
    let tech = technical(ctx);
    let mut csv = Csv::new(b',', false);
    let mut head: Vec<&str> = vec!["JABATAN ID", "NAMA JABATAN", "UNOR ID"];
    head.extend(CORE.iter().map(|(_, code, _)| *code));
    head.extend(tech.iter().map(|(_, name)| *name));
    csv.row(&head);
    let defaults = DefaultStandards::default();
    for &u in &ctx.tree {
        for &p in org.positions_of(u) {
            // A standar kompetensi names all nine: a seat that asks only for its technical
            // competency gets its type's default for the nine.
            let mut need = defaults.standard_for(org.position(p).kind, org.competencies());
            need.extend(org.position(p).requirements.clone());
            let mut fields = vec![
                ctx.jabatan_id(p),
                org.position(p).title.clone(),
                ctx.unor_id(u),
            ];
            fields.extend(CORE.iter().map(|(code, _, _)| level(&need, code)));
            fields.extend(tech.iter().map(|(code, _)| level(&need, code)));
            csv.row(&fields);
        }
    }
    csv.into_bytes()
}

/// `Rekap_Assessment.xlsx`: `NO`, `NIP` (as text), `NAMA`, the nine by name, the technical
/// ones by name, `JPM` and `KATEGORI`, for everyone assessed.
pub(super) fn assessment(ctx: &Context) -> Result<Vec<u8>, XlsxError> {
    let org = ctx.org;
    let tech = technical(ctx);
    let mut book = workbook()?;
    let text = Format::new().set_num_format("@");
    let sheet = book.add_worksheet();
    sheet.set_name("Rekap")?;
    let mut head: Vec<&str> = vec!["NO", "NIP", "NAMA"];
    head.extend(CORE.iter().map(|(_, _, name)| *name));
    head.extend(tech.iter().map(|(_, name)| *name));
    head.extend(["JPM", "KATEGORI"]);
    for (c, h) in head.iter().enumerate() {
        sheet.write_string(0, c as u16, *h)?;
    }
    let defaults = DefaultStandards::default();
    let profile = FitProfile::default();
    let mut row = 0u32;
    for e in 0..org.employees().len() as u32 {
        let person = org.employee(e);
        if person.competencies.is_empty() {
            continue;
        }
        row += 1;
        sheet.write_number(row, 0, f64::from(row))?;
        sheet.write_string_with_format(row, 1, person.nip.as_str(), &text)?;
        sheet.write_string(row, 2, &person.name)?;
        let codes = CORE.iter().map(|(code, _, _)| *code);
        for (c, code) in codes.chain(tech.iter().map(|(code, _)| *code)).enumerate() {
            if let Some(&l) = person.competencies.get(code) {
                sheet.write_number(row, 3 + c as u16, f64::from(l))?;
            }
        }
        let col = 3 + (CORE.len() + tech.len()) as u16;
        // The JPM against the standard the standards file writes (the nine at the type's
        // default, then the seat's own), as an assessment centre computes it.
        let need = org.seat_of(e).map(|p| {
            let mut need = defaults.standard_for(org.position(p).kind, org.competencies());
            need.extend(org.position(p).requirements.clone());
            need
        });
        if let Some(fit) =
            need.and_then(|n| crate::domain::job_person_match(&person.competencies, &n))
        {
            let jpm = (fit.percent * 100.0).round() / 100.0;
            sheet.write_number(row, col, jpm)?;
            let category = if jpm >= profile.high {
                "Optimal"
            } else if jpm >= profile.middle {
                "Cukup Optimal"
            } else {
                "Kurang Optimal"
            };
            sheet.write_string(row, col + 1, category)?;
        }
    }
    book.save_to_buffer()
}

/// `SKP_2024_2025.csv` (TAB): `NIP`, `TAHUN`, `PREDIKAT`, two years for everyone rated; the
/// later year is the rating penata has, the predicates spelled as offices type them.
pub(super) fn skp(ctx: &Context, rng: &mut Rng) -> Vec<u8> {
    let mut csv = Csv::new(b'\t', false);
    csv.row(&["NIP", "TAHUN", "PREDIKAT"]);
    for person in ctx.org.employees() {
        let Some(latest) = person.performance else {
            continue;
        };
        let before = if rng.f64() < 0.7 {
            latest
        } else {
            Performance::ALL[rng.usize(..Performance::ALL.len())]
        };
        for (year, value) in [("2024", before), ("2025", latest)] {
            let label = value.label();
            let spelled = match rng.u8(0..4) {
                0 => label.to_uppercase(),
                1 => format!(" {} ", label.to_lowercase()),
                _ => label.to_string(),
            };
            csv.row(&[person.nip.as_str(), year, &spelled]);
        }
    }
    csv.into_bytes()
}
