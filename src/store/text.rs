//! Every text the store produces, in Bahasa Indonesia and English: its errors (open, lock,
//! schema, snapshot, records), the messages of an import (`penata/v1` JSON, CSV, `.xlsx`),
//! the audit log's verdicts and the fixed words of the meeting documents.
//!
//! Fixed texts are one bilingual table (`texts!`): each entry becomes a function returning the
//! text in the current language (`crate::lang`), and a row of [`ALL`] so tests can check that
//! both languages are there. Texts built from values are functions with a `match` over
//! [`Lang`], so the compiler sees both languages. Messages keep one shape in both languages:
//! where (file, line, record), what is wrong, what to do. Codes, keys, command names, options
//! and file formats stay as they are written (`nip`, `--db`, `penata/v1`).

use std::fmt::Display;

use crate::lang::{Lang, lang};

crate::lang::texts! {
    // --- Record labels of import messages.
    /// The record of a problem that is about the file's top level (a key of the object).
    TOP_LEVEL => "tingkat atas",
        "top level";
    /// How a JSON list reads in a message (`units is a list`).
    A_LIST => "sebuah daftar",
        "a list";
    /// How a JSON object reads in a message.
    AN_OBJECT => "sebuah objek",
        "an object";
    /// What the reader expects of a top-level list.
    EXPECTING_RECORDS => "daftar rekaman",
        "a list of records";
    /// What the reader expects of one employee.
    EXPECTING_RECORD => "sebuah rekaman",
        "a record";
    EXPECTING_KEY => "sebuah kunci",
        "a key";
    EXPECTING_VALUE => "nilai JSON apa pun",
        "any JSON value";
    EXPECTING_LEVELS => "tingkat kompetensi",
        "competency levels";
    EXPECTING_NOTES => "daftar catatan",
        "a list of notes";

    // --- Whole-file import messages.
    OLD_XLS => "berkas ini berupa buku kerja Excel 97-2003 lama (.xls): buka di Excel lalu simpan \
                sebagai \"Excel Workbook (.xlsx)\" atau \"CSV UTF-8\"",
        "the file is an old Excel 97-2003 workbook (.xls): open it in Excel and save it as \
         \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"";
    UTF16 => "berkas ini berupa teks UTF-16 (Excel \"Unicode Text\"): simpan sebagai \"CSV UTF-8 \
              (Comma delimited)\"",
        "the file is UTF-16 text (Excel \"Unicode Text\"): save it as \"CSV UTF-8 (Comma \
         delimited)\" instead";
    NO_WORKSHEET => "buku kerja ini tidak memiliki lembar kerja: simpan data pegawai di \
                     lembar pertama",
        "the workbook has no worksheet: put the employee rows on its first sheet";

    // --- Spreadsheet rows.
    /// The columns a spreadsheet may have, as a message lists them.
    ALLOWED_COLUMNS => "nip, nama (atau name), golongan (atau rank), jabatan (atau position)",
        "nip, nama (or name), golongan (or rank), jabatan (or position)";
    NIP_EMPTY => "nip kosong: setiap baris memerlukan NIP pegawai",
        "nip is empty: every row needs the employee's NIP";
    NO_NAME_COLUMN => "tidak ada kolom nama: pegawai baru (NIP belum tersimpan) memerlukan nama",
        "there is no nama column: a new employee (NIP not stored yet) needs a name";
    NO_RANK_COLUMN => "tidak ada kolom golongan: pegawai baru (NIP belum tersimpan) memerlukan \
                       golongan",
        "there is no golongan column: a new employee (NIP not stored yet) needs a golongan";

    // --- Database: internal failures (each a bug or a damaged disk, said plainly).
    PANICKED => "operasi sebelumnya pada basis data terhenti karena kesalahan program (panic); \
                 jalankan penata lagi",
        "an earlier operation on the database panicked; run penata again";
    NO_LIVE_GENERATION => "basis data tidak memiliki data yang aktif; impor data dengan \
                           `penata import`",
        "the database has no live data; import data with `penata import`";
    IMPORT_THREAD_PANICKED => "utas penulis impor terhenti karena kesalahan program (panic); tidak \
                               ada yang diimpor",
        "the import writer thread panicked; nothing was imported";
    DECODE_THREAD_PANICKED => "utas pembaca data terhenti karena kesalahan program (panic); \
                               jalankan penata lagi",
        "the decoding thread panicked; run penata again";
    OPEN_THREAD_PANICKED => "utas pembuka basis data terhenti karena kesalahan program (panic); \
                             jalankan penata lagi",
        "the database opening thread panicked; run penata again";
    APPLY_OWN_TRANSACTION => "penerapan rencana berjalan dalam transaksinya sendiri (kesalahan program)",
        "apply runs in its own transaction (a bug)";
    SCHEMA_ZERO => "tercatat versi skema 0, yang tidak pernah ada. Arahkan --db ke direktori \
                    lain, atau pulihkan dari hasil ekspor",
        "it records schema version 0, which never existed. Point --db at another directory, \
         or restore it from an export";
    NO_SCHEMA => "berisi data tetapi tanpa versi skema, jadi bukan basis data penata atau sudah \
                  rusak. Arahkan --db ke direktori lain, atau pulihkan dari hasil ekspor",
        "it holds data but no schema version, so it is not a penata database or it is \
         damaged. Point --db at another directory, or restore it from an export";
    NO_ORGANIZATION => "basis data tidak berisi organisasi; impor data dengan `penata import`",
        "the database holds no organization; import one with `penata import`";

    // --- What is wrong with a stored record (inside "stored record ... is unreadable").
    NOT_U32 => "bukan angka 4 bita",
        "not a 4-byte number";
    NOT_U64 => "bukan angka 8 bita",
        "not an 8-byte number";
    NOT_UTF8 => "bukan UTF-8",
        "not UTF-8";
    KEY_NOT_UTF8 => "kuncinya bukan UTF-8",
        "key is not UTF-8";
    NO_UPGRADE => "tidak ada peningkatan skema dari versi ini",
        "no upgrade from this version";
    NO_SUCH_EMPLOYEE => "pegawai tersebut tidak ada",
        "no such employee";
    CHECKSUM_MISMATCH => "checksum tidak cocok",
        "checksum mismatch";
    SNAPSHOT_TOO_LARGE => "bagian pegawai pada snapshot melebihi 4 GiB",
        "the snapshot's employee section exceeds 4 GiB";
    KEY_NOT_ID => "kunci rekaman tidak cocok dengan id-nya",
        "the record's key does not match its id";
    MOVE_MISSING => "perpindahan yang dihitung kepala rencana tidak ada",
        "a move the plan header counts is missing";
    AUDIT_HEAD_BAD => "bukan nomor urut dan hash",
        "not a sequence number and hash";
    FEEDBACK_DATE_RANGE => "tanggal masukan di luar rentang",
        "feedback date out of range";
    FEEDBACK_TIME_RANGE => "waktu masukan di luar rentang",
        "feedback time out of range";
    NOTE_TIME_RANGE => "waktu catatan di luar rentang",
        "note time out of range";
    RANK_RANGE => "golongan di luar rentang",
        "rank out of range";
    NOT_COUNT => "bukan jumlah 8 bita",
        "not an 8-byte count";
    KEY_NOT_NIP => "kuncinya bukan NIP yang sah",
        "key is not a valid NIP";
    /// What a stored code names, in "unknown ... code".
    WHAT_GROUP => "kelompok kompetensi",
        "competency group";
    WHAT_SEVERITY => "tingkat masukan",
        "feedback severity";
    WHAT_POSITION_TYPE => "jenis jabatan",
        "position type";
    WHAT_PERFORMANCE => "kinerja",
        "performance";
    WHAT_POTENTIAL => "potensi",
        "potential";
    WHAT_READINESS => "kesiapan",
        "readiness";

    // --- Why the audit chain is broken.
    AUDIT_TRUNCATED => "entri terpotong",
        "the entry is truncated";
    AUDIT_PREV_HASH => "entri tidak memuat hash entri sebelumnya",
        "it does not carry the previous entry's hash";
    AUDIT_EDITED => "isinya tidak cocok dengan hash-nya (telah diubah)",
        "its content does not match its hash (edited)";
    AUDIT_UNREADABLE => "isinya tidak terbaca atau menyebut nomor lain",
        "its content is unreadable or names another number";
    AUDIT_HEAD_MISSING => "rekaman kepala log tidak ada",
        "the log's head record is missing";
    AUDIT_HEAD_MISMATCH => "rekaman kepala log tidak cocok dengan entri terakhir",
        "the log's head record does not match the last entry";

    // --- The meeting documents (berita acara, lampiran SK, the CSV of moves). Decision
    // codes (setuju, tunda, tolak), pangkat, golongan, JPM, NIP and ASN stay as written.
    DOC_NOT_PLACED => "Belum ditempatkan",
        "Unplaced";
    DOC_UNKNOWN_PERSON => "(tidak ada di data)",
        "(not in the data)";
    DOC_UNDECIDED => "belum diputuskan",
        "undecided";
    DOC_TITLE => "Berita Acara Rapat Pembahasan Penataan Jabatan",
        "Minutes of the Position Arrangement Review Meeting";
    DOC_DAY_DATE => "Hari, tanggal",
        "Day, date";
    DOC_PLAN => "Rencana penataan",
        "Arrangement plan";
    DOC_PROPOSALS => "Jumlah usulan",
        "Proposals";
    DOC_SECTION_MOVES => "A. Usulan perpindahan pegawai",
        "A. Proposed transfers";
    DOC_NO_MOVES => "Rencana ini belum memuat usulan perpindahan.",
        "This plan holds no proposed transfer yet.";
    DOC_RANK => "Pangkat/golongan",
        "Pangkat/golongan";
    DOC_FROM => "Dari",
        "From";
    DOC_TO => "Ke",
        "To";
    DOC_REASON => "Alasan",
        "Reason";
    DOC_PROPOSED_BY => "Diusulkan oleh",
        "Proposed by";
    DOC_ATTENTION => "Perhatian: tidak sesuai lagi dengan data saat ini",
        "Attention: no longer matches the current data";
    DOC_DECISION => "Keputusan rapat",
        "Meeting decision";
    DOC_REMARK => "catatan",
        "remark";
    DOC_SECTION_UNITS => "B. Perubahan per unit kerja",
        "B. Changes per unit";
    DOC_NO_UNITS => "Tidak ada unit kerja yang berubah.",
        "No unit changes.";
    DOC_UNITS_HEADER => "| Unit kerja | Terisi/formasi sebelum | Terisi/formasi sesudah | JPM rata-rata sebelum | JPM rata-rata sesudah | Formasi kosong terisi | Formasi kosong baru |",
        "| Unit | Filled/formasi before | Filled/formasi after | Mean JPM before | Mean JPM after | Vacancies filled | New vacancies |";
    DOC_SECTION_FIT => "C. Ringkasan kesesuaian jabatan (Job Person Match)",
        "C. Job Person Match summary";
    DOC_SECTION_CLOSING => "D. Penutup",
        "D. Closing";
    DOC_CLOSING => "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
        "These minutes were drawn up truthfully, to be used as appropriate.";
    DOC_CHAIR => "Pimpinan Rapat,",
        "Chair of the meeting,";
    DOC_SECRETARY => "Notulis,",
        "Minute taker,";
    DOC_OFFICIAL => "Pejabat yang berwenang,",
        "Authorized official,";
    DOC_SK_TITLE => "LAMPIRAN KEPUTUSAN",
        "ATTACHMENT TO THE DECREE";
    DOC_SK_NUMBER => "Nomor",
        "Number";
    DOC_SK_DATE => "Tanggal",
        "Date";
    DOC_SK_SUBJECT => "Tentang",
        "Subject";
    DOC_SK_LIST => "Daftar Pegawai Aparatur Sipil Negara yang Dipindahkan",
        "List of Transferred Civil Servants (ASN)";
    DOC_SK_NONE => "Belum ada usulan yang disetujui rapat.",
        "No proposal has been approved by the meeting yet.";
    DOC_SK_HEADER => "| No | NIP | Nama | Pangkat/Golongan | Jabatan lama | Jabatan baru | Unit kerja |",
        "| No | NIP | Name | Pangkat/Golongan | Former position | New position | Unit |";
    /// Time of day in a long date-time (`20 November 2026 pukul 09.15 WIB`).
    DOC_AT => "pukul",
        "at";
}

