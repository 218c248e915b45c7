//! The ASN profile export ("Export Data ASN" / "Data Utama"): one row per person. Besides
//! each cell, the whole file is checked for a NIP twice and for PNS and PPPK mixed (they
//! come as separate files; the file's kind is what most of its rows are).

use std::collections::HashMap;

use foldhash::fast::RandomState;

use super::header::{Col, Header};
use super::kinds::{Cx, Done};
use super::read::Sink;
use super::rows::{At, Parsed, ProfileRow, Severity};
use super::values;
use crate::domain::AsnKind;
use crate::lang::msg;

/// The columns of the profile export, and the rows read so far.
pub(crate) struct ProfileReader {
    file: usize,
    pns_id: Vec<usize>,
    nip: Vec<usize>,
    nama: Vec<usize>,
    front: Vec<usize>,
    back: Vec<usize>,
    birth: Vec<usize>,
    sex: Vec<usize>,
    kedudukan: Vec<usize>,
    golongan: Vec<usize>,
    tmt_cpns: Vec<usize>,
    jenis: Vec<usize>,
    eselon: Vec<usize>,
    jabatan_id: Vec<usize>,
    jabatan: Vec<usize>,
    tmt_jabatan: Vec<usize>,
    education_level: Vec<usize>,
    education: Vec<usize>,
    unor_id: Vec<usize>,
    unor_name: Vec<usize>,
    levels: Vec<usize>,
    instansi: Vec<usize>,
    /// Where each NIP was first seen.
    seen: HashMap<crate::domain::Nip, u32, RandomState>,
    /// The column each row's NIP was read from, for a finding about it later.
    nip_cols: Vec<usize>,
    rows: Vec<ProfileRow>,
}

