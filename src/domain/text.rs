//! Every message the domain makes, in Bahasa Indonesia and English: validation problems of an
//! organization read from a file, NIP and golongan errors, feedback rules, plan operations'
//! refusals and conflicts, and the invariants `penata check` verifies.
//!
//! Fixed texts are one `texts!` table (a function per text and the rows of [`ALL`]); texts
//! built from values are functions with a `match` over [`lang()`], so the compiler sees both
//! languages. The domain stays pure: it only reads the process language. Field names, codes
//! and ids (`nip`, `units[2]`, `formation`, `III/c`) stay as the file writes them.

use crate::lang::{Lang, lang};

mod validation;

pub use validation::*;

crate::lang::texts! {
    /// The record label of the file's top-level fields.
    TOP_LEVEL => "tingkat atas",
        "top level";
    ORGANIZATION_NAME => "nama organisasi",
        "the organization's name";
    DICT_EMPTY => "kamus kompetensi kosong",
        "the competency dictionary is empty";
    DICT_SEE_LIST => "lihat daftar competencies",
        "see the competencies list";
    COMPETENCY_CODE => "kode kompetensi seperti INT",
        "a competency code such as INT";
    COMPETENCY_NAME => "nama kompetensi",
        "the competency's name";
    POSITION_ID => "id jabatan yang unik",
        "a unique position id";
    POSITION_UNIT => "id unit tempat jabatan berada",
        "the id of the unit the position is in";
    POSITION_TITLE => "nama jabatan",
        "the position's title";
    FORMATION_RULE => "harus bilangan bulat 0 atau lebih (kebutuhan formasi jabatan; 0 = sedang dihapus)",
        "must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)";
    TASK_NAME => "nama tugas",
        "the task's name";
    VOLUME_RULE => "harus bilangan bulat 0 atau lebih (berapa kali tugas dikerjakan setahun)",
        "must be a whole number 0 or more (times the task is done a year)";
    MINUTES_RULE => "harus bilangan bulat 0 atau lebih (menit setiap kali)",
        "must be a whole number 0 or more (minutes each time)";
    UNIT_ID => "id unit yang unik",
        "a unique unit id";
    UNIT_NAME => "nama unit",
        "the unit's name";
    PARENT_EMPTY => "parent kosong: gunakan null untuk unit teratas",
        "parent is empty: use null for a root unit";
    FEEDBACK_DATE => "tanggal disampaikan, YYYY-MM-DD",
        "the date it was said, YYYY-MM-DD";
    FEEDBACK_TEXT => "apa yang disampaikan masyarakat",
        "what the public said";
    RECORDED_BY => "siapa yang mencatat tanggapan",
        "who recorded the feedback";
    RECORDED_AT => "waktu pencatatan, tanggal-waktu RFC 3339",
        "when it was recorded, an RFC 3339 date-time";
    NIP_MISSING => "nip tidak ada: NIP 18 digit wajib diisi",
        "nip is missing: the 18-digit NIP is required";
    EMPLOYEE_NAME => "nama lengkap dengan gelar",
        "the full name with titles";
    RANK => "golongan seperti III/c (PNS) atau IX (PPPK)",
        "a golongan such as III/c (PNS) or IX (PPPK)";
    NOTE_AT => "tanggal-waktu RFC 3339",
        "an RFC 3339 date-time";
    NOTE_AUTHOR => "siapa yang menulis catatan",
        "who wrote the note";
    NOTE_TEXT => "isi catatan",
        "the note's text";
    /// A seat's label when the person has none.
    NOT_PLACED => "belum ditempatkan",
        "unplaced";
    PLAN_NAME_EMPTY => "nama rencana tidak boleh kosong",
        "a plan name cannot be empty";
    PLAN_NAME_CONTROL => "nama rencana tidak boleh berisi karakter kendali",
        "a plan name cannot contain control characters";
    FEEDBACK_EMPTY_TEXT => "teks tanggapan kosong: tuliskan apa yang disampaikan masyarakat",
        "the feedback text is empty: say what the public said";
    FEEDBACK_EMPTY_SOURCE => "sumber kosong: hilangkan bila sumbernya tidak diketahui",
        "the source is empty: leave it out when it is not known";
    FEEDBACK_NO_RECORDER => "pencatat tanggapan tidak diketahui: recorded_by tidak boleh kosong",
        "who recorded the feedback is not known: recorded_by must not be empty";
    NIP_MASKED => "NIP disamarkan (digit disembunyikan oleh --mask-nip): ekspor yang disamarkan tidak dapat diimpor sebagai data sebenarnya; impor ekspor yang dibuat tanpa --mask-nip",
        "the NIP is masked (digits hidden by --mask-nip): a masked export cannot be imported as real data; import an export made without --mask-nip";
    NIP_SEQUENCE => "nomor urut 000: harus 001-999",
        "sequence is 000: must be 001-999";
    PERSON_GONE => "pegawai sudah tidak ada di organisasi",
        "the person is no longer in the organization";
    NO_HOLDER_LIST => "tidak ada di daftar pemangku mana pun",
        "is in no holder list";
    NO_SEAT => "tidak memangku jabatan",
        "no seat";
}