/// Says `id` or `en` as the current language asks: every text built from values goes
/// through here, so both languages are written side by side.
fn say(id: impl FnOnce() -> String, en: impl FnOnce() -> String) -> String {
    match lang() {
        Lang::Id => id(),
        Lang::En => en(),
    }
}

// --- The meeting documents: texts built from values.

/// The header row of the CSV of moves (and the moves sheet), in column order: a value that
/// reads as the slice of the current language, so `&CSV_COLUMNS` gives today's headings.
pub struct CsvColumns;

/// The CSV headings in both languages.
pub const CSV_COLUMNS_BOTH: ([&str; 15], [&str; 15]) = (
    [
        "No",
        "NIP",
        "Nama",
        "Golongan",
        "Jabatan lama",
        "Unit lama",
        "Jabatan baru",
        "Unit baru",
        "JPM sebelum",
        "JPM sesudah",
        "Alasan",
        "Keputusan",
        "Catatan rapat",
        "Oleh",
        "Waktu",
    ],
    [
        "No",
        "NIP",
        "Name",
        "Golongan",
        "Former position",
        "Former unit",
        "New position",
        "New unit",
        "JPM before",
        "JPM after",
        "Reason",
        "Decision",
        "Meeting remark",
        "By",
        "Time",
    ],
);

