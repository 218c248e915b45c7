//! The command line's help in the process language: `--help`, the manual page and the
//! completions' descriptions all come from [`command`].
//!
//! The English texts are the doc comments of the clap definitions (one source each); the
//! Indonesian ones are the `ID` table, keyed by command path and argument id, applied to the
//! built `Command` tree at run time. A unit test walks the tree and fails when a command or an
//! argument has no Indonesian text (or the table names one that no longer exists). clap's own
//! parse errors are reworded in Indonesian by [`exit_on`]; what clap prints itself and cannot be
//! changed (the `[OPTIONS]`/`<COMMAND>` words inside a usage line) stays as clap writes it.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::lang::{Lang, lang};

/// Key of a command: its path without `penata` (`""`, `"plan new"`). Key of an argument:
/// `"PATH:ID"`; `"*:ID"` is shared by every command that has the argument (one text for the
/// privacy flags and the like); a global argument is keyed at the top (`":db"`). A value of an
/// argument's closed list: `"PATH:ID=VALUE"` or `"*:ID=VALUE"`. A text may have a second
/// paragraph (after a blank line): the long help (`--help`), like clap's doc comments.
pub(crate) const ID: &[(&str, &str)] = &[
    (
        "",
        "Merencanakan penataan jabatan ASN di terminal\n\n\
         Tanpa perintah, membuka aplikasi layar penuh pada basis data (organisasi demo bawaan \
         saat pertama kali dijalankan).",
    ),
    (
        ":db",
        "Direktori basis data [bawaan: $PENATA_DB, jika tidak ada direktori data platform]",
    ),
    (
        ":no_color",
        "Jangan pernah memakai warna (juga bila variabel lingkungan NO_COLOR diisi)",
    ),
    (
        ":config",
        "Berkas pengaturan [bawaan: $PENATA_CONFIG, jika tidak ada direktori konfigurasi platform]",
    ),
    (
        ":lang",
        "Bahasa: id atau en [bawaan: berkas pengaturan, jika tidak ada locale (id_* berarti id)]",
    ),
    (
        ":read_only",
        "Buka aplikasi untuk presentasi: setiap perubahan ditolak",
    ),
    (
        ":mask",
        "Buka aplikasi dengan NIP, tanggal lahir dan catatan disamarkan di layar (tombol N mengubahnya)",
    ),
    // Shared by several commands.
    ("*:json", "Cetak JSON"),
    (
        "*:output",
        "Tulis ke FILE (dibuat hanya dapat dibaca pemiliknya), bukan ke keluaran standar; FILE \
         berakhiran .xlsx menjadi buku kerja Excel kecuali --format menyatakan lain",
    ),
    (
        "*:mask_nip",
        "Samarkan tanggal lahir (dan nomor urut) di setiap NIP: 19850312 201001 2 003 menjadi \
         ******** 201001 2 ***. Berkas yang disamarkan tidak dapat diimpor",
    ),
    (
        "*:unmasked",
        "Tulis NIP lengkap walaupun berkas pengaturan menyatakan `mask_nip = true`",
    ),
    (
        "*:no_notes",
        "Tanpa catatan tentang pegawai (beserta keterangan kesiapannya) dan tanpa keterangan \
         rapat atas perpindahan",
    ),
    ("*:plan", "Rencana"),
    ("*:name", "Nama rencana"),
    ("*:yes", "Jangan meminta konfirmasi"),
    ("*:format=json", "JSON, seperti yang dicetak --json"),
    (
        "*:format=xlsx",
        "Buku kerja Excel (perlu -o FILE atau pipa)",
    ),
    (
        "*:unit",
        "Unit yang subpohonnya dilihat [bawaan: seluruh organisasi]",
    ),
    // import
    (
        "import",
        "Impor organisasi (JSON penata/v1) atau lembar kerja pegawai (CSV atau .xlsx)",
    ),
    (
        "import:file",
        "Organisasi JSON penata/v1, atau daftar pegawai berupa CSV atau buku kerja Excel .xlsx \
         (dikenali dari isinya)",
    ),
    (
        "import:sheet",
        "Lembar kerja .xlsx yang dibaca [bawaan: yang pertama]",
    ),
    (
        "import:dry_run",
        "Periksa dan laporkan tanpa menulis apa pun",
    ),
    (
        "import:replace",
        "Izinkan berkas penata/v1 menggantikan organisasi yang bukan demo",
    ),
    // export
    (
        "export",
        "Ekspor organisasi sebagai JSON penata/v1, atau daftar pegawai sebagai CSV atau .xlsx",
    ),
    (
        "export:format",
        "Apa yang ditulis [bawaan: menurut ekstensi -o (.xlsx, .csv), jika tidak json]",
    ),
    (
        "export:format=json",
        "Seluruh organisasi sebagai penata/v1 (dapat diimpor kembali apa adanya)",
    ),
    (
        "export:format=csv",
        "Daftar pegawai (NIP;Nama;Golongan;Jabatan), UTF-8 dengan BOM, untuk lembar kerja",
    ),
    (
        "export:format=xlsx",
        "Daftar pegawai sebagai buku kerja Excel, dengan lembar kedua berisi jabatan",
    ),
    // search
    (
        "search",
        "Cari pegawai menurut nama (mirip, gelar dan ejaan lama diabaikan) atau NIP",
    ),
    (
        "search:query",
        "Nama (urutan kata bebas, gelar dan ejaan lama diabaikan) atau angka NIP",
    ),
    ("search:limit", "Tampilkan paling banyak N hasil"),
    (
        "search:json",
        "Cetak larik JSON (nip, name, rank, position, unit, score, ...)",
    ),
    // show
    (
        "show",
        "Tampilkan seluruh data satu pegawai dengan jabatan, jalur unit dan kecocokan",
    ),
    (
        "show:nip",
        "NIP pegawai (18 angka; spasi di antara kelompok boleh)",
    ),
    // tree
    ("tree", "Cetak pohon unit dengan terisi/formasi per unit"),
    (
        "tree:depth",
        "Tampilkan hanya N tingkat unit teratas (1 = hanya akar)",
    ),
    (
        "tree:ids",
        "Cetak juga id setiap unit (yang diterima argumen UNIT_ID)",
    ),
    // plan
    (
        "plan",
        "Rencana penataan: new, list, show, rename, duplicate, delete, apply, diff, export",
    ),
    (
        "plan new",
        "Buat rencana kosong (skenario atas organisasi saat ini)",
    ),
    ("plan new:name", "Nama rencana (1-64 karakter)"),
    ("plan list", "Daftar rencana beserta jumlah perpindahannya"),
    (
        "plan show",
        "Tampilkan perpindahan rencana beserta alasan, keputusan dan konfliknya dengan baseline",
    ),
    ("plan rename", "Ganti nama rencana"),
    ("plan rename:old", "Nama rencana sekarang"),
    ("plan rename:new", "Nama barunya"),
    (
        "plan duplicate",
        "Salin perpindahan rencana ke rencana baru (keputusan tidak disalin)",
    ),
    ("plan duplicate:new", "Nama rencana baru"),
    ("plan delete", "Hapus rencana beserta perpindahannya"),
    (
        "plan apply",
        "Terapkan rencana ke baseline (untuk rencana yang sudah ditinjau, hanya perpindahan \
         yang diputuskan setuju)",
    ),
    (
        "plan apply:skip_conflicts",
        "Terapkan perpindahan tanpa konflik dan tinggalkan yang berkonflik",
    ),
    (
        "plan diff",
        "Bandingkan rencana dengan baseline: perpindahan, unit, kecocokan",
    ),
    ("plan diff:json", "Cetak perbandingan sebagai JSON"),
    (
        "plan export",
        "Tulis berita acara rapat atau lampiran SK (md, csv, json, sk)",
    ),
    (
        "plan export:format",
        "Apa yang ditulis [bawaan: xlsx bila -o menyebut berkas .xlsx, jika tidak md]",
    ),
    (
        "plan export:format=md",
        "Berita acara rapat peninjauan, Markdown",
    ),
    (
        "plan export:format=csv",
        "Satu baris per perpindahan untuk lembar kerja (UTF-8 dengan BOM, bawaan `;`)",
    ),
    ("plan export:format=json", "Perbandingan sebagai JSON"),
    (
        "plan export:format=sk",
        "Tabel lampiran SK mutasi, hanya perpindahan yang disetujui, Markdown",
    ),
    (
        "plan export:format=xlsx",
        "Perbandingan sebagai buku kerja Excel: perpindahan, unit, ringkasan (perlu -o FILE \
         atau pipa)",
    ),
    (
        "plan export:delimiter",
        "Pemisah kolom CSV: `;` (yang diharapkan lembar kerja berbahasa Indonesia), `,` atau `tab`",
    ),
    (
        "plan export:date",
        "Tanggal yang dicetak pada berita acara dan SK (YYYY-MM-DD) [bawaan: hari ini]",
    ),
    // move, undo, redo, decide
    (
        "move",
        "Pindahkan pegawai ke jabatan (atau `-` untuk melepas penempatan) dalam rencana",
    ),
    ("move:nip", "NIP pegawai (18 angka)"),
    (
        "move:position",
        "Id jabatan tujuan, atau `-` untuk melepas penempatan (belum ditempatkan)",
    ),
    ("move:plan", "Rencana tempat perpindahan dicatat"),
    (
        "move:reason",
        "Alasan satu baris, ditampilkan di perbandingan dan berita acara",
    ),
    ("undo", "Batalkan perpindahan terakhir suatu rencana"),
    ("redo", "Kembalikan perpindahan terakhir yang dibatalkan"),
    (
        "decide",
        "Catat keputusan peninjauan (setuju, tunda, tolak) atas perpindahan dalam rencana",
    ),
    (
        "decide:move_no",
        "Nomor perpindahan seperti yang didaftar `penata plan show` (mulai 1)",
    ),
    ("decide:decision", "setuju, tunda atau tolak"),
    (
        "decide:remark",
        "Keterangan (boleh kosong) yang dicatat bersama keputusan",
    ),
    // log, check
    (
        "log",
        "Tampilkan log audit setiap perubahan, atau periksa rantai hash-nya",
    ),
    (
        "log:plan",
        "Hanya entri tentang rencana ini (juga dari sebelum namanya diganti)",
    ),
    (
        "log:verify",
        "Periksa rantai hash alih-alih mencetak: keluar dengan status 1 dan menyebut entri rusak \
         pertama",
    ),
    (
        "check",
        "Periksa invarian basis data; keluar dengan status 1 beserta temuannya",
    ),
    // candidates
    (
        "candidates",
        "Urutkan semua orang untuk satu jabatan menurut kecocokan di sana (JPM), lalu kinerja, \
         lalu potensi",
    ),
    (
        "candidates:position",
        "Id jabatan (lihat penata show NIP atau penata export)",
    ),
    ("candidates:limit", "Tampilkan paling banyak N kandidat"),
    (
        "candidates:unplaced",
        "Hanya pegawai yang belum ditempatkan",
    ),
    (
        "candidates:over_formation",
        "Hanya pegawai yang jabatannya melebihi formasi",
    ),
    (
        "candidates:subtree",
        "Hanya pegawai yang duduk di subpohon unit ini",
    ),
    (
        "candidates:min_rank",
        "Hanya pegawai dengan golongan ini atau lebih tinggi (III/c; golongan PPPK seperti IX \
         untuk PPPK)",
    ),
    (
        "candidates:any_level",
        "Termasuk pegawai di jabatan struktural di atas jabatan ini (bawaannya tidak: turun \
         tingkat adalah hukuman disiplin, bukan penempatan)",
    ),
    (
        "candidates:format",
        "Format keluaran; xlsx: peringkat dan jabatannya [bawaan: xlsx bila -o menyebut berkas \
         .xlsx, jika tidak text]",
    ),
    (
        "candidates:json",
        "Cetak larik JSON, terbaik dulu: nip, name, jpm, category, gaps, ... (sama dengan \
         --format json)",
    ),
    // ninebox
    (
        "ninebox",
        "Hitung pegawai per kotak talenta 9-box (kinerja x potensi) di subpohon unit",
    ),
    (
        "ninebox:unit",
        "Unit yang subpohonnya dipetakan [bawaan: seluruh organisasi, termasuk yang belum \
         ditempatkan]",
    ),
    (
        "ninebox:which",
        "Daftar pegawai di satu kotak (1-9, atau `unrated` untuk belum dinilai)",
    ),
    (
        "ninebox:format",
        "Format keluaran; xlsx: kisi dan pegawai beserta kotaknya [bawaan: xlsx bila -o \
         menyebut berkas .xlsx, jika tidak text]",
    ),
    (
        "ninebox:json",
        "Cetak JSON: jumlah per kotak \"1\"..\"9\" ditambah \"unrated\" (sama dengan --format json)",
    ),
    // gaps
    (
        "gaps",
        "Kesenjangan kompetensi terhadap standar setiap jabatan, dan kebutuhan pelatihan yang \
         dihasilkannya",
    ),
    ("gaps:plan", "Lihat hasil suatu rencana, bukan baseline"),
    (
        "gaps:format",
        "Format keluaran: text, csv (satu baris per pegawai dan kompetensi), json atau xlsx \
         [bawaan: xlsx bila -o menyebut berkas .xlsx, jika tidak text]",
    ),
    (
        "gaps:format=xlsx",
        "Buku kerja Excel: kebutuhan pelatihan dan kesenjangan per pegawai (perlu -o FILE atau \
         pipa)",
    ),
    (
        "gaps:needs",
        "Hanya kebutuhan pelatihan per kompetensi (text, csv dan xlsx)",
    ),
    // note, feedback
    (
        "note",
        "Tambahkan catatan bertanggal pada pegawai (penulis: pengguna OS), dapat sekaligus \
         mengatur kesiapan",
    ),
    ("note:nip", "NIP pegawai (18 angka)"),
    (
        "note:text",
        "Isi catatan (beri tanda kutip; beberapa kata digabung dengan spasi)",
    ),
    (
        "note:readiness",
        "Atur juga kesiapan terhadap perubahan: siap, ragu, menolak atau belum (belum dinilai)",
    ),
    (
        "feedback",
        "Catat pendapat masyarakat tentang layanan suatu unit, atau daftarnya (tanpa teks)",
    ),
    ("feedback:unit", "Id unit (lihat dengan: penata tree --ids)"),
    (
        "feedback:text",
        "Apa yang disampaikan masyarakat (beri tanda kutip; beberapa kata digabung dengan \
         spasi). Kosongkan untuk mendaftar masukan unit itu",
    ),
    (
        "feedback:source",
        "Asalnya, teks bebas: musrenbang, SP4N-LAPOR!, forum warga, ... Saat mendaftar: hanya \
         entri yang sumbernya memuat teks ini",
    ),
    (
        "feedback:severity",
        "Bobotnya: low, medium atau high (rendah, sedang, tinggi) [bawaan saat mencatat: \
         medium]. Saat mendaftar: hanya entri dengan bobot ini",
    ),
    (
        "feedback:date",
        "Hari masyarakat menyampaikannya, YYYY-MM-DD [bawaan: hari ini]",
    ),
    (
        "feedback:subtree",
        "Saat mendaftar: juga masukan untuk sub-unit dari unit itu",
    ),
    (
        "feedback:limit",
        "Saat mendaftar: paling banyak N entri, yang terbaru dulu",
    ),
    (
        "feedback:json",
        "Cetak JSON (entri yang dicatat, atau daftarnya)",
    ),
    // workload, retirements
    (
        "workload",
        "Jumlah pegawai yang dibutuhkan beban kerja (ABK) dan predikat efektivitas di samping \
         formasi",
    ),
    (
        "workload:json",
        "Cetak larik JSON (position, minutes, need, formation, holders, ej, grade, ...)",
    ),
    (
        "retirements",
        "Jabatan yang akan lowong karena pemangkunya mencapai BUP, per unit dalam 1, 2, 5 tahun",
    ),
    (
        "retirements:years",
        "Daftar jabatan yang lowong dalam N tahun",
    ),
    (
        "retirements:today",
        "Hitung dari tanggal ini (YYYY-MM-DD), bukan hari ini",
    ),
    (
        "retirements:json",
        "Cetak JSON: jumlah per unit dan jabatan beserta tanggal lowongnya",
    ),
    // generate, completions, man
    (
        "generate",
        "Tulis organisasi sintetis seukuran provinsi (penata/v1) untuk uji kinerja",
    ),
    ("generate:employees", "Jumlah pegawai yang dibuat"),
    (
        "generate:seed",
        "Benih pembangkit: benih yang sama menghasilkan berkas yang sama",
    ),
    (
        "generate:output",
        "Tulis ke FILE (dibuat hanya dapat dibaca pemiliknya)",
    ),
    (
        "completions",
        "Cetak skrip pelengkapan shell (bash, zsh, fish, elvish, powershell)",
    ),
    ("completions:shell", "Shell yang dilengkapi"),
    (
        "man",
        "Cetak halaman manual (roff), atau tulis semua halaman ke direktori",
    ),
    (
        "man:dir",
        "Tulis penata.1 dan satu halaman per perintah (penata-import.1, ...) ke DIR, bukan \
         mencetak penata.1 ke keluaran standar",
    ),
    // config
    (
        "config",
        "Berkas pengaturan: path, show (beserta asal setiap nilai), init, keys",
    ),
    (
        "config path",
        "Cetak letak berkas pengaturan (atau letaknya kelak)",
    ),
    (
        "config show",
        "Cetak pengaturan yang berlaku dan asal masing-masing (bawaan, berkas, env/opsi)",
    ),
    (
        "config init",
        "Tulis berkas pengaturan berkomentar dengan semua nilai bawaan (hanya dapat dibaca \
         pemiliknya)",
    ),
    ("config init:force", "Timpa berkas yang sudah ada"),
    (
        "config keys",
        "Daftar setiap aksi per mode dengan tombol yang berlaku (nama untuk [keys.MODE])",
    ),
];

