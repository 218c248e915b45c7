//! What the settings file's errors say, in Bahasa Indonesia and English (fixed texts in
//! the `texts!` table, texts built from values as functions with a `match` over [`lang()`]).
//! Keys, values and section names (`[keys.browse]`, `high_contrast`) stay as the file
//! writes them.

use crate::lang::{Lang, lang};

crate::lang::texts! {
    /// A key override that is neither a text nor a list of texts.
    KEY_SPEC => "tombol harus teks seperti \"C\" atau daftar seperti [\"q\", \"ctrl-q\"]",
        "a key must be text such as \"C\" or a list such as [\"q\", \"ctrl-q\"]";
    LEVEL => "level kompetensi",
        "a competency level";
    RETIREMENT_AGE => "batas usia pensiun (BUP)",
        "a retirement age (BUP)";
    /// The commented default file up to the fit thresholds (`penata config init`).
    DEFAULT_HEAD => "# Pengaturan penata (TOML). Hapus tanda '#' di awal baris untuk mengubah pengaturan itu.\n\
         # `penata config show` menampilkan yang berlaku dan asal setiap nilai.\n\
         \n\
         # Direktori basis data (--db dan $PENATA_DB tetap didahulukan).\n\
         # database = \"/srv/penata/db\"\n\
         \n\
         # Bahasa layar dan pesan: \"id\" atau \"en\" (--lang didahulukan; tanpa keduanya,\n\
         # locale berawalan id_ berarti Bahasa Indonesia, selain itu English).\n\
         # language = \"id\"\n\
         \n\
         # Warna: \"default\", \"high_contrast\" atau \"monochrome\" (NO_COLOR memaksa monochrome).\n\
         # theme = \"default\"\n\
         \n\
         # Samarkan NIP dalam ekspor secara bawaan (tanggal lahir dan nomor urut disembunyikan).\n\
         # mask_nip = false\n\
         \n\
         # Kategori Job Person Match: profil \"mapping\" (Optimal >= 90, Cukup Optimal >= 78)\n\
         # atau \"selection\" (MS >= 80, MMS >= 68). Ambang dalam persen, 0 < middle < high.\n\
         [fit]\n",
        "# penata settings (TOML). Remove the leading '#' of a line to change that setting.\n\
         # `penata config show` prints what is in effect and where each value comes from.\n\
         \n\
         # Database directory (--db and $PENATA_DB still win).\n\
         # database = \"/srv/penata/db\"\n\
         \n\
         # Language of screens and messages: \"id\" or \"en\" (--lang wins; without either,\n\
         # a locale starting with id_ means Indonesian, anything else English).\n\
         # language = \"id\"\n\
         \n\
         # Colours: \"default\", \"high_contrast\" or \"monochrome\" (NO_COLOR forces monochrome).\n\
         # theme = \"default\"\n\
         \n\
         # Mask NIPs in exports by default (birth date and sequence hidden).\n\
         # mask_nip = false\n\
         \n\
         # Job Person Match categories: profile \"mapping\" (Optimal >= 90, Cukup Optimal >= 78)\n\
         # or \"selection\" (MS >= 80, MMS >= 68). Thresholds in percent, 0 < middle < high.\n\
         [fit]\n";
    DEFAULT_STANDARDS => "# Level kompetensi bawaan (1-5) untuk jabatan yang tidak mencantumkan persyaratan, per jenis.\n\
         [standards]\n",
        "# Default competency level (1-5) of positions that list no requirements, per type.\n\
         [standards]\n";
    DEFAULT_RETIREMENT => "\n# Batas usia pensiun (BUP) per jenis jabatan.\n[retirement]\n",
        "\n# Retirement age (BUP) per kind of seat.\n[retirement]\n";
    DEFAULT_KEYS => "# Tombol pengganti per mode: [keys.MODE] AKSI = \"TOMBOL\" atau [\"TOMBOL\", \"TOMBOL\"]. Layar\n\
         # bantuan (?) mencantumkan aksi setiap mode; `penata config keys` mencetak namanya.\n\
         # Tombol: satu karakter (\"C\", \"*\"), ctrl-x, alt-x, enter, esc, tab, space, backspace,\n\
         # delete, up, down, left, right, pageup, pagedown, home, end, f1-f12.\n\
         # [keys.browse]\n\
         # candidates = \"C\"\n",
        "# Key overrides per mode: [keys.MODE] ACTION = \"KEY\" or [\"KEY\", \"KEY\"]. The help\n\
         # overlay (?) lists each mode's actions; `penata config keys` prints their names.\n\
         # Keys: a character (\"C\", \"*\"), ctrl-x, alt-x, enter, esc, tab, space, backspace,\n\
         # delete, up, down, left, right, pageup, pagedown, home, end, f1-f12.\n\
         # [keys.browse]\n\
         # candidates = \"C\"\n";
}