impl std::ops::Deref for CsvColumns {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        match lang() {
            Lang::Id => &CSV_COLUMNS_BOTH.0,
            Lang::En => &CSV_COLUMNS_BOTH.1,
        }
    }
}

pub fn weekday(w: time::Weekday) -> &'static str {
    use time::Weekday::*;
    match (lang(), w) {
        (Lang::Id, Monday) => "Senin",
        (Lang::Id, Tuesday) => "Selasa",
        (Lang::Id, Wednesday) => "Rabu",
        (Lang::Id, Thursday) => "Kamis",
        (Lang::Id, Friday) => "Jumat",
        (Lang::Id, Saturday) => "Sabtu",
        (Lang::Id, Sunday) => "Minggu",
        (Lang::En, Monday) => "Monday",
        (Lang::En, Tuesday) => "Tuesday",
        (Lang::En, Wednesday) => "Wednesday",
        (Lang::En, Thursday) => "Thursday",
        (Lang::En, Friday) => "Friday",
        (Lang::En, Saturday) => "Saturday",
        (Lang::En, Sunday) => "Sunday",
    }
}

pub fn month(m: time::Month) -> &'static str {
    use time::Month::*;
    match (lang(), m) {
        (Lang::Id, January) => "Januari",
        (Lang::Id, February) => "Februari",
        (Lang::Id, March) => "Maret",
        (Lang::Id, April) => "April",
        (Lang::Id, May) => "Mei",
        (Lang::Id, June) => "Juni",
        (Lang::Id, July) => "Juli",
        (Lang::Id, August) => "Agustus",
        (Lang::Id, September) => "September",
        (Lang::Id, October) => "Oktober",
        (Lang::Id, November) => "November",
        (Lang::Id, December) => "Desember",
        (Lang::En, January) => "January",
        (Lang::En, February) => "February",
        (Lang::En, March) => "March",
        (Lang::En, April) => "April",
        (Lang::En, May) => "May",
        (Lang::En, June) => "June",
        (Lang::En, July) => "July",
        (Lang::En, August) => "August",
        (Lang::En, September) => "September",
        (Lang::En, October) => "October",
        (Lang::En, November) => "November",
        (Lang::En, December) => "December",
    }
}

/// A time of day as each language writes it in a document: `09.15`, `09:15`.
pub fn clock(hour: u8, minute: u8) -> String {
    say(
        || format!("{hour:02}.{minute:02}"),
        || format!("{hour:02}:{minute:02}"),
    )
}

/// A percentage for printed documents, one decimal: `87,5%` (decimal comma), `87.5%`.
pub fn percent(p: f64) -> String {
    crate::lang::percent(p)
}