crate::lang::texts! {
    /// The help flag of every command (`-h`).
    HELP_FLAG => "Tampilkan bantuan", "Print help";
    /// The help flag where `--help` says more than `-h`.
    HELP_FLAG_MORE => "Tampilkan bantuan (lebih lengkap dengan '--help')",
        "Print help (see more with '--help')";
    HELP_FLAG_LONG => "Tampilkan bantuan (ringkasannya dengan '-h')",
        "Print help (see a summary with '-h')";
    VERSION_FLAG => "Tampilkan versi", "Print version";
    /// The `help` subcommand clap adds.
    HELP_COMMAND => "Tampilkan bantuan ini atau bantuan perintah yang disebut",
        "Print this message or the help of the given subcommand(s)";
    USAGE => "Penggunaan:", "Usage:";
    COMMANDS => "Perintah", "Commands";
    ARGUMENTS => "Argumen", "Arguments";
    OPTIONS => "Opsi", "Options";
    DEFAULT => "bawaan", "default";
    CHOICES => "pilihan", "possible values";
    ERROR => "galat:", "error:";
    MORE_INFO => "Untuk informasi lebih lanjut, jalankan '--help'.",
        "For more information, try '--help'.";
}

/// The command line definition with its help in the process language.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    // Built first, so the help flags, the `help` subcommand and the copies of the global
    // arguments exist and get their texts too.
    cmd.build();
    match lang() {
        Lang::En => cmd,
        Lang::Id => localize(cmd, ""),
    }
}

