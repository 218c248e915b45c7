//! The validation problems of an organization read from a file, in Bahasa Indonesia and
//! English (the fixed parts, such as what a field holds, are in the parent's table).

use crate::lang::{Lang, lang};

/// A key that is not a field; `lead` names the nested record (`notes[0]: `).
pub fn unknown_field(lead: &str, key: &str, allowed: &str) -> String {
    match lang() {
        Lang::Id => format!("{lead}kolom {key} tidak dikenal; kolom yang boleh: {allowed}"),
        Lang::En => format!("{lead}unknown field {key}: allowed fields are {allowed}"),
    }
}

/// A required text that is blank.
pub fn empty(field: &str, what: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} kosong: {what} wajib diisi"),
        Lang::En => format!("{field} is empty: {what} is required"),
    }
}

/// A required text that is absent.
pub fn missing(field: &str, what: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} tidak ada: {what} wajib diisi"),
        Lang::En => format!("{field} is missing: {what} is required"),
    }
}

/// A text field holding another type.
pub fn not_text(field: &str, found: &str, what: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {found}: harus berupa teks ({what})"),
        Lang::En => format!("{field} {found}: must be text ({what})"),
    }
}

/// A code from a fixed list that is absent.
pub fn choice_missing(field: &str, expected: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} tidak ada: harus salah satu dari {expected}"),
        Lang::En => format!("{field} is missing: must be one of {expected}"),
    }
}

/// A code not in its fixed list.
pub fn not_a_choice(field: &str, found: &str, expected: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {found}: harus salah satu dari {expected}"),
        Lang::En => format!("{field} {found}: must be one of {expected}"),
    }
}

/// An optional code of the wrong type.
pub fn not_a_choice_or_null(field: &str, found: &str, expected: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {found}: harus salah satu dari {expected}, atau null"),
        Lang::En => format!("{field} {found}: must be one of {expected}, or null"),
    }
}

/// A number that is absent; `rule` says what it must be.
pub fn number_missing(field: &str, rule: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} tidak ada: {rule}"),
        Lang::En => format!("{field} is missing: {rule}"),
    }
}

/// A level map of the wrong type.
pub fn levels_not_a_map(field: &str, found: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "{field} {found}: harus objek kode kompetensi ke level 1-5, misalnya {{\"INT\": 3}}"
        ),
        Lang::En => format!(
            "{field} {found}: must be an object of competency code to level 1-5, e.g. {{\"INT\": 3}}"
        ),
    }
}

/// A competency code missing from the dictionary; `hint` lists what is known.
pub fn not_in_dictionary(field: &str, code: &str, hint: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {code}: tidak ada di kamus kompetensi ({hint})"),
        Lang::En => format!("{field} {code}: not in the competency dictionary ({hint})"),
    }
}

/// The known competency codes, for a message.
pub fn known_codes(list: &str) -> String {
    match lang() {
        Lang::Id => format!("kode yang dikenal: {list}"),
        Lang::En => format!("known codes: {list}"),
    }
}

/// A competency level outside 1-5.
pub fn bad_level(field: &str, code: &str, found: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {code} {found}: level harus bilangan bulat 1-5"),
        Lang::En => format!("{field} {code} {found}: level must be a whole number 1-5"),
    }
}

/// A list element that is not an object.
pub fn not_a_record(found: &str, fields: &str) -> String {
    match lang() {
        Lang::Id => format!("{found} bukan rekaman: harus objek dengan {fields}"),
        Lang::En => format!("{found} is not a record: must be an object with {fields}"),
    }
}

/// A key (`code`, `id`) used twice; `other` names the first record with it.
pub fn duplicate(key: &str, value: &str, other: &str) -> String {
    match lang() {
        Lang::Id => format!("{key} {value}: {key} yang sama dengan {other}"),
        Lang::En => format!("{key} {value}: the same {key} as {other}"),
    }
}

/// A NIP used twice; `other` names the first employee with it.
pub fn duplicate_nip(other: &str) -> String {
    match lang() {
        Lang::Id => format!("NIP yang sama dengan {other}"),
        Lang::En => format!("the same NIP as {other}"),
    }
}

/// The other record holding a duplicate key: `units[2] (line 14)`.
pub fn elsewhere(list: &str, index: usize, line: Option<usize>) -> String {
    match (lang(), line) {
        (_, None) => format!("{list}[{index}]"),
        (Lang::Id, Some(line)) => format!("{list}[{index}] (baris {line})"),
        (Lang::En, Some(line)) => format!("{list}[{index}] (line {line})"),
    }
}

/// A competency code of the wrong shape.
pub fn bad_code(code: &str) -> String {
    match lang() {
        Lang::Id => format!("code {code}: harus 1-16 huruf, angka, - atau _"),
        Lang::En => format!("code {code}: must be 1-16 letters, digits, - or _"),
    }
}

/// A position in a unit that does not exist.
pub fn unknown_unit(unit: &str) -> String {
    match lang() {
        Lang::Id => format!("unit {unit}: tidak ada unit dengan id ini"),
        Lang::En => format!("unit {unit}: no unit has this id"),
    }
}