pub fn doc_seat_gone(position: &str) -> String {
    say(
        || format!("{position} (jabatan tidak ada lagi)"),
        || format!("{position} (position no longer exists)"),
    )
}

pub fn doc_tally(
    moves: usize,
    setuju: usize,
    tunda: usize,
    tolak: usize,
    undecided: usize,
) -> String {
    say(
        || {
            format!(
                "{moves} (setuju {setuju}, tunda {tunda}, tolak {tolak}, belum diputuskan \
                 {undecided})"
            )
        },
        || {
            format!(
                "{moves} (setuju {setuju}, tunda {tunda}, tolak {tolak}, undecided {undecided})"
            )
        },
    )
}

pub fn doc_opening(date: &str, plan: &str, organization: &str) -> String {
    say(
        || {
            format!(
                "Pada hari ini, {date}, telah dilaksanakan rapat pembahasan rencana penataan \
                 jabatan \"{plan}\" di lingkungan {organization}, dengan hasil sebagai berikut."
            )
        },
        || {
            format!(
                "On {date}, a meeting reviewed the position arrangement plan \"{plan}\" of \
                 {organization}, with the following results."
            )
        },
    )
}

pub fn doc_fit_overall(before: &str, after: &str, filled_before: u32, filled_after: u32) -> String {
    say(
        || {
            format!(
                "Rata-rata JPM seluruh pegawai yang menduduki jabatan: {before} menjadi {after} \
                 ({filled_before} menjadi {filled_after} pegawai)"
            )
        },
        || {
            format!(
                "Mean JPM of everyone holding a position: {before} to {after} ({filled_before} \
                 to {filled_after} employees)"
            )
        },
    )
}

pub fn doc_fit_moved(
    people: u32,
    before: &str,
    after: &str,
    improved: u32,
    worsened: u32,
) -> String {
    say(
        || {
            format!(
                "Pegawai yang berpindah: {people}; rata-rata JPM mereka {before} menjadi {after}; \
                 naik {improved}, turun {worsened}"
            )
        },
        || {
            format!(
                "Employees moved: {people}; their mean JPM {before} to {after}; up {improved}, \
                 down {worsened}"
            )
        },
    )
}

pub fn doc_vacancies(filled: u32, opened: u32) -> String {
    say(
        || format!("Formasi kosong yang terisi: {filled}; formasi yang menjadi kosong: {opened}"),
        || format!("Vacancies filled: {filled}; positions left vacant: {opened}"),
    )
}

/// The fit categories' bounds: `Optimal >= 80%, Cukup 60% sampai < 80%, Kurang < 60%`.
pub fn doc_categories(labels: [&str; 3], high: f64, middle: f64) -> String {
    let [h, m, l] = labels;
    say(
        || {
            format!(
                "Kategori: {h} >= {high:.0}%, {m} {middle:.0}% sampai < {high:.0}%, {l} < {middle:.0}%"
            )
        },
        || {
            format!(
                "Categories: {h} >= {high:.0}%, {m} {middle:.0}% to < {high:.0}%, {l} < {middle:.0}%"
            )
        },
    )
}

pub fn doc_sk_subject(organization: &str) -> String {
    say(
        || {
            format!(
                "Pemindahan Pegawai Aparatur Sipil Negara dalam Jabatan di Lingkungan \
                 {organization}"
            )
        },
        || format!("Transfer of Civil Servants (ASN) between Positions in {organization}"),
    )
}

// --- StoreError.

pub fn locked(dir: impl Display) -> String {
    say(
        || {
            format!(
                "basis data di {dir} sedang dipakai proses penata lain.\n\
                 Tutup penata yang lain (atau tunggu sampai selesai), atau gunakan basis data \
                 lain dengan --db DIR."
            )
        },
        || {
            format!(
                "the database in {dir} is in use by another penata process.\n\
                 Close the other penata (or wait for it to finish), or use another database \
                 with --db DIR."
            )
        },
    )
}

pub fn newer_schema(dir: impl Display, found: u32, supported: u32) -> String {
    say(
        || {
            format!(
                "basis data di {dir} memakai versi skema {found}, sedangkan penata ini hanya \
                 memahami sampai versi {supported}.\n\
                 Gunakan penata yang lebih baru, atau arahkan --db ke direktori lain."
            )
        },
        || {
            format!(
                "the database in {dir} has schema version {found}, but this penata understands \
                 up to {supported}.\n\
                 Use a newer penata, or point --db at another directory."
            )
        },
    )
}

pub fn create_dir(dir: impl Display, source: impl Display) -> String {
    say(
        || {
            format!(
                "direktori data {dir} tidak dapat dibuat: {source}; periksa izin direktori \
                 induknya, atau pilih direktori lain dengan --db DIR"
            )
        },
        || {
            format!(
                "cannot create the data directory {dir}: {source}; check the permissions of \
                 its parent, or choose another directory with --db DIR"
            )
        },
    )
}

pub fn open_failed(dir: impl Display, message: impl Display) -> String {
    say(
        || format!("basis data di {dir} tidak dapat dibuka: {message}"),
        || format!("the database in {dir} could not be opened: {message}"),
    )
}

pub fn corrupt(key: impl Display, message: impl Display) -> String {
    say(
        || {
            format!(
                "rekaman tersimpan {key} tidak dapat dibaca ({message}); basis data mungkin \
                 rusak: pulihkan dari hasil ekspor"
            )
        },
        || {
            format!(
                "stored record {key} is unreadable ({message}); the database may be damaged: \
                 restore it from an export"
            )
        },
    )
}