// ---- NIP, golongan, feedback --------------------------------------------------------------

/// A NIP with the wrong number of digits.
pub fn nip_length(found: usize) -> String {
    match lang() {
        Lang::Id => {
            format!(
                "harus 18 digit (spasi di antara kelompok digit boleh), ditemukan {found} digit"
            )
        }
        Lang::En => {
            format!("must be 18 digits (spaces between groups are allowed), found {found} digits")
        }
    }
}

/// A NIP with a character that is not a digit or a space.
pub fn nip_not_digit(c: char) -> String {
    match lang() {
        Lang::Id => format!("hanya boleh berisi digit dan spasi, ditemukan {c:?}"),
        Lang::En => format!("may contain only digits and spaces, found {c:?}"),
    }
}

/// A NIP whose birth date is not a date.
pub fn nip_birth_date(date: &str) -> String {
    match lang() {
        Lang::Id => format!("tanggal lahir {date} bukan tanggal kalender"),
        Lang::En => format!("birth date {date} is not a calendar date"),
    }
}

/// A NIP whose digits 13-14 are neither a month nor 21-29.
pub fn nip_kind_digits(digits: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "digit 13-14 bernilai {digits}: harus bulan TMT CPNS 01-12 (PNS) atau 21-29 (NI PPPK)"
        ),
        Lang::En => {
            format!("digits 13-14 are {digits}: a TMT CPNS month 01-12 (PNS) or 21-29 (NI PPPK)")
        }
    }
}

/// A PNS NIP whose TMT CPNS is before the age of 18.
pub fn nip_too_young(year: i32, month: u8, birth_year: i32) -> String {
    match lang() {
        Lang::Id => format!(
            "TMT CPNS {year}-{month:02} sebelum usia 18 tahun (lahir {birth_year}); periksa NIP"
        ),
        Lang::En => format!(
            "TMT CPNS {year}-{month:02} is before the age of 18 (born {birth_year}); check the NIP"
        ),
    }
}

/// An NI PPPK whose appointment year is before the age of 18.
pub fn nip_pppk_too_young(year: i32, birth_year: i32) -> String {
    match lang() {
        Lang::Id => format!(
            "tahun pengangkatan {year} sebelum usia 18 tahun (lahir {birth_year}); periksa NIP"
        ),
        Lang::En => format!(
            "appointment year {year} is before the age of 18 (born {birth_year}); check the NIP"
        ),
    }
}

/// A NIP whose sex digit is not 1 or 2.
pub fn nip_sex(c: char) -> String {
    match lang() {
        Lang::Id => format!("digit jenis kelamin {c}: harus 1 (laki-laki) atau 2 (perempuan)"),
        Lang::En => format!("sex digit is {c}: must be 1 (male) or 2 (female)"),
    }
}

/// A text that is not a golongan.
pub fn not_a_golongan(found: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "{found:?} bukan golongan: gunakan I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) \
             atau I-XVII (PPPK)"
        ),
        Lang::En => format!(
            "{found:?} is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) \
             or I-XVII (PPPK)"
        ),
    }
}

/// A feedback text that is too long.
pub fn feedback_text_too_long(chars: usize, max: usize) -> String {
    match lang() {
        Lang::Id => format!(
            "teks tanggapan {chars} karakter: batasi {max} karakter (intinya; simpan surat \
             lengkapnya di tempat lain)"
        ),
        Lang::En => format!(
            "the feedback text has {chars} characters: keep it to {max} (its gist; keep the \
             whole letter elsewhere)"
        ),
    }
}

/// A feedback source that is too long.
pub fn feedback_source_too_long(chars: usize, max: usize) -> String {
    match lang() {
        Lang::Id => format!(
            "sumber {chars} karakter: batasi {max} karakter (misalnya musrenbang, SP4N-LAPOR!, \
             forum warga)"
        ),
        Lang::En => format!(
            "the source has {chars} characters: keep it to {max} (e.g. musrenbang, SP4N-LAPOR!, \
             forum warga)"
        ),
    }
}

