//! What went wrong with a file, said in the planner's language: one function for every
//! `std::io::Error` penata shows, so no message carries Rust's Debug form or an English
//! `(os error N)` suffix.

use std::io::{Error, ErrorKind};

use super::{Msg, msg};

/// The message for an I/O failure: the kinds a planner meets (not found, permission denied,
/// is a directory, disk full, read-only file system, ...) each worded, any other OS error by
/// its number, and an error made with its own text (a library's) by that text.
pub fn io_error(e: &Error) -> Msg {
    match e.kind() {
        ErrorKind::NotFound => msg!("io-not-found"),
        ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        ErrorKind::IsADirectory => msg!("io-is-a-directory"),
        ErrorKind::NotADirectory => msg!("io-not-a-directory"),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => msg!("io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => msg!("io-read-only-fs"),
        ErrorKind::AlreadyExists => msg!("io-already-exists"),
        ErrorKind::FileTooLarge => msg!("io-file-too-large"),
        ErrorKind::UnexpectedEof => msg!("io-unexpected-end"),
        ErrorKind::BrokenPipe => msg!("io-broken-pipe"),
        ErrorKind::WouldBlock | ErrorKind::ResourceBusy => msg!("io-busy"),
        ErrorKind::TimedOut => msg!("io-timed-out"),
        _ => match e.raw_os_error() {
            Some(code) => msg!("io-os-error", code = code.to_string()),
            // A library's error with its own words (never an OS suffix in them); an inner
            // error is shown by its own text, not its Debug form.
            None => msg!(
                "io-other",
                text = e
                    .get_ref()
                    .map_or_else(|| e.kind().to_string(), ToString::to_string)
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn os_errors_are_worded_without_rust_or_os_suffixes() {
        let cases = [
            (
                libc_code("ENOENT"),
                "no such file or folder",
                "berkas atau folder tidak ada",
            ),
            (libc_code("EACCES"), "permission denied", "tidak ada izin"),
            (libc_code("EISDIR"), "is a folder", "adalah folder"),
            (libc_code("ENOSPC"), "the disk is full", "disk penuh"),
            (libc_code("EROFS"), "read-only", "hanya-baca"),
        ];
        for (code, en, id) in cases {
            let e = Error::from_raw_os_error(code);
            let said_en = Lang::En.say(&io_error(&e));
            let said_id = Lang::Id.say(&io_error(&e));
            assert!(said_en.contains(en), "{code}: {said_en}");
            assert!(said_id.contains(id), "{code}: {said_id}");
            for said in [&said_en, &said_id] {
                assert!(!said.contains("os error"), "{said}");
                assert!(!said.contains("Os {"), "{said}");
            }
        }
        // A rare OS error keeps only its number.
        let e = Error::from_raw_os_error(71); // EPROTO
        let said = Lang::Id.say(&io_error(&e));
        assert!(said.contains("71") && !said.contains("os error"), "{said}");
        // A library's own words stay, without a Debug form.
        let e = Error::other("zip: bad header");
        assert!(Lang::En.say(&io_error(&e)).contains("zip: bad header"));
    }

    /// Linux's numbers (the tests run there).
    fn libc_code(name: &str) -> i32 {
        match name {
            "ENOENT" => 2,
            "EACCES" => 13,
            "EISDIR" => 21,
            "ENOSPC" => 28,
            _ => 30, // EROFS
        }
    }
}