pub fn db_error(message: impl Display) -> String {
    say(
        || format!("kesalahan basis data: {message}"),
        || format!("database error: {message}"),
    )
}

// --- Records and snapshot.

pub fn cannot_encode(e: impl Display) -> String {
    say(
        || format!("tidak dapat dikodekan: {e}"),
        || format!("cannot encode: {e}"),
    )
}

pub fn unknown_code(what: &str, code: impl Display) -> String {
    say(
        || format!("kode {what} {code} tidak dikenal"),
        || format!("unknown {what} code {code}"),
    )
}

pub fn unknown_decision(code: impl Display) -> String {
    say(
        || format!("keputusan {code} tidak dikenal"),
        || format!("unknown decision {code}"),
    )
}

pub fn moves_count(stored: usize, expected: impl Display) -> String {
    say(
        || format!("{stored} perpindahan tersimpan, seharusnya {expected}"),
        || format!("{stored} moves stored, {expected} expected"),
    )
}

pub fn snapshot_remove(path: impl Display, e: impl Display) -> String {
    say(
        || format!("snapshot {path} tidak dapat dihapus: {e}; periksa izin direktorinya"),
        || format!("cannot remove the snapshot {path}: {e}; check the directory's permissions"),
    )
}

pub fn snapshot_write(e: impl Display) -> String {
    say(
        || {
            format!(
                "snapshot tidak dapat ditulis: {e}; periksa ruang disk dan izin direktori \
                 basis data"
            )
        },
        || {
            format!(
                "cannot write the snapshot: {e}; check the disk space and the database \
                 directory's permissions"
            )
        },
    )
}

pub fn snapshot_header(e: impl Display) -> String {
    say(
        || format!("kepala snapshot tidak dapat dikodekan: {e}"),
        || format!("cannot encode the snapshot header: {e}"),
    )
}

// --- Plans, people, units.

pub fn no_plan(name: &str) -> String {
    say(
        || {
            format!(
                "tidak ada rencana bernama \"{name}\"; lihat daftarnya dengan: penata plan list"
            )
        },
        || format!("no plan named \"{name}\"; list plans with: penata plan list"),
    )
}

pub fn plan_exists(name: &str) -> String {
    say(
        || format!("rencana bernama \"{name}\" sudah ada; pilih nama lain"),
        || format!("a plan named \"{name}\" already exists; choose another name"),
    )
}

pub fn plan_applied(name: &str, when: impl Display) -> String {
    say(
        || {
            format!(
                "rencana \"{name}\" sudah diterapkan ke baseline pada {when}; untuk melanjutkan \
                 perencanaan, gandakan rencana itu: penata plan duplicate \"{name}\" BARU"
            )
        },
        || {
            format!(
                "plan \"{name}\" was applied to the baseline on {when}; to keep planning, \
                 duplicate it: penata plan duplicate \"{name}\" NEW"
            )
        },
    )
}

pub fn no_move(plan: &str, moves: usize, number: impl Display) -> String {
    say(
        || {
            format!(
                "rencana \"{plan}\" memiliki {moves} perpindahan; tidak ada perpindahan {number}"
            )
        },
        || format!("plan \"{plan}\" has {moves} moves; there is no move {number}"),
    )
}

pub fn plan_changed_while_applying(name: &str) -> String {
    say(
        || format!("rencana \"{name}\" berubah saat sedang diterapkan; terapkan lagi"),
        || format!("plan \"{name}\" changed while it was being applied; apply it again"),
    )
}

pub fn employee_left_baseline(nip: impl Display) -> String {
    say(
        || format!("pegawai {nip} sudah tidak ada di baseline; terapkan rencana lagi"),
        || format!("employee {nip} is no longer in the baseline; apply the plan again"),
    )
}

pub fn no_employee(nip: impl Display) -> String {
    say(
        || format!("tidak ada pegawai dengan NIP {nip}; cari dengan: penata search NAMA"),
        || format!("no employee with NIP {nip}; look them up with: penata search NAME"),
    )
}

pub fn no_unit(id: &str) -> String {
    say(
        || {
            format!(
                "tidak ada unit dengan id \"{id}\" (lihat daftar unit dengan: penata tree --ids)"
            )
        },
        || format!("no unit with id \"{id}\" (list units with: penata tree --ids)"),
    )
}

// --- Where things are kept: the database, the settings file, the demo.

pub fn no_home_for_db(env: &str) -> String {
    say(
        || {
            format!(
                "tidak ada direktori home untuk menyimpan basis data; berikan --db DIR atau \
                 atur {env}"
            )
        },
        || {
            format!(
                "there is no home directory to keep the database in; pass --db DIR or set {env}"
            )
        },
    )
}

pub fn no_home_for_settings(env: &str) -> String {
    say(
        || {
            format!(
                "tidak ada direktori home untuk menyimpan pengaturan; berikan --config FILE atau \
                 atur {env}"
            )
        },
        || {
            format!(
                "there is no home directory to keep settings in; pass --config FILE or set {env}"
            )
        },
    )
}

pub fn settings_missing(path: impl Display, env: &str) -> String {
    say(
        || {
            format!(
                "berkas pengaturan {path} tidak ada: buat dengan `penata config init --config \
                 {path}`, atau sebut berkas lain dengan --config atau {env}"
            )
        },
        || {
            format!(
                "the settings file {path} does not exist: create it with `penata config init \
                 --config {path}`, or name another with --config or {env}"
            )
        },
    )
}