/// Where the problem is: `line 3: ...`.
pub fn at_line(line: usize, message: &str) -> String {
    match lang() {
        Lang::Id => format!("baris {line}: {message}"),
        Lang::En => format!("line {line}: {message}"),
    }
}

/// A key the file may not have; `allowed` lists those it may.
pub fn unknown_key(key: &str, allowed: &str) -> String {
    match lang() {
        Lang::Id => format!("kunci `{key}` tidak dikenal: gunakan salah satu dari {allowed}"),
        Lang::En => format!("unknown field `{key}`: use one of {allowed}"),
    }
}

/// A value that is not one of the choices.
pub fn unknown_value(value: &str, allowed: &str) -> String {
    match lang() {
        Lang::Id => {
            // The reader lists two choices as "`id` or `en`".
            let allowed = allowed.replace("` or `", "` atau `");
            format!("nilai `{value}` tidak dikenal: gunakan salah satu dari {allowed}")
        }
        Lang::En => format!("unknown variant `{value}`: use one of {allowed}"),
    }
}

/// A value of the wrong type (`found` and `expected` as the TOML reader names them).
pub fn wrong_type(found: &str, expected: &str) -> String {
    match lang() {
        Lang::Id => format!("jenis nilai salah: {found}, seharusnya {expected}"),
        Lang::En => format!("invalid type: {found}, expected {expected}"),
    }
}

/// Anything else the TOML reader refused, in its own words.
pub fn not_toml(message: &str) -> String {
    match lang() {
        Lang::Id => format!("bukan TOML yang sah ({message}); periksa baris ini"),
        Lang::En => format!("not valid TOML ({message}); check this line"),
    }
}

/// `[keys.MODE] ACTION = []`.
pub fn no_key(mode: &str, action: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "[keys.{mode}] {action} tidak berisi tombol: sebutkan paling sedikit satu, atau hapus \
             barisnya agar tombol bawaan berlaku"
        ),
        Lang::En => format!(
            "[keys.{mode}] {action} has no key: name at least one, or remove the line to keep \
             the default"
        ),
    }
}

/// A number outside its range; `what` names the quantity.
pub fn out_of_range(value: i64, what: &str, min: i64, max: i64) -> String {
    match lang() {
        Lang::Id => format!("{value} bukan {what}: gunakan bilangan bulat dari {min} sampai {max}"),
        Lang::En => format!("{value} is not {what}: use a whole number from {min} to {max}"),
    }
}

/// Fit thresholds out of order.
pub fn fit_thresholds(middle: f64, high: f64) -> String {
    match lang() {
        Lang::Id => format!(
            "ambang kategori JPM harus memenuhi 0 < middle < high (persen), ditemukan middle = \
             {middle} dan high = {high}: turunkan middle atau naikkan high"
        ),
        Lang::En => format!(
            "fit thresholds must satisfy 0 < middle < high (percent), found middle = {middle} \
             and high = {high}: lower middle or raise high"
        ),
    }
}

/// How the TOML reader's type names read in Indonesian (`a boolean`, `f64`, `string "x"`).
pub fn type_name(name: &str) -> String {
    if lang() == Lang::En {
        return name.to_string();
    }
    let words = [
        ("a boolean", "true atau false"),
        ("boolean", "true/false"),
        ("f64", "angka"),
        ("i64", "bilangan bulat"),
        ("u8", "bilangan bulat"),
        ("integer", "bilangan bulat"),
        ("floating point", "pecahan"),
        ("string", "teks"),
        ("a string", "teks"),
        ("a sequence", "daftar"),
        ("sequence", "daftar"),
        ("map", "tabel"),
        ("a map", "tabel"),
    ];
    for (en, id) in words {
        if name == en {
            return id.to_string();
        }
        if let Some(rest) = name.strip_prefix(en)
            && rest.starts_with(' ')
        {
            return format!("{id}{rest}");
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_and_differs() {
        assert!(ALL.len() >= 3);
        assert_eq!(crate::lang::check_table(ALL, &[]), Ok(()));
    }

    #[test]
    fn two_choices_read_in_indonesian() {
        assert_eq!(
            unknown_value("fr", "`id` or `en`"),
            "nilai `fr` tidak dikenal: gunakan salah satu dari `id` atau `en`"
        );
    }

    #[test]
    fn type_names_read_in_indonesian() {
        assert_eq!(type_name("a boolean"), "true atau false");
        assert_eq!(type_name("string \"yes\""), "teks \"yes\"");
        assert_eq!(type_name("floating point `1.5`"), "pecahan `1.5`");
        assert_eq!(type_name("KeySpec"), "KeySpec");
    }
}
