//! Recognizing a file by its header row: one alias table for every column penata reads,
//! headers compared after [`normalize`] (case, spaces and punctuation do not count), and the
//! kind of file told from the set of columns found.
//!
//! The aliases are written with `_` between words; normalizing removes it, so
//! `KEDUDUKAN_HUKUM_NAMA` matches `Kedudukan Hukum Nama`, `kedudukan-hukum-nama` and
//! `KEDUDUKANHUKUMNAMA` alike.

use super::grid::RowView;
use super::rows::FileKind;

/// A column penata reads, whatever the file calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Col {
    PnsId,
    Nip,
    Nama,
    GelarDepan,
    GelarBelakang,
    BirthDate,
    Sex,
    Kedudukan,
    Golongan,
    TmtCpns,
    Jenis,
    Eselon,
    JabatanId,
    Jabatan,
    TmtJabatan,
    EducationLevel,
    Education,
    UnorId,
    UnorName,
    /// `UNOR (1)`..`UNOR (n)`: the unit path, one level per column.
    UnorLevel(u8),
    Instansi,
    /// The hierarchy's own unit id (`ID`).
    Id,
    Parent,
    Order,
    Kebutuhan,
    Bezetting,
    Year,
    Predicate,
    Jpm,
    Kategori,
    /// One of the nine PermenPANRB 38/2017 competencies, by penata's code.
    Core(&'static str),
    /// A column of office workbooks that is known not to be a competency (`NO`, `NILAI`,
    /// `GOLONGAN` ...): never read as a technical competency, listed as ignored.
    Identity,
}