/// The Indonesian text of a key, if the table has it.
fn id_text(key: &str) -> Option<&'static str> {
    ID.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

/// The short (first paragraph) and long (whole) forms of a text.
fn short_and_long(text: &str) -> (&str, Option<&str>) {
    match text.split_once("\n\n") {
        Some((short, _)) => (short, Some(text)),
        None => (text, None),
    }
}

/// The path a command's texts are keyed by: clap's `help` subcommand repeats the real
/// commands under it (`help plan new` describes `plan new`).
fn key_path(path: &str) -> String {
    path.split(' ')
        .filter(|s| !s.is_empty() && *s != "help")
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_help_command(path: &str) -> bool {
    path.split(' ').next_back() == Some("help")
}

/// The key an argument's Indonesian text is found under, if any.
pub(crate) fn arg_key(path: &str, arg: &Arg) -> Option<String> {
    let id = arg.get_id().as_str();
    let candidates = if arg.is_global_set() {
        vec![format!(":{id}")]
    } else {
        vec![format!("{path}:{id}"), format!("*:{id}")]
    };
    candidates.into_iter().find(|k| id_text(k).is_some())
}

/// The key of one value of an argument's closed list, if any.
fn value_key(path: &str, arg: &Arg, value: &str) -> Option<String> {
    let id = arg.get_id().as_str();
    [format!("{path}:{id}={value}"), format!("*:{id}={value}")]
        .into_iter()
        .find(|k| id_text(k).is_some())
}

fn localize(mut cmd: Command, path: &str) -> Command {
    let key = key_path(path);
    if is_help_command(path) {
        cmd = cmd.about(HELP_COMMAND()).long_about(None::<&str>);
    } else if let Some(text) = id_text(&key) {
        let (short, long) = short_and_long(text);
        cmd = cmd.about(short.to_owned());
        cmd = match long {
            Some(l) => cmd.long_about(l.to_owned()),
            None => cmd.long_about(None::<&str>),
        };
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            USAGE()
        ))
        .subcommand_help_heading(COMMANDS())
        .mut_args(|arg| localize_arg(arg, &key));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_path));
    }
    cmd
}