pub fn settings_unreadable(path: impl Display, e: impl Display) -> String {
    say(
        || format!("berkas pengaturan {path} tidak dapat dibaca: {e}; periksa izin berkasnya"),
        || format!("cannot read the settings file {path}: {e}; check the file's permissions"),
    )
}

pub fn settings_bad(path: impl Display, what: impl Display) -> String {
    say(
        || {
            format!(
                "berkas pengaturan {path}, {what}\nPerbaiki baris itu (atau hapus untuk memakai \
                 nilai bawaan); `penata config init --force` menulis berkas baru yang berkomentar."
            )
        },
        || {
            format!(
                "settings file {path}, {what}\nFix that line (or remove it to keep the default); \
                 `penata config init --force` writes a fresh commented file."
            )
        },
    )
}

pub fn settings_exists(path: impl Display) -> String {
    say(
        || {
            format!(
                "{path} sudah ada; berikan --force untuk menggantinya dengan pengaturan bawaan \
                 yang berkomentar"
            )
        },
        || format!("{path} already exists; pass --force to replace it with the commented defaults"),
    )
}

pub fn settings_unwritable(path: impl Display, e: impl Display) -> String {
    say(
        || format!("berkas pengaturan {path} tidak dapat ditulis: {e}; periksa izin direktorinya"),
        || format!("cannot write the settings file {path}: {e}; check the directory's permissions"),
    )
}

pub fn demo_invalid(e: impl Display) -> String {
    say(
        || format!("organisasi demo bawaan tidak sah (kesalahan program):\n{e}"),
        || format!("the built-in demo organization is invalid (a bug):\n{e}"),
    )
}

pub fn demo_loaded(organization: &str, employees: usize, dir: impl Display) -> String {
    say(
        || {
            format!(
                "mulai pertama: organisasi demo \"{organization}\" ({employees} pegawai) dimuat \
                 ke {dir}. Impor data Anda sendiri dengan: penata import FILE"
            )
        },
        || {
            format!(
                "first start: loaded the demo organization \"{organization}\" ({employees} \
                 employees) into {dir}. Import your own with: penata import FILE"
            )
        },
    )
}

// --- The audit chain.

pub fn audit_entry_missing(expected: u64, next: u64) -> String {
    say(
        || format!("entri {expected} tidak ada (entri berikutnya {next})"),
        || format!("entry {expected} is missing (the next one is {next})"),
    )
}

pub fn audit_entries_removed(from: u64, to: u64) -> String {
    say(
        || format!("entri {from} sampai {to} telah dihapus"),
        || format!("entries {from} to {to} were removed"),
    )
}

pub fn export_year(year: i32) -> String {
    say(
        || format!("tahun {year} di luar rentang tanggal Excel"),
        || format!("year {year} is outside Excel's dates"),
    )
}

// --- Import: the summary and the whole-file messages.

/// The last line of a refused import.
pub fn nothing_imported(errors: usize) -> String {
    say(
        || format!("{errors} kesalahan; tidak ada yang diimpor"),
        || {
            let plural = if errors == 1 { "" } else { "s" };
            format!("{errors} error{plural}; nothing was imported")
        },
    )
}

pub fn more_not_shown(more: usize, listed: usize) -> String {
    say(
        || {
            format!(
                "... dan {more} lainnya tidak ditampilkan (hanya {listed} yang pertama dicantumkan)"
            )
        },
        || format!("... and {more} more not shown (only the first {listed} are listed)"),
    )
}

pub fn sheet_not_workbook(sheet: &str) -> String {
    say(
        || {
            format!(
                "--sheet {sheet:?} menyebut lembar kerja, tetapi berkas ini bukan buku kerja \
                 .xlsx (berkas CSV dan penata/v1 tidak memiliki lembar): hilangkan --sheet"
            )
        },
        || {
            format!(
                "--sheet {sheet:?} names a worksheet, but the file is not an .xlsx workbook \
                 (CSV and penata/v1 files have no sheets): leave --sheet out"
            )
        },
    )
}

pub fn not_utf8(byte: u8) -> String {
    say(
        || {
            format!(
                "berkas ini bukan teks UTF-8 (bita 0x{byte:02X}): di Excel gunakan Save As dan \
                 pilih \"CSV UTF-8 (Comma delimited)\"; simpan berkas JSON sebagai UTF-8"
            )
        },
        || {
            format!(
                "the file is not UTF-8 text (byte 0x{byte:02X}): in Excel use Save As and \
                 choose \"CSV UTF-8 (Comma delimited)\"; save JSON files as UTF-8"
            )
        },
    )
}

pub fn csv_empty() -> String {
    let columns = ALLOWED_COLUMNS();
    say(
        || {
            format!(
                "berkas kosong: yang diharapkan objek JSON penata/v1, buku kerja .xlsx, atau \
                 baris judul CSV dengan kolom {columns}"
            )
        },
        || {
            format!(
                "the file is empty: expected a penata/v1 JSON object, an .xlsx workbook or a \
                 CSV header row with the columns {columns}"
            )
        },
    )
}

pub fn csv_header_unreadable(e: impl Display) -> String {
    say(
        || format!("baris judul tidak dapat dibaca: {e}"),
        || format!("the header row cannot be read: {e}"),
    )
}

pub fn csv_row_unreadable(e: impl Display) -> String {
    say(
        || format!("baris ini tidak dapat dibaca: {e}"),
        || format!("the row cannot be read: {e}"),
    )
}