/// Every alias, in order of preference within a column: when a file has two columns for the
/// same thing (`JENIS JABATAN ID` and `JENIS JABATAN NAMA`), the first non-empty cell in this
/// order is read.
const ALIASES: &[(&str, Col)] = &[
    ("PNS_ID", Col::PnsId),
    ("ID_PNS", Col::PnsId),
    ("NIP_BARU", Col::Nip),
    ("NIP", Col::Nip),
    ("NIP_18", Col::Nip),
    ("NI_PPPK", Col::Nip),
    ("NIPPPK", Col::Nip),
    ("NAMA", Col::Nama),
    ("NAMA_PEGAWAI", Col::Nama),
    ("NAMA_LENGKAP", Col::Nama),
    ("GELAR_DEPAN", Col::GelarDepan),
    ("GELAR_BELAKANG", Col::GelarBelakang),
    ("TANGGAL_LAHIR", Col::BirthDate),
    ("TGL_LAHIR", Col::BirthDate),
    ("JENIS_KELAMIN", Col::Sex),
    ("KEDUDUKAN_HUKUM_NAMA", Col::Kedudukan),
    ("KEDUDUKAN_HUKUM", Col::Kedudukan),
    ("GOL_AKHIR_NAMA", Col::Golongan),
    ("GOL_AKHIR", Col::Golongan),
    ("GOLONGAN", Col::Golongan),
    ("GOLONGAN_RUANG", Col::Golongan),
    ("TMT_CPNS", Col::TmtCpns),
    ("JENIS_JABATAN_ID", Col::Jenis),
    ("JENIS_JABATAN_NAMA", Col::Jenis),
    ("JENIS_JABATAN", Col::Jenis),
    ("ESELON_ID", Col::Eselon),
    ("ESELON_NAMA", Col::Eselon),
    ("ESELON", Col::Eselon),
    ("JABATAN_ID", Col::JabatanId),
    ("ID_JABATAN", Col::JabatanId),
    ("JABATAN_NAMA", Col::Jabatan),
    ("NAMA_JABATAN", Col::Jabatan),
    ("JABATAN", Col::Jabatan),
    ("TMT_JABATAN", Col::TmtJabatan),
    ("TINGKAT_PENDIDIKAN_NAMA", Col::EducationLevel),
    ("TINGKAT_PENDIDIKAN", Col::EducationLevel),
    ("PENDIDIKAN_NAMA", Col::Education),
    ("PENDIDIKAN", Col::Education),
    ("UNOR_ID", Col::UnorId),
    ("ID_UNOR", Col::UnorId),
    ("UNOR_NAMA", Col::UnorName),
    ("NAMA_UNOR", Col::UnorName),
    ("UNIT_KERJA", Col::UnorName),
    ("NAMA_UNIT", Col::UnorName),
    ("UNIT_ORGANISASI", Col::UnorName),
    ("INSTANSI_INDUK_NAMA", Col::Instansi),
    ("INSTANSI_INDUK", Col::Instansi),
    ("ID", Col::Id),
    ("ID_ATASAN", Col::Parent),
    ("DIATASAN_ID", Col::Parent),
    ("ATASAN_ID", Col::Parent),
    ("URUTAN", Col::Order),
    ("KEBUTUHAN", Col::Kebutuhan),
    ("ABK", Col::Kebutuhan),
    ("FORMASI", Col::Kebutuhan),
    ("K", Col::Kebutuhan),
    ("BEZETTING", Col::Bezetting),
    ("EKSISTING", Col::Bezetting),
    ("TERISI", Col::Bezetting),
    ("B", Col::Bezetting),
    ("TAHUN", Col::Year),
    ("TAHUN_PENILAIAN", Col::Year),
    ("PREDIKAT", Col::Predicate),
    ("KUADRAN_KINERJA", Col::Predicate),
    ("PREDIKAT_KINERJA", Col::Predicate),
    ("JPM", Col::Jpm),
    ("KATEGORI", Col::Kategori),
    ("INT", Col::Core("INT")),
    ("INTEGRITAS", Col::Core("INT")),
    ("KS", Col::Core("KS")),
    ("KER", Col::Core("KS")),
    ("KERJA_SAMA", Col::Core("KS")),
    ("KOM", Col::Core("KOM")),
    ("KOMUNIKASI", Col::Core("KOM")),
    ("OH", Col::Core("OH")),
    ("OPH", Col::Core("OH")),
    ("ORIENTASI_PADA_HASIL", Col::Core("OH")),
    ("PP", Col::Core("PP")),
    ("PPU", Col::Core("PP")),
    ("PELAYANAN_PUBLIK", Col::Core("PP")),
    ("PDO", Col::Core("PDO")),
    ("PDOL", Col::Core("PDO")),
    ("PENGEMBANGAN_DIRI_DAN_ORANG_LAIN", Col::Core("PDO")),
    ("MP", Col::Core("MP")),
    ("MPE", Col::Core("MP")),
    ("MENGELOLA_PERUBAHAN", Col::Core("MP")),
    ("PK", Col::Core("PK")),
    ("PKE", Col::Core("PK")),
    ("PENGAMBILAN_KEPUTUSAN", Col::Core("PK")),
    ("PB", Col::Core("PB")),
    ("PBA", Col::Core("PB")),
    ("PEREKAT_BANGSA", Col::Core("PB")),
    // Columns of office workbooks that are never a competency.
    ("NO", Col::Identity),
    ("NOMOR", Col::Identity),
    ("NO_URUT", Col::Identity),
    ("NIP_LAMA", Col::Identity),
    ("PANGKAT", Col::Identity),
    ("NILAI", Col::Identity),
    ("SKOR", Col::Identity),
    ("TOTAL", Col::Identity),
    ("JUMLAH", Col::Identity),
    ("KETERANGAN", Col::Identity),
    ("KET", Col::Identity),
    ("REKOMENDASI", Col::Identity),
    ("POTENSI", Col::Identity),
    ("KINERJA", Col::Identity),
    ("TANGGAL", Col::Identity),
    ("TANGGAL_ASESMEN", Col::Identity),
    ("INSTANSI", Col::Identity),
    ("SATUAN_KERJA", Col::Identity),
    ("LEVEL", Col::Identity),
];

