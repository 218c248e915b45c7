//! The organization back in the office's shapes: the peta jabatan (kebutuhan, bezetting and
//! kurang/lebih per seat, with SIASN ids) and the unit hierarchy, as one workbook that
//! `penata import` reads again, so a refresh round trip loses nothing.
//!
//! A unit or seat without a SIASN id is written under penata's id, so that the file
//! still names every record once.

use crate::domain::{Organization, PositionType};
use crate::store::xlsx_export::{Sheet, Value};

/// The columns of the exported peta jabatan (a file format: the same in every language).
pub const PETA_COLUMNS: [&str; 10] = [
    "UNOR ID",
    "NAMA UNOR",
    "JABATAN ID",
    "NAMA JABATAN",
    "JENIS JABATAN",
    "ESELON",
    "JENJANG",
    "KEBUTUHAN",
    "BEZETTING",
    "KURANG/LEBIH", // i18n-exempt: a SIASN column name
];

/// The columns of the exported hierarchy (SIASN's own names).
pub const HIERARCHY_COLUMNS: [&str; 4] = ["ID", "NAMA_UNOR", "ID_ATASAN", "URUTAN"];

/// `JENIS JABATAN` and eselon as SIASN writes them for a seat type.
fn jenis_and_eselon(kind: PositionType) -> (&'static str, &'static str) {
    match kind {
        PositionType::JptUtama => ("Struktural", "I.a"),
        PositionType::JptMadya => ("Struktural", "I.b"),
        PositionType::JptPratama => ("Struktural", "II"),
        PositionType::Administrator => ("Struktural", "III"),
        PositionType::Pengawas => ("Struktural", "IV"),
        PositionType::Pelaksana => ("Pelaksana", ""),
        PositionType::Fungsional => ("Fungsional", ""),
    }
}

/// The hierarchy and the peta jabatan sheets.
pub fn siasn_sheets(org: &Organization) -> Vec<Sheet> {
    let unit_key = |ix: crate::domain::UnitIx| {
        let u = org.unit(ix);
        u.siasn_id.clone().unwrap_or_else(|| u.id.clone())
    };
    let mut hierarchy = Sheet::new("HierarkiUnor", &HIERARCHY_COLUMNS);
    // URUTAN: the place among siblings, from 1.
    let mut order = vec![0u32; org.units().len()];
    for u in 0..org.units().len() as u32 {
        for (n, &c) in org.children(u).iter().enumerate() {
            order[c as usize] = n as u32 + 1;
        }
    }
    for (i, r) in org.roots().iter().enumerate() {
        order[*r as usize] = i as u32 + 1;
    }
    for (i, u) in org.units().iter().enumerate() {
        let ix = i as crate::domain::UnitIx;
        hierarchy.push(vec![
            Value::from(unit_key(ix)),
            Value::from(u.name.as_str()),
            Value::text_or_empty(org.parent(ix).map(unit_key)),
            Value::from(order[i]),
        ]);
    }
    let mut peta = Sheet::new("Peta Jabatan", &PETA_COLUMNS);
    for (i, p) in org.positions().iter().enumerate() {
        let ix = i as crate::domain::PositionIx;
        let Some(unit) = org.unit_of(ix) else {
            continue;
        };
        let filled = org.position_headcount(ix).filled;
        let (jenis, eselon) = jenis_and_eselon(p.kind);
        peta.push(vec![
            Value::from(unit_key(unit)),
            Value::from(org.unit(unit).name.as_str()),
            Value::from(p.siasn_id.clone().unwrap_or_else(|| p.id.clone())),
            Value::from(p.title.as_str()),
            Value::from(jenis),
            Value::text_or_empty((!eselon.is_empty()).then_some(eselon)),
            Value::text_or_empty(p.jenjang.map(|j| j.label())),
            Value::from(p.formation),
            Value::from(filled),
            Value::Int(i64::from(filled) - i64::from(p.formation)),
        ]);
    }
    vec![hierarchy, peta]
}