fn localize_arg(mut arg: Arg, path: &str) -> Arg {
    let heading = if arg.is_positional() {
        ARGUMENTS()
    } else {
        OPTIONS()
    };
    arg = arg.help_heading(heading);
    match arg.get_id().as_str() {
        "help" => {
            let more = arg.get_long_help().is_some();
            return if more {
                arg.help(HELP_FLAG_MORE()).long_help(HELP_FLAG_LONG())
            } else {
                arg.help(HELP_FLAG())
            };
        }
        "version" => return arg.help(VERSION_FLAG()),
        _ => {}
    }
    let Some(text) = arg_key(path, &arg).and_then(|k| id_text(&k)) else {
        return arg;
    };
    let (short, long) = short_and_long(text);
    let mut short = short.to_owned();
    let mut long = long.map(str::to_owned);
    // clap writes "[default: ..]" and "[possible values: ..]" itself: said here instead.
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let _ = write!(short, " [{}: {}]", DEFAULT(), defaults.join(" "));
        if let Some(l) = long.as_mut() {
            let _ = write!(l, " [{}: {}]", DEFAULT(), defaults.join(" "));
        }
        arg = arg.hide_default_value(true);
    }
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if takes_value && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let _ = write!(short, " [{}: {}]", CHOICES(), names.join(", "));
        let mut list = format!("{short}\n");
        for v in &values {
            let _ = write!(list, "\n- {}", v.get_name());
            if let Some(t) = value_key(path, &arg, v.get_name()).and_then(|k| id_text(&k)) {
                let _ = write!(list, ": {t}");
            }
        }
        long = Some(list);
        arg = arg.hide_possible_values(true);
    }
    let arg = arg.help(short);
    match long {
        Some(l) => arg.long_help(l),
        None => arg.long_help(None::<&str>),
    }
}