/// Pushes the normalized form of a header onto `out`: letters and digits only, lower case.
pub(crate) fn normalize_into(header: &str, out: &mut String) {
    for c in header.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
}

/// A header without case, spaces or punctuation: `NIP BARU`, `nip_baru` and `Nip-Baru` are
/// all `nipbaru`.
pub(crate) fn normalize(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    normalize_into(header, &mut out);
    out
}

/// The column a header names, with its preference (lower is preferred), if penata knows it.
pub(crate) fn column_of(header: &str) -> Option<(Col, usize)> {
    let norm = normalize(header);
    if norm.is_empty() {
        return None;
    }
    if let Some(i) = ALIASES.iter().position(|(a, _)| alias_is(a, &norm)) {
        return Some((ALIASES[i].1, i));
    }
    // `UNOR (1)`, `UNOR 2`, `UNOR_LEVEL_3`: one level of the unit path per column.
    let level = norm
        .strip_prefix("unor")
        .map(|rest| rest.strip_prefix("level").unwrap_or(rest))
        .and_then(|digits| digits.parse::<u8>().ok())
        .filter(|n| (1..=30).contains(n));
    level.map(|n| (Col::UnorLevel(n), ALIASES.len() + usize::from(n)))
}

/// Whether an alias (`NIP_BARU`) normalizes to `norm` (`nipbaru`), without allocating.
fn alias_is(alias: &str, norm: &str) -> bool {
    let mut letters = alias
        .bytes()
        .filter(|b| *b != b'_')
        .map(|b| b.to_ascii_lowercase());
    let mut other = norm.bytes();
    loop {
        match (letters.next(), other.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

/// A header row as recognized: the kind of file and, for every column, what penata reads
/// there.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    pub kind: FileKind,
    /// The header cells as written (trimmed), by column index.
    pub names: Vec<String>,
    /// What each column is, by index (`None`: not a column penata knows).
    pub cols: Vec<Option<(Col, usize)>>,
}

impl Header {
    /// Recognizes a header row, or says it is not one.
    pub fn recognize(row: &dyn RowView) -> Option<Header> {
        let names: Vec<String> = (0..row.len()).map(|i| row.cell(i).written()).collect();
        let cols: Vec<Option<(Col, usize)>> = names.iter().map(|n| column_of(n)).collect();
        let has = |c: Col| cols.iter().flatten().any(|(x, _)| *x == c);
        let core = cols
            .iter()
            .flatten()
            .any(|(c, _)| matches!(c, Col::Core(_)));
        let seat = has(Col::JabatanId) || has(Col::Jabatan);
        let kind = if has(Col::Id) && has(Col::UnorName) && has(Col::Parent) {
            FileKind::Hierarchy
        } else if has(Col::Nip) && has(Col::Year) && has(Col::Predicate) {
            FileKind::Skp
        } else if has(Col::Nip) && core {
            FileKind::Assessment
        } else if has(Col::Nip)
            && has(Col::Nama)
            && (has(Col::UnorId) || has(Col::UnorName) || has(Col::Jabatan))
        {
            FileKind::Profile
        } else if has(Col::Kebutuhan) && seat {
            FileKind::PetaJabatan
        } else if seat && core && !has(Col::Nip) {
            FileKind::Standard
        } else {
            return None;
        };
        Some(Header { kind, names, cols })
    }

    /// The columns holding `col`, most preferred first.
    pub fn find(&self, col: Col) -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = self
            .cols
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.filter(|(x, _)| *x == col).map(|(_, p)| (p, i)))
            .collect();
        found.sort_unstable();
        found.into_iter().map(|(_, i)| i).collect()
    }

    /// The `UNOR (n)` level columns, outermost first.
    pub fn levels(&self) -> Vec<usize> {
        let mut found: Vec<(u8, usize)> = self
            .cols
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Some((Col::UnorLevel(n), _)) => Some((*n, i)),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found.into_iter().map(|(_, i)| i).collect()
    }

    /// The core competency columns, each with penata's code.
    pub fn cores(&self) -> Vec<(usize, &'static str)> {
        self.cols
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Some((Col::Core(code), _)) => Some((i, *code)),
                _ => None,
            })
            .collect()
    }

    /// Columns with a header penata has no alias for: technical competency candidates in
    /// standards and assessments, ignored elsewhere.
    pub fn unknown(&self) -> Vec<usize> {
        (0..self.names.len())
            .filter(|&i| self.cols[i].is_none() && !self.names[i].is_empty())
            .collect()
    }

    /// The headers of the columns this kind does not read, as written, leaving out the
    /// columns in `read_too` (technical competencies found in the data).
    pub fn ignored(&self, read_too: &[usize]) -> Vec<String> {
        (0..self.names.len())
            .filter(|&i| !self.names[i].is_empty() && !read_too.contains(&i))
            .filter(|&i| match self.cols[i] {
                Some((col, _)) => !uses(self.kind, col),
                None => true,
            })
            .map(|i| self.names[i].clone())
            .collect()
    }
}