pub fn xlsx_unreadable(e: impl Display) -> String {
    say(
        || {
            format!(
                "berkas ini bukan buku kerja .xlsx yang dapat dibaca ({e}): simpan ulang dari \
                 Excel sebagai \"Excel Workbook (.xlsx)\""
            )
        },
        || {
            format!(
                "the file is not a readable .xlsx workbook ({e}): save it again from Excel as \
                 \"Excel Workbook (.xlsx)\""
            )
        },
    )
}

pub fn no_such_sheet(wanted: &str, sheets: &str) -> String {
    say(
        || {
            format!(
                "tidak ada lembar {wanted:?}: buku kerja ini memiliki lembar {sheets}; sebut \
                 salah satunya dengan --sheet"
            )
        },
        || {
            format!(
                "there is no sheet {wanted:?}: the workbook has the sheets {sheets}; name one \
                 of them with --sheet"
            )
        },
    )
}

pub fn sheet_unreadable(name: &str, e: impl Display) -> String {
    say(
        || format!("lembar {name:?} tidak dapat dibaca ({e}): simpan ulang buku kerja dari Excel"),
        || format!("sheet {name:?} cannot be read ({e}): save the workbook again from Excel"),
    )
}

pub fn sheet_empty(name: &str) -> String {
    let columns = ALLOWED_COLUMNS();
    say(
        || format!("lembar {name:?} kosong: baris pertamanya menamai kolom {columns}"),
        || format!("sheet {name:?} is empty: its first row names the columns {columns}"),
    )
}

pub fn excel_error(cell: &str, error: impl Display) -> String {
    say(
        || {
            format!(
                "sel {cell} menampilkan kesalahan Excel {error}: perbaiki rumusnya atau ketik \
                 nilainya"
            )
        },
        || format!("cell {cell} shows the Excel error {error}: fix the formula or type the value"),
    )
}

// --- Import: penata/v1 JSON, the top level.

pub fn unknown_top_key(key: &str, allowed: &str) -> String {
    say(
        || format!("kunci {key} tidak dikenal: kunci yang boleh adalah {allowed}"),
        || format!("unknown key {key}: allowed keys are {allowed}"),
    )
}

pub fn repeated_top_key(key: &str) -> String {
    say(
        || format!("kunci {key} muncul lebih dari sekali: pertahankan satu saja"),
        || format!("key {key} appears more than once: keep one"),
    )
}

pub fn format_missing(format: &str) -> String {
    say(
        || format!("format tidak ada: tambahkan \"format\": \"{format}\""),
        || format!("format is missing: add \"format\": \"{format}\""),
    )
}

pub fn format_other(found: &str, format: &str) -> String {
    say(
        || format!("format {found}: penata ini membaca berkas \"{format}\""),
        || format!("format {found}: this penata reads \"{format}\" files"),
    )
}

pub fn format_wrong(found: &str, format: &str) -> String {
    say(
        || format!("format {found}: harus \"{format}\""),
        || format!("format {found}: must be \"{format}\""),
    )
}

pub fn list_missing(key: &str) -> String {
    say(
        || format!("{key} tidak ada: tambahkan \"{key}\": [] bila isinya kosong"),
        || format!("{key} is missing: add \"{key}\": [] when there are none"),
    )
}

pub fn list_wrong(key: &str, found: &str) -> String {
    say(
        || format!("{key} berupa {found}: harus berupa daftar"),
        || format!("{key} is {found}: must be a list"),
    )
}

pub fn invalid_json(message: &str, column: usize) -> String {
    say(
        || format!("JSON tidak sah: {message} (kolom {column})"),
        || format!("invalid JSON: {message} (column {column})"),
    )
}

/// serde_json's own words about a JSON text (`trailing comma`, `invalid type: sequence,
/// expected ...`) in the current language; a message it does not know stays as it is.
pub fn json_message(message: &str) -> String {
    match lang() {
        Lang::En => message.to_string(),
        Lang::Id => json_message_id(message),
    }
}

fn json_message_id(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let found = match found {
            "sequence" => A_LIST().to_string(),
            "map" => AN_OBJECT().to_string(),
            "unit value" | "null" => "null".to_string(),
            other => other
                .replace("string ", "teks ")
                .replace("integer ", "bilangan bulat ")
                .replace("floating point ", "bilangan pecahan ")
                .replace("boolean ", "nilai benar/salah "),
        };
        return format!("jenis nilai tidak sah: {found}, yang diharapkan {expected}");
    }
    let known = match message {
        "EOF while parsing a list" => "berkas berakhir di tengah daftar",
        "EOF while parsing an object" => "berkas berakhir di tengah objek",
        "EOF while parsing a string" => "berkas berakhir di tengah teks",
        "EOF while parsing a value" => "berkas berakhir sebelum nilai",
        "expected `:`" => "seharusnya `:`",
        "expected `,` or `]`" => "seharusnya `,` atau `]`",
        "expected `,` or `}`" => "seharusnya `,` atau `}`",
        "expected ident" => "seharusnya true, false, atau null",
        "expected value" => "seharusnya sebuah nilai",
        "expected `\"`" => "seharusnya `\"`",
        "invalid escape" => "escape tidak sah",
        "invalid number" => "angka tidak sah",
        "number out of range" => "angka di luar rentang",
        "invalid unicode code point" => "kode Unicode tidak sah",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "ada karakter kendali (\\u0000-\\u001F) di dalam teks"
        }
        "key must be a string" => "kunci harus berupa teks",
        "lone leading surrogate in hex escape" => "surrogate tunggal dalam escape heksadesimal",
        "trailing comma" => "ada koma berlebih di akhir",
        "trailing characters" => "ada karakter berlebih setelah akhir JSON",
        "unexpected end of hex escape" => "escape heksadesimal berakhir terlalu cepat",
        "recursion limit exceeded" => "susunan bertingkat terlalu dalam",
        other => other,
    };
    known.to_string()
}

