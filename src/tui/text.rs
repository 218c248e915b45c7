//! What the terminal runtime says, in Bahasa Indonesia and English: why the terminal could
//! not be used (printed after the app has left the screen) and the refusal of a change made
//! without a database.

crate::lang::texts! {
    PREPARE_TERMINAL => "terminal tidak dapat disiapkan; jalankan penata di terminal interaktif",
        "cannot prepare the terminal; run penata in an interactive terminal";
    TERMINAL_SIZE => "ukuran terminal tidak dapat dibaca",
        "cannot read the terminal size";
    RESTORE_TERMINAL => "terminal tidak dapat dipulihkan; jalankan `reset` bila tampilannya rusak",
        "cannot restore the terminal; run `reset` if it looks broken";
    LOOKUP_THREAD => "thread pencarian tidak dapat dimulai",
        "cannot start the lookup thread";
    MOUSE_REPORTING => "pelaporan mouse tidak dapat diubah",
        "cannot change mouse reporting";
    NO_STORE => "tidak ada basis data yang terbuka; tidak ada yang diubah",
        "no database is open; nothing was changed";
    OPEN_THREAD => "thread pembuka basis data tidak dapat dimulai",
        "cannot start the thread that opens the database";
    OPEN_THREAD_PANICKED => "thread pembuka basis data berhenti karena galat; jalankan penata lagi",
        "the thread that opens the database stopped on an error; run penata again";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_and_differs() {
        assert_eq!(ALL.len(), 8, "a text was added or lost");
        assert_eq!(crate::lang::check_table(ALL, &[]), Ok(()));
        // Lib tests read the default language.
        assert!(NO_STORE().starts_with("tidak ada basis data"));
    }
}