/// Whether a file of this kind reads the column.
fn uses(kind: FileKind, col: Col) -> bool {
    use Col as C;
    match kind {
        FileKind::Profile => matches!(
            col,
            C::PnsId
                | C::Nip
                | C::Nama
                | C::GelarDepan
                | C::GelarBelakang
                | C::BirthDate
                | C::Sex
                | C::Kedudukan
                | C::Golongan
                | C::TmtCpns
                | C::Jenis
                | C::Eselon
                | C::JabatanId
                | C::Jabatan
                | C::TmtJabatan
                | C::EducationLevel
                | C::Education
                | C::UnorId
                | C::UnorName
                | C::UnorLevel(_)
                | C::Instansi
        ),
        FileKind::Hierarchy => {
            matches!(col, C::Id | C::UnorName | C::Parent | C::Eselon | C::Order)
        }
        FileKind::PetaJabatan => matches!(
            col,
            C::UnorId
                | C::UnorName
                | C::JabatanId
                | C::Jabatan
                | C::Jenis
                | C::Eselon
                | C::Kebutuhan
                | C::Bezetting
        ),
        FileKind::Standard => matches!(col, C::UnorId | C::JabatanId | C::Jabatan | C::Core(_)),
        FileKind::Assessment => matches!(col, C::Nip | C::Nama | C::Jpm | C::Kategori | C::Core(_)),
        FileKind::Skp => matches!(col, C::Nip | C::Year | C::Predicate),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::store::siasn::grid::TextRow;

    fn kind(headers: &[&str]) -> Option<FileKind> {
        Header::recognize(&TextRow(headers)).map(|h| h.kind)
    }

    #[test]
    fn headers_match_whatever_their_case_spaces_and_punctuation() {
        for h in ["NIP BARU", "nip_baru", "Nip-Baru", " NIP.BARU ", "NIPBARU"] {
            assert_eq!(column_of(h).map(|c| c.0), Some(Col::Nip), "{h}");
        }
        assert_eq!(column_of("UNOR (3)").map(|c| c.0), Some(Col::UnorLevel(3)));
        assert_eq!(column_of("Unor_1").map(|c| c.0), Some(Col::UnorLevel(1)));
        assert_eq!(column_of("UNOR"), None);
        assert_eq!(column_of("NIP BARU LAMA"), None);
        assert_eq!(column_of("Kerja Sama").map(|c| c.0), Some(Col::Core("KS")));
        assert_eq!(column_of("KERJASAMA").map(|c| c.0), Some(Col::Core("KS")));
    }

    #[test]
    fn every_competency_alias_maps_to_penatas_code() {
        let cases = [
            ("INT", "INT"),
            ("Integritas", "INT"),
            ("KER", "KS"),
            ("komunikasi", "KOM"),
            ("OPH", "OH"),
            ("Orientasi pada Hasil", "OH"),
            ("PPU", "PP"),
            ("Pelayanan Publik", "PP"),
            ("PDOL", "PDO"),
            ("Pengembangan Diri dan Orang Lain", "PDO"),
            ("MPE", "MP"),
            ("Mengelola Perubahan", "MP"),
            ("PKE", "PK"),
            ("Pengambilan Keputusan", "PK"),
            ("PBA", "PB"),
            ("Perekat Bangsa", "PB"),
        ];
        for (header, code) in cases {
            assert_eq!(
                column_of(header).map(|c| c.0),
                Some(Col::Core(code)),
                "{header}"
            );
        }
    }

    #[test]
    fn the_kind_comes_from_the_columns_found() {
        let profile = ["PNS ID", "NIP BARU", "NAMA", "UNOR NAMA", "AGAMA NAMA"];
        assert_eq!(kind(&profile), Some(FileKind::Profile));
        assert_eq!(
            kind(&["nip", "Nama", "Nama Jabatan"]),
            Some(FileKind::Profile)
        );
        assert_eq!(
            kind(&["ID", "NAMA_UNOR", "ID_ATASAN", "ESELON"]),
            Some(FileKind::Hierarchy)
        );
        assert_eq!(
            kind(&["Id", "Nama Unor", "Diatasan Id"]),
            Some(FileKind::Hierarchy)
        );
        assert_eq!(
            kind(&["UNOR ID", "NAMA JABATAN", "ABK", "B"]),
            Some(FileKind::PetaJabatan)
        );
        assert_eq!(
            kind(&["JABATAN ID", "INT", "KS", "Statistik"]),
            Some(FileKind::Standard)
        );
        assert_eq!(
            kind(&["NIP", "NAMA", "UNOR NAMA", "INTEGRITAS", "JPM"]),
            Some(FileKind::Assessment)
        );
        assert_eq!(
            kind(&["NIP", "TAHUN", "KUADRAN KINERJA"]),
            Some(FileKind::Skp)
        );
        assert_eq!(kind(&["DAFTAR PEGAWAI KOTA BINJAI"]), None);
        assert_eq!(kind(&["NIP", "NAMA"]), None);
    }

    #[test]
    fn ignored_columns_are_listed_as_written() {
        let h = Header::recognize(&TextRow(&[
            "PNS ID",
            "NIP BARU",
            "NAMA",
            "UNOR NAMA",
            "AGAMA NAMA",
            "",
            "KEBUTUHAN",
        ]))
        .unwrap();
        assert_eq!(h.ignored(&[]), ["AGAMA NAMA", "KEBUTUHAN"]);
    }

    #[test]
    fn the_preferred_alias_comes_first() {
        let h = Header::recognize(&TextRow(&[
            "NIP",
            "NAMA",
            "JENIS JABATAN NAMA",
            "JENIS JABATAN ID",
            "JABATAN NAMA",
        ]))
        .unwrap();
        assert_eq!(h.find(Col::Jenis), [3, 2]);
    }

    proptest! {
        #[test]
        fn normalization_ignores_case_space_and_punctuation(
            words in proptest::collection::vec("[a-zA-Z0-9]{1,8}", 1..5),
            seps in proptest::collection::vec("[ _./()-]{0,3}", 5),
            upper in proptest::collection::vec(any::<bool>(), 40),
        ) {
            let plain: String = words.concat().to_lowercase();
            let mut messy = String::from(seps[4].as_str());
            for (i, w) in words.iter().enumerate() {
                let cased: String = w
                    .chars()
                    .enumerate()
                    .map(|(j, c)| if upper[(i * 8 + j) % 40] { c.to_ascii_uppercase() } else { c })
                    .collect();
                messy.push_str(&cased);
                messy.push_str(&seps[i]);
            }
            prop_assert_eq!(normalize(&messy), plain.clone());
            prop_assert_eq!(column_of(&messy), column_of(&plain));
        }
    }
}