impl ProfileReader {
    pub fn new(h: &Header, file: usize) -> ProfileReader {
        ProfileReader {
            file,
            pns_id: h.find(Col::PnsId),
            nip: h.find(Col::Nip),
            nama: h.find(Col::Nama),
            front: h.find(Col::GelarDepan),
            back: h.find(Col::GelarBelakang),
            birth: h.find(Col::BirthDate),
            sex: h.find(Col::Sex),
            kedudukan: h.find(Col::Kedudukan),
            golongan: h.find(Col::Golongan),
            tmt_cpns: h.find(Col::TmtCpns),
            jenis: h.find(Col::Jenis),
            eselon: h.find(Col::Eselon),
            jabatan_id: h.find(Col::JabatanId),
            jabatan: h.find(Col::Jabatan),
            tmt_jabatan: h.find(Col::TmtJabatan),
            education_level: h.find(Col::EducationLevel),
            education: h.find(Col::Education),
            unor_id: h.find(Col::UnorId),
            unor_name: h.find(Col::UnorName),
            levels: h.levels(),
            instansi: h.find(Col::Instansi),
            seen: HashMap::default(),
            nip_cols: Vec::new(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cx: &mut Cx<'_, '_>) {
        let Some((nip_col, nip)) = cx.nip(&self.nip) else {
            return;
        };
        if let Some(&first) = self.seen.get(&nip) {
            let m = msg!("siasn-duplicate-nip", first = first.to_string());
            return cx.error(nip_col, m);
        }
        let nama = cx.text(&self.nama).unwrap_or_default();
        if nama.is_empty() {
            return cx.row_error(&self.nama, msg!("siasn-name-missing"));
        }
        let front = cx.text(&self.front).unwrap_or_default();
        let back = cx.text(&self.back).unwrap_or_default();
        let birth_date = cx.value(&self.birth, values::date);
        if let (Some(written), Some(coded)) = (birth_date, nip.birth_date())
            && written != coded
            && let Some(&col) = self.birth.first()
        {
            let m = msg!("siasn-birth-date-mismatch", nip = coded.to_string());
            cx.cell_finding(Severity::Error, col, written.to_string(), m);
        }
        if let Some((col, text)) = cx.cell(&self.sex).map(|(i, c)| (i, c.written()))
            && values::sex(&text).is_some_and(|s| s != nip.sex())
        {
            cx.cell_finding(Severity::Note, col, text, msg!("siasn-sex-mismatch"));
        }
        let kedudukan = cx.text(&self.kedudukan);
        let active = values::active(kedudukan.as_deref().unwrap_or(""));
        let rank = match cx.cell(&self.golongan).map(|(i, c)| (i, c.written())) {
            Some((col, text)) => match values::rank(&text) {
                Ok(r) => Some(r),
                Err(m) => {
                    cx.error(col, m);
                    None
                }
            },
            None => None,
        };
        let unor_name = cx
            .text(&self.unor_name)
            .map(|n| values::unit_name(&n).to_owned())
            .filter(|n| !n.is_empty());
        let mut unor_path: Vec<String> = Vec::new();
        for &col in &self.levels {
            if let Some(level) = cx.text(&[col]) {
                let level = values::unit_name(&level);
                if !level.is_empty() {
                    unor_path.push(level.to_owned());
                }
            }
        }
        if unor_path.is_empty()
            && let Some(name) = &unor_name
        {
            unor_path = path_in_name(name);
        }
        let row = ProfileRow {
            at: At {
                file: self.file,
                row: cx.n,
            },
            pns_id: cx.text(&self.pns_id),
            nip,
            name: values::display_name(&front, &nama, &back),
            birth_date,
            kedudukan,
            active,
            rank,
            tmt_cpns: cx.value(&self.tmt_cpns, values::date),
            jenis: cx.value(&self.jenis, values::jenis),
            eselon: cx.value(&self.eselon, values::eselon),
            jabatan_id: cx.text(&self.jabatan_id),
            jabatan: cx.text(&self.jabatan),
            tmt_jabatan: cx.value(&self.tmt_jabatan, values::date),
            education_level: cx.text(&self.education_level),
            education_name: cx.text(&self.education),
            unor_id: cx.text(&self.unor_id),
            unor_name,
            unor_path,
            instansi: cx.text(&self.instansi),
        };
        self.seen.insert(nip, cx.n);
        self.nip_cols.push(nip_col);
        self.rows.push(row);
    }

    /// Flags the rows of the other kind (PNS among PPPK or the reverse) and hands the rows
    /// over.
    pub fn finish(self, header: &Header, sink: &mut Sink<'_>, parsed: &mut Parsed) -> Done {
        let pppk_rows = self
            .rows
            .iter()
            .filter(|r| r.nip.kind() == AsnKind::Pppk)
            .count();
        let pppk = pppk_rows * 2 > self.rows.len();
        let odd = if pppk { AsnKind::Pns } else { AsnKind::Pppk };
        for (r, &col) in self.rows.iter().zip(&self.nip_cols) {
            if r.nip.kind() != odd {
                continue;
            }
            if sink.is_full() {
                sink.count_unlisted(Severity::Error);
                continue;
            }
            let m = if pppk {
                msg!("siasn-pns-in-pppk")
            } else {
                msg!("siasn-pppk-in-pns")
            };
            let f = sink
                .finding(Severity::Error, m)
                .at_row(r.at.row)
                .in_column(&header.names[col])
                .with_value(r.nip.as_str());
            sink.push(f);
        }
        parsed.profiles.extend(self.rows);
        Done {
            read_too: Vec::new(),
            pppk,
        }
    }
}

/// A unit path written in one name (`Dinas Kesehatan / Bidang P2P / Seksi Surveilans`,
/// with ` / `, ` > ` or ` - ` between the levels), outermost first; empty when the name
/// is one level.
fn path_in_name(name: &str) -> Vec<String> {
    for sep in [" > ", " / ", " - "] {
        if name.contains(sep) {
            let parts: Vec<String> = name
                .split(sep)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
            if parts.len() > 1 {
                return parts;
            }
        }
    }
    Vec::new()
}