/// A nested list (`workload`, `notes`, `feedback`) of the wrong type, with its fields.
pub fn not_a_list_of(field: &str, found: &str, fields: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {found}: harus daftar {{{fields}}}"),
        Lang::En => format!("{field} {found}: must be a list of {{{fields}}}"),
    }
}

/// An element of a nested list that is not an object.
pub fn entry_not_an_object(within: &str, found: &str, fields: &str) -> String {
    match lang() {
        Lang::Id => format!("{within} {found}: harus objek dengan {fields}"),
        Lang::En => format!("{within} {found}: must be an object with {fields}"),
    }
}

/// A `parent` of the wrong type.
pub fn parent_not_an_id(found: &str) -> String {
    match lang() {
        Lang::Id => format!("parent {found}: harus id unit, atau null untuk unit teratas"),
        Lang::En => format!("parent {found}: must be a unit id, or null for a root unit"),
    }
}

/// A `parent` that names no unit.
pub fn unknown_parent(parent: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "parent {parent}: tidak ada unit dengan id ini (gunakan null untuk unit teratas)"
        ),
        Lang::En => format!("parent {parent}: no unit has this id (use null for a root unit)"),
    }
}

/// Parent links that form a cycle; `count` is the cycle's length when the path is shortened.
pub fn unit_cycle(parent: &str, path: &str, count: Option<usize>) -> String {
    match (lang(), count) {
        (Lang::Id, None) => format!(
            "parent {parent}: tautan parent {path} membentuk siklus; unit harus membentuk pohon \
             (unit tidak boleh menjadi leluhurnya sendiri)"
        ),
        (Lang::Id, Some(n)) => format!(
            "parent {parent}: tautan parent {path} ({n} unit) membentuk siklus; unit harus \
             membentuk pohon (unit tidak boleh menjadi leluhurnya sendiri)"
        ),
        (Lang::En, None) => format!(
            "parent {parent}: the parent links {path} form a cycle; units must form a tree \
             (a unit cannot be its own ancestor)"
        ),
        (Lang::En, Some(n)) => format!(
            "parent {parent}: the parent links {path} ({n} units) form a cycle; units must form \
             a tree (a unit cannot be its own ancestor)"
        ),
    }
}

/// A text that is not a calendar date.
pub fn bad_date(field: &str, value: &str) -> String {
    match lang() {
        Lang::Id => {
            format!("{field} {value}: harus tanggal kalender YYYY-MM-DD seperti 2026-10-14")
        }
        Lang::En => {
            format!("{field} {value}: must be a calendar date YYYY-MM-DD such as 2026-10-14")
        }
    }
}

/// A text that is not an RFC 3339 date-time; `example` is one that is.
pub fn bad_date_time(field: &str, value: &str, example: &str) -> String {
    match lang() {
        Lang::Id => format!("{field} {value}: harus tanggal-waktu RFC 3339 seperti {example}"),
        Lang::En => format!("{field} {value}: must be an RFC 3339 date-time such as {example}"),
    }
}

/// A feedback `source` of the wrong type.
pub fn source_not_text(field: &str, found: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "{field} {found}: harus berupa teks (asal tanggapan, misalnya musrenbang), atau null"
        ),
        Lang::En => {
            format!("{field} {found}: must be text (where it came from, e.g. musrenbang), or null")
        }
    }
}

/// A `nip` of the wrong type.
pub fn nip_not_text(found: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "nip {found}: harus teks 18 digit dalam tanda kutip, misalnya \"198503122010012003\""
        ),
        Lang::En => {
            format!("nip {found}: must be text of 18 digits in quotes, e.g. \"198503122010012003\"")
        }
    }
}

/// An employee's `position` of the wrong type.
pub fn position_not_an_id(found: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "position {found}: harus id jabatan, atau null untuk pegawai yang belum ditempatkan"
        ),
        Lang::En => {
            format!("position {found}: must be a position id, or null for staff not yet placed")
        }
    }
}

/// An employee's seat that names no position.
pub fn unknown_position(position: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "position {position}: tidak ada jabatan dengan id ini (gunakan null untuk pegawai \
             yang belum ditempatkan)"
        ),
        Lang::En => format!(
            "position {position}: no position has this id (use null for staff not yet placed)"
        ),
    }
}

/// A PPPK golongan on a PNS NIP.
pub fn pppk_rank_on_pns_nip(rank: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "rank {rank} adalah golongan PPPK, tetapi NIP-nya NIP PNS (digit 13-14 berupa bulan): \
             gunakan golongan PNS I/a-IV/e"
        ),
        Lang::En => format!(
            "rank {rank} is a PPPK golongan, but the NIP is a PNS NIP (digits 13-14 are a month): \
             use a PNS golongan I/a-IV/e"
        ),
    }
}

/// A PNS golongan on an NI PPPK.
pub fn pns_rank_on_pppk_nip(rank: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "rank {rank} adalah golongan PNS, tetapi NIP-nya NI PPPK (digit 13-14 bernilai 21-29): \
             gunakan golongan PPPK I-XVII"
        ),
        Lang::En => format!(
            "rank {rank} is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): \
             use a PPPK golongan I-XVII"
        ),
    }
}