/// A feedback field (`text`, `source`) with a control character in it.
pub fn feedback_control(field: &str, found: &str) -> String {
    match lang() {
        Lang::Id => {
            let field = match field {
                "text" => "teks tanggapan",
                "source" => "sumber",
                other => other,
            };
            format!(
                "{field} berisi karakter kendali ({found}): tulis dalam satu baris tanpa tab atau \
                 escape"
            )
        }
        Lang::En => format!(
            "the {field} contains a control character ({found}): write it on one line without \
             tabs or escapes"
        ),
    }
}

/// A severity that is not one of the codes.
pub fn unknown_severity(found: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "tingkat \"{found}\": harus salah satu dari low, medium, high (atau rendah, sedang, \
             tinggi)"
        ),
        Lang::En => format!(
            "severity \"{found}\": must be one of low, medium, high (or rendah, sedang, tinggi)"
        ),
    }
}

// ---- Plan operations ----------------------------------------------------------------------

/// A move of a NIP nobody has.
pub fn unknown_person(nip: &str) -> String {
    match lang() {
        Lang::Id => {
            format!("tidak ada pegawai dengan NIP {nip}; cari pegawai dengan: penata search NAMA")
        }
        Lang::En => format!("no employee with NIP {nip}; find people with: penata search NAME"),
    }
}

/// A move to a seat id no position has.
pub fn unknown_seat(id: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "tidak ada jabatan dengan id {id}; lihat id jabatan dengan: penata show NIP atau \
             penata export"
        ),
        Lang::En => format!(
            "no position with id {id}; see the position ids with: penata show NIP or penata export"
        ),
    }
}

/// A move to the seat the person already holds.
pub fn already_holds(name: &str, title: &str, id: &str) -> String {
    match lang() {
        Lang::Id => {
            format!("{name} sudah memangku {title} ({id}) dalam rencana ini; pilih jabatan lain")
        }
        Lang::En => {
            format!("{name} already holds {title} ({id}) in this plan; choose another seat")
        }
    }
}

/// Unplacing someone who is not placed.
pub fn not_placed(name: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "{name} belum ditempatkan dalam rencana ini; tidak ada yang perlu dilepas dari jabatan"
        ),
        Lang::En => format!(
            "{name} is not placed (belum ditempatkan) in this plan; there is nothing to unplace"
        ),
    }
}

/// A move to a seat being abolished.
pub fn abolished(title: &str, id: &str) -> String {
    match lang() {
        Lang::Id => format!("{title} ({id}) sedang dihapus (formasi 0); pilih jabatan lain"),
        Lang::En => format!("{title} ({id}) is being abolished (formasi 0); choose another seat"),
    }
}

/// The head of a conflict: which move, whose.
pub fn conflict_move(number: usize, nip: &str) -> String {
    match lang() {
        Lang::Id => format!("perpindahan {number} ({nip})"),
        Lang::En => format!("move {number} ({nip})"),
    }
}

/// A move's target seat that no longer exists.
pub fn seat_gone(id: &str) -> String {
    match lang() {
        Lang::Id => format!("jabatan {id} sudah tidak ada"),
        Lang::En => format!("position {id} no longer exists"),
    }
}

/// A move's target seat that is being abolished.
pub fn seat_abolished(id: &str) -> String {
    match lang() {
        Lang::Id => format!("jabatan {id} sedang dihapus (formasi 0)"),
        Lang::En => format!("position {id} is being abolished (formasi 0)"),
    }
}

/// A person whose seat changed since the move was made.
pub fn seat_changed(actual: &str, expected: &str) -> String {
    match lang() {
        Lang::Id => {
            format!("jabatannya kini {actual}, bukan {expected} seperti saat perpindahan dibuat")
        }
        Lang::En => {
            format!("the person's seat is now {actual}, not {expected} as when the move was made")
        }
    }
}

/// A plan name that is too long.
pub fn plan_name_too_long(name: &str, max: usize, n: usize) -> String {
    match lang() {
        Lang::Id => format!("nama rencana paling banyak {max} karakter; \"{name}\" berisi {n}"),
        Lang::En => format!("a plan name has at most {max} characters; \"{name}\" has {n}"),
    }
}

/// A plan name with spaces around it.
pub fn plan_name_spaces(name: &str) -> String {
    match lang() {
        Lang::Id => format!("nama rencana \"{name}\" diawali atau diakhiri spasi; hapus spasinya"),
        Lang::En => format!("the plan name \"{name}\" starts or ends with a space; remove it"),
    }
}

// ---- Database invariants (`penata check`) -------------------------------------------------

/// Two records of one kind (`unit`, `position`, `employee`) share an id.
pub fn duplicate_record(kind: &str, id: &str) -> String {
    match lang() {
        Lang::Id => {
            let kind = match kind {
                "position" => "jabatan",
                "employee" => "pegawai",
                other => other,
            };
            format!("dua {kind} memakai id yang sama {id}")
        }
        Lang::En => format!("two {kind}s share the id {id}"),
    }
}