/// What the reader expects of the whole file, in serde's "expected ..." messages.
pub fn expecting_file(format: &str) -> String {
    let shape = format!(
        "{{\"format\": \"{format}\", \"organization\": ..., \"competencies\": [...], \
         \"units\": [...], \"positions\": [...], \"employees\": [...]}}"
    );
    say(
        || format!("satu objek JSON {shape}"),
        || format!("one JSON object {shape}"),
    )
}

// --- Import: spreadsheet rows (CSV and xlsx).

/// The record of a CSV row: `row 7`.
pub fn row(row: usize) -> String {
    say(|| format!("baris {row}"), || format!("row {row}"))
}

/// The record of a worksheet row: `sheet "Pegawai" row 7`.
pub fn sheet_row(sheet: &str, row: usize) -> String {
    say(
        || format!("lembar {sheet} baris {row}"),
        || format!("sheet {sheet} row {row}"),
    )
}

/// The record of a header row: `row 1 (header)`.
pub fn header_record(record: &str) -> String {
    say(
        || format!("{record} (judul kolom)"),
        || format!("{record} (header)"),
    )
}

/// A message about one cell of a worksheet: `cell C7: ...`.
pub fn at_cell(cell: &str, message: &str) -> String {
    say(
        || format!("sel {cell}: {message}"),
        || format!("cell {cell}: {message}"),
    )
}

pub fn unknown_column(name: &str) -> String {
    let columns = ALLOWED_COLUMNS();
    say(
        || format!("kolom {name} tidak dikenal: kolom yang boleh adalah {columns}"),
        || format!("unknown column {name}: allowed columns are {columns}"),
    )
}

pub fn same_columns(first: &str, second: &str) -> String {
    say(
        || format!("kolom {first} dan {second} berarti sama: pertahankan satu saja"),
        || format!("columns {first} and {second} mean the same: keep one"),
    )
}

pub fn no_nip_column() -> String {
    let columns = ALLOWED_COLUMNS();
    say(
        || format!("tidak ada kolom nip: baris judul menamai kolom {columns}"),
        || format!("there is no nip column: the header row names the columns {columns}"),
    )
}

pub fn cell_count(cells: usize, columns: usize) -> String {
    say(
        || {
            format!(
                "baris ini berisi {cells} sel, sedangkan judulnya {columns} kolom: samakan \
                 dengan judul kolom"
            )
        },
        || {
            format!(
                "the row has {cells} cells but the header has {columns} columns: make it match \
                 the header"
            )
        },
    )
}

pub fn cell_without_header(value: &str) -> String {
    let columns = ALLOWED_COLUMNS();
    say(
        || format!("sel {value} berada di kolom tanpa judul: beri nama kolom itu ({columns})"),
        || format!("cell {value} is in a column without a header: name the column ({columns})"),
    )
}

pub fn nip_as_number(shown: &str) -> String {
    say(
        || {
            format!(
                "nip tersimpan sebagai angka {shown}, yang hanya menyimpan 15 dari 18 digit: \
                 format kolom NIP sebagai Teks lalu ketik ulang NIP-nya"
            )
        },
        || {
            format!(
                "nip is stored as the number {shown}, which keeps only 15 digits of the 18: \
                 format the NIP column as Text and type the NIPs again"
            )
        },
    )
}

pub fn nip_scientific(nip: &str) -> String {
    say(
        || {
            format!(
                "nip {nip} diubah menjadi angka oleh spreadsheet: format kolom nip sebagai Teks \
                 lalu ekspor ulang"
            )
        },
        || {
            format!(
                "nip {nip} was turned into a number by the spreadsheet: format the nip column \
                 as Text and export again"
            )
        },
    )
}

pub fn nip_twice(nip: impl Display, first: usize) -> String {
    say(
        || format!("nip {nip} juga ada di baris {first}: satu pegawai satu baris"),
        || format!("nip {nip} is also on row {first}: one row per employee"),
    )
}

pub fn name_empty(column: &str) -> String {
    say(
        || format!("{column} kosong: pegawai baru (NIP belum tersimpan) memerlukan nama"),
        || format!("{column} is empty: a new employee (NIP not stored yet) needs a name"),
    )
}

pub fn rank_empty(column: &str) -> String {
    say(
        || {
            format!(
                "{column} kosong: pegawai baru memerlukan golongan, misalnya III/c (PNS) atau \
                 IX (PPPK)"
            )
        },
        || {
            format!(
                "{column} is empty: a new employee needs a golongan such as III/c (PNS) or IX \
                 (PPPK)"
            )
        },
    )
}

pub fn unknown_position(column: &str, id: &str) -> String {
    say(
        || {
            format!(
                "{column} {id}: tidak ada jabatan dengan id ini (kosongkan sel untuk pegawai \
                 yang belum ditempatkan)"
            )
        },
        || {
            format!(
                "{column} {id}: no position has this id (leave the cell empty for staff not \
                 yet placed)"
            )
        },
    )
}

#[cfg(test)]
mod tests;
