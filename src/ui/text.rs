//! Every word the screen shows, in the planners' language (Bahasa Indonesia).
//!
//! Keep all UI strings here: a second language (issue 7) becomes a second table.

use crate::app::Action;

pub const APP: &str = "penata";
pub const PLAN: &str = "Rencana";
pub const BASELINE: &str = "baseline";
pub const UNPLACED: &str = "Belum ditempatkan";
pub const TOO_SMALL: &str = "Terminal terlalu kecil";
pub const TOO_SMALL_NEED: &str = "perlu minimal";
pub const DETAILS: &str = "Rincian";
pub const EMPTY_ORG: &str = "Organisasi kosong: impor data dengan `penata import`.";
pub const NOTHING_SELECTED: &str = "Tidak ada yang dipilih.";
pub const MORE_BELOW: &str = "J/K gulir";
pub const MORE_HELP: &str = "j/k gulir";

// Unit details.
pub const UNIT: &str = "Unit";
pub const FORMATION: &str = "Formasi";
pub const FILLED: &str = "Terisi";
pub const VACANT: &str = "Lowong";
pub const OVER: &str = "Lebih";
pub const AVG_FIT: &str = "Rerata JPM";
pub const READINESS: &str = "Kesiapan";
pub const POSITIONS: &str = "Jabatan";
pub const SUB_UNITS: &str = "Sub-unit";
pub const PEOPLE: &str = "Pegawai";
pub const PARENT_UNIT: &str = "Induk";

// Position details.
pub const POSITION_TYPE: &str = "Jenis";
pub const HOLDERS: &str = "Pemangku";
pub const NO_HOLDERS: &str = "Belum ada pemangku.";
pub const COMPETENCY: &str = "Kompetensi";
pub const STANDARD: &str = "Std";
pub const DEFAULT_STANDARD: &str = "standar bawaan jenis jabatan";
pub const NO_REQUIREMENTS: &str = "Jabatan ini tidak mensyaratkan kompetensi.";
pub const NEED: &str = "Kebutuhan";
pub const NEED_UNIT: &str = "orang menurut ABK";

// Employee details.
pub const NIP: &str = "NIP";
pub const RANK: &str = "Golongan";
pub const SEAT: &str = "Jabatan";
pub const UNIT_PATH: &str = "Unit";
pub const FIT: &str = "JPM";
pub const PERFORMANCE: &str = "Kinerja";
pub const POTENTIAL: &str = "Potensi";
pub const NOTES: &str = "Catatan";
pub const LEVEL: &str = "Nilai";
pub const GAP: &str = "Gap";
pub const NOT_ASSESSED: &str = "belum dinilai";
pub const NOT_PLACED: &str = "belum ditempatkan";
pub const NO_FIT: &str = "tidak ada standar";
pub const NO_NOTES: &str = "Belum ada catatan.";
pub const UNKNOWN: &str = "-";
pub const INCOMPLETE_FIT: &str = "ada kompetensi belum dinilai (dihitung 0)";

// Readiness.
pub const READY: &str = "Siap";
pub const HESITANT: &str = "Ragu";
pub const RESISTING: &str = "Menolak";
pub const READINESS_UNKNOWN: &str = "Belum dinilai";

// Search.
pub const SEARCH_TITLE: &str = "Cari pegawai, NIP, unit, jabatan";
pub const SEARCH_PROMPT: &str = "/";
pub const SEARCH_EMPTY: &str = "Ketik nama, NIP, unit atau jabatan.";
pub const SEARCH_NONE: &str = "Tidak ditemukan.";
pub const SEARCH_UNAVAILABLE: &str = "Pencarian belum tersedia.";
pub const HIT_EMPLOYEE: &str = "Pegawai";
pub const HIT_UNIT: &str = "Unit";
pub const HIT_POSITION: &str = "Jabatan";
pub const HITS: &str = "hasil";

// Help.
pub const HELP_TITLE: &str = "Bantuan: tombol";
pub const HELP_TYPE_TO_SEARCH: &str = "huruf, angka: ketik kata kunci";
pub const HELP_BROWSE: &str = "Menjelajah struktur";
pub const HELP_SEARCH: &str = "Mencari";
pub const HELP_HELP: &str = "Bantuan";
pub const HELP_GLOBAL: &str = "Di mana saja";
pub const HELP_LEGEND: &str = "Tanda";
pub const LEGEND_HEADCOUNT: &str = "7/9 -2   terisi/formasi, kurang 2;  9/8 +1  lebih 1";
pub const LEGEND_FIT: &str = "JPM (Job Person Match) dan kategori:";
pub const LEGEND_FIT_INCOMPLETE: &str = "*        ada kompetensi belum dinilai (dihitung 0)";
pub const LEGEND_READINESS: &str =
    "Kesiapan: {ready} siap  {hesitant} ragu  {resisting} menolak  {unknown} belum dinilai";

// Modes, for the status bar.
pub const MODE_BROWSE: &str = "JELAJAH";
pub const MODE_SEARCH: &str = "CARI";
pub const MODE_HELP: &str = "BANTUAN";

/// What an action does, as the help overlay says it.
pub fn action(a: Action) -> &'static str {
    match a {
        Action::Up => "naik satu baris",
        Action::Down => "turun satu baris",
        Action::PageUp => "naik satu layar",
        Action::PageDown => "turun satu layar",
        Action::Home => "ke baris pertama",
        Action::End => "ke baris terakhir",
        Action::Expand => "buka (atau masuk ke isi)",
        Action::Collapse => "tutup (atau ke induk)",
        Action::ToParent => "ke induk",
        Action::ExpandSubtree => "buka seluruh cabang",
        Action::CollapseSubtree => "tutup seluruh cabang",
        Action::ToggleDetails => "rincian layar penuh / kembali",
        Action::DetailsUp => "gulir rincian ke atas",
        Action::DetailsDown => "gulir rincian ke bawah",
        Action::OpenSearch => "cari pegawai, NIP, unit, jabatan",
        Action::SearchInput(_) => "ketik kata kunci",
        Action::SearchBackspace => "hapus satu huruf",
        Action::SearchClear => "kosongkan kata kunci",
        Action::SearchUp => "hasil sebelumnya",
        Action::SearchDown => "hasil berikutnya",
        Action::SearchAccept => "lompat ke hasil",
        Action::SearchCancel => "batal, kembali ke posisi semula",
        Action::Help => "bantuan (daftar tombol)",
        Action::CloseHelp => "tutup bantuan",
        Action::HelpUp => "gulir ke atas",
        Action::HelpDown => "gulir ke bawah",
        Action::Quit => "keluar",
        Action::Resize(..) => "ubah ukuran",
        Action::DismissToast => "tutup pesan",
    }
}

/// The one-word hint the status bar shows next to a key.
pub fn hint(a: Action) -> &'static str {
    match a {
        Action::Up => "naik",
        Action::Down => "turun",
        Action::Expand => "buka",
        Action::Collapse => "tutup",
        Action::OpenSearch => "cari",
        Action::ToggleDetails => "rincian",
        Action::Help => "bantuan",
        Action::Quit => "keluar",
        Action::SearchAccept => "lompat",
        Action::SearchCancel => "batal",
        Action::SearchUp => "naik",
        Action::SearchDown => "turun",
        Action::CloseHelp => "tutup",
        Action::HelpUp => "naik",
        Action::HelpDown => "turun",
        other => action(other),
    }
}