/// Handles a parse error or a help request: help and version print as clap makes them (the
/// help already in the process language); an error is reworded in Indonesian when that is
/// the language. Exits the process.
pub fn exit_on(err: clap::Error) -> ! {
    if lang() == Lang::En
        || matches!(
            err.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        err.exit()
    }
    eprint!("{}", reworded(&err));
    std::process::exit(err.exit_code())
}

fn context(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        Some(ContextValue::None) | None => String::new(),
        Some(_) => String::new(),
    }
}

/// The Indonesian wording of a clap error: what is wrong, a suggestion when clap has one,
/// the usage line and where to read more.
pub(crate) fn reworded(err: &clap::Error) -> String {
    let arg = context(err, ContextKind::InvalidArg);
    let value = context(err, ContextKind::InvalidValue);
    let mut msg = match err.kind() {
        ErrorKind::UnknownArgument => format!("argumen '{arg}' tidak dikenal"),
        ErrorKind::InvalidSubcommand => format!(
            "perintah '{}' tidak dikenal",
            context(err, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("'{arg}' memerlukan nilai, tetapi tidak ada yang diberikan")
        }
        ErrorKind::InvalidValue => {
            let valid = context(err, ContextKind::ValidValue);
            if valid.is_empty() {
                format!("nilai '{value}' tidak sah untuk '{arg}'")
            } else {
                format!("nilai '{value}' tidak sah untuk '{arg}'; nilai yang sah: {valid}")
            }
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(err)
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            format!("nilai '{value}' tidak sah untuk '{arg}'{why}")
        }
        ErrorKind::MissingRequiredArgument => {
            format!("argumen wajib belum diberikan: {arg}")
        }
        ErrorKind::MissingSubcommand => "perintah belum diberikan".to_owned(),
        ErrorKind::ArgumentConflict => format!(
            "'{arg}' tidak dapat dipakai bersama '{}'",
            context(err, ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues => format!("nilai '{value}' tidak diharapkan untuk '{arg}'"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("jumlah nilai untuk '{arg}' tidak sesuai")
        }
        ErrorKind::NoEquals => format!("'{arg}' memerlukan tanda '=' sebelum nilainya"),
        ErrorKind::InvalidUtf8 => "argumen berisi teks yang bukan UTF-8".to_owned(),
        // Anything else: clap's own first line, which names the problem.
        _ => {
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            format!(
                "argumen tidak sah ({})",
                first.trim_start_matches("error: ")
            )
        }
    };
    for (kind, hint) in [
        (ContextKind::SuggestedArg, "mungkin maksudnya"),
        (ContextKind::SuggestedSubcommand, "mungkin maksudnya"),
        (ContextKind::SuggestedValue, "mungkin maksudnya"),
    ] {
        let s = context(err, kind);
        if !s.is_empty() {
            let _ = write!(msg, "\n\n  saran: {hint} '{s}'");
        }
    }
    let usage = context(err, ContextKind::Usage);
    let mut out = format!("{} {msg}\n", ERROR());
    if !usage.is_empty() {
        let line = usage.trim_start_matches("Usage:").trim();
        let _ = write!(out, "\n{} {line}\n", USAGE());
    }
    let _ = writeln!(out, "\n{}", MORE_INFO());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument of the built English tree: (key path, command) pairs.
    fn commands() -> Vec<(String, Command)> {
        fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
            out.push((path.to_owned(), cmd.clone()));
            for s in cmd.get_subcommands() {
                let p = if path.is_empty() {
                    s.get_name().to_owned()
                } else {
                    format!("{path} {}", s.get_name())
                };
                walk(s, &p, out);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut out = Vec::new();
        walk(&cmd, "", &mut out);
        out
    }

    fn own_args(cmd: &Command) -> impl Iterator<Item = &Arg> {
        cmd.get_arguments()
            .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
    }

    #[test]
    fn every_command_and_argument_has_both_languages() {
        let mut missing = Vec::new();
        let mut used = std::collections::BTreeSet::new();
        for (path, cmd) in commands() {
            if is_help_command(&path) {
                continue;
            }
            let key = key_path(&path);
            if path == key {
                assert!(cmd.get_about().is_some(), "`{path}` has no English text");
                match id_text(&key) {
                    Some(_) => {
                        used.insert(key.clone());
                    }
                    None => missing.push(format!("command `{key}`")),
                }
            }
            for arg in own_args(&cmd) {
                let id = arg.get_id();
                assert!(
                    arg.get_help().is_some(),
                    "`{path}:{id}` has no English help (a doc comment)"
                );
                match arg_key(&key, arg) {
                    Some(k) => {
                        used.insert(k);
                    }
                    None => missing.push(format!("argument `{key}:{id}`")),
                }
                for v in arg.get_possible_values() {
                    if v.get_help().is_some() {
                        match value_key(&key, arg, v.get_name()) {
                            Some(k) => {
                                used.insert(k);
                            }
                            None => missing.push(format!("value `{key}:{id}={}`", v.get_name())),
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no Indonesian help for: {missing:#?}");
        let stale: Vec<&str> = ID
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| !used.contains(*k))
            .collect();
        assert!(stale.is_empty(), "Indonesian help for nothing: {stale:?}");
    }

    #[test]
    fn the_table_is_well_formed() {
        let mut keys: Vec<&str> = ID.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len(), "a key is in the table twice");
        for (k, t) in ID {
            assert!(!t.trim().is_empty(), "{k} is empty");
        }
        assert_eq!(crate::lang::check_table(ALL, &[]), Ok(()));
    }

    #[test]
    fn the_indonesian_tree_says_everything_in_indonesian() {
        // Unit tests run in Bahasa Indonesia (nothing sets the language).
        let cmd = command();
        let english = commands();
        let mut localized = Vec::new();
        fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
            out.push((path.to_owned(), cmd.clone()));
            for s in cmd.get_subcommands() {
                let p = format!("{path} {}", s.get_name()).trim().to_owned();
                walk(s, &p, out);
            }
        }
        walk(&cmd, "", &mut localized);
        assert_eq!(localized.len(), english.len());
        for ((path, id), (_, en)) in localized.iter().zip(&english) {
            let about = |c: &Command| c.get_about().map(ToString::to_string);
            assert_ne!(about(id), about(en), "`{path}` is still in English");
            assert!(about(id).is_some_and(|a| !a.is_empty()), "{path}");
            for (a_id, a_en) in id.get_arguments().zip(en.get_arguments()) {
                assert_eq!(a_id.get_id(), a_en.get_id());
                let help = |a: &Arg| a.get_help().map(ToString::to_string);
                assert_ne!(help(a_id), help(a_en), "`{path}:{}`", a_id.get_id());
            }
        }
        let mut cmd = command();
        let help = cmd.render_long_help().to_string();
        for word in ["Penggunaan:", "Perintah:", "Opsi:", "Tampilkan bantuan"] {
            assert!(help.contains(word), "{word} missing from:\n{help}");
        }
        for word in ["Usage:", "Commands:", "Options:", "Print help", "[default:"] {
            assert!(!help.contains(word), "{word} left in:\n{help}");
        }
        // clap's own "[default: ..]" and "[possible values: ..]" said in Indonesian.
        let mut search = cmd.find_subcommand_mut("search").cloned().unwrap();
        let search = search.render_help().to_string();
        assert!(search.contains("[bawaan: 20]"), "{search}");
        let mut export = cmd.find_subcommand_mut("export").cloned().unwrap();
        let export = export.render_long_help().to_string();
        assert!(export.contains("[pilihan: json, csv, xlsx]"), "{export}");
        assert!(export.contains("- csv: Daftar pegawai"), "{export}");
    }

    #[test]
    fn parse_errors_are_worded_in_indonesian() {
        let mut cmd = command();
        let err = cmd
            .try_get_matches_from_mut(["penata", "tree", "--bogus"])
            .unwrap_err();
        let text = reworded(&err);
        assert!(
            text.starts_with("galat: argumen '--bogus' tidak dikenal"),
            "{text}"
        );
        assert!(text.contains("Penggunaan: penata tree"), "{text}");
        assert!(text.contains("jalankan '--help'"), "{text}");
        let err = cmd
            .try_get_matches_from_mut(["penata", "expotr"])
            .unwrap_err();
        let text = reworded(&err);
        assert!(text.contains("perintah 'expotr' tidak dikenal"), "{text}");
        assert!(text.contains("mungkin maksudnya 'export'"), "{text}");
        let err = cmd
            .try_get_matches_from_mut(["penata", "import"])
            .unwrap_err();
        let text = reworded(&err);
        assert!(
            text.contains("argumen wajib belum diberikan: <FILE>"),
            "{text}"
        );
    }

    #[test]
    fn help_subcommands_describe_the_real_commands() {
        assert_eq!(key_path("help plan new"), "plan new");
        assert_eq!(key_path("plan help new"), "plan new");
        assert!(is_help_command("plan help"));
        assert!(!is_help_command("plan new"));
    }
}