/// A unit whose parent does not exist.
pub fn check_unknown_parent(unit: &str, parent: &str) -> String {
    match lang() {
        Lang::Id => format!("unit {unit} menyebut parent {parent}, yang tidak ada"),
        Lang::En => format!("unit {unit} names parent {parent}, which does not exist"),
    }
}

/// A unit that is its own ancestor.
pub fn check_unit_cycle(unit: &str) -> String {
    match lang() {
        Lang::Id => format!("unit {unit} menjadi leluhurnya sendiri (unit tidak membentuk hutan)"),
        Lang::En => format!("unit {unit} is its own ancestor (the units are not a forest)"),
    }
}

/// A position in a unit that does not exist.
pub fn check_unknown_unit(position: &str, unit: &str) -> String {
    match lang() {
        Lang::Id => format!("jabatan {position} berada di unit {unit}, yang tidak ada"),
        Lang::En => format!("position {position} is in unit {unit}, which does not exist"),
    }
}

/// An employee holding a position that does not exist.
pub fn check_unknown_seat(nip: &str, position: &str) -> String {
    match lang() {
        Lang::Id => format!("pegawai {nip} memangku jabatan {position}, yang tidak ada"),
        Lang::En => format!("employee {nip} holds position {position}, which does not exist"),
    }
}

/// An employee the holder lists disagree about.
pub fn check_holder_index(nip: &str, detail: &str) -> String {
    match lang() {
        Lang::Id => format!("pegawai {nip}: {detail}"),
        Lang::En => format!("employee {nip}: {detail}"),
    }
}

/// An employee listed in several holder lists.
pub fn listed_in_seats(n: usize, seats: &str, holds: &str) -> String {
    match lang() {
        Lang::Id => format!("tercatat di {n} jabatan ({seats}) tetapi memangku {holds}"),
        Lang::En => format!("is listed in {n} seats ({seats}) but holds {holds}"),
    }
}

// ---- Talent (9-box) --------------------------------------------------------------------

/// The 9-box advice for box `b` (1-9): PermenPANRB 3/2020's words in Bahasa Indonesia, a
/// translation in English; empty for any other number.
pub fn ninebox_advice(b: u8) -> &'static str {
    match lang() {
        Lang::Id => super::ninebox::advice(b),
        Lang::En => match b {
            9 => "Promote and retain",
            7 | 8 => "Retain; succession pool; rotation or job enrichment",
            3 | 5 | 6 => "Right placement; performance coaching; competency development",
            4 => "Rotation; competency development",
            2 => "Performance coaching; competency development",
            1 => "Handle under the discipline rules",
            _ => "",
        },
    }
}

/// A 9-box performance band: the regulation's words in Bahasa Indonesia, a translation in
/// English.
pub fn performance_band(band: super::ninebox::PerformanceBand) -> &'static str {
    use super::ninebox::PerformanceBand as B;
    match (lang(), band) {
        (Lang::Id, b) => b.label(),
        (Lang::En, B::Below) => "Below expectations",
        (Lang::En, B::AsExpected) => "As expected",
        (Lang::En, B::Above) => "Above expectations",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_and_differs() {
        assert!(ALL.len() >= 35, "the table lost entries: {}", ALL.len());
        assert_eq!(crate::lang::check_table(ALL, &[]), Ok(()));
    }

    #[test]
    fn no_text_is_left_outside_the_table() {
        // A `pub const NAME: &str` would be a text in one language only.
        let source = [include_str!("text.rs"), include_str!("text/validation.rs")].concat();
        let needle = ["pub const", " "].concat();
        let monolingual: Vec<&str> = source
            .lines()
            .filter(|l| l.trim_start().starts_with(&needle) && l.contains(": &str"))
            .collect();
        assert!(monolingual.is_empty(), "{monolingual:?}");
    }

    #[test]
    fn every_box_has_advice_and_every_band_a_label() {
        for b in 1..=9 {
            assert!(!ninebox_advice(b).is_empty(), "box {b}");
        }
        assert_eq!(ninebox_advice(0), "");
        use crate::domain::ninebox::PerformanceBand as B;
        assert_eq!(performance_band(B::Above), "Di atas ekspektasi");
    }

    #[test]
    fn the_default_language_is_indonesian() {
        // Lib tests never set the language: messages are the Indonesian ones.
        assert_eq!(NOT_PLACED(), "belum ditempatkan");
        assert_eq!(
            elsewhere("units", 2, Some(14)),
            "units[2] (baris 14)",
            "line numbers read as baris"
        );
    }
}
