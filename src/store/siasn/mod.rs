//! Importing the files a BKPSDM already has: the SIASN exports (ASN profile, unit
//! hierarchy, peta jabatan, SKP) and the office workbooks (standar kompetensi, assessment
//! rekap), any mix in any order, recognized by their header rows.
//!
//! Reading ([`rows`], filled by [`read::read_files`]) is kept apart from joining the rows
//! into an organization, so each side is tested on its own. The columns, aliases and
//! assumptions are in `docs/siasn.md`.

pub mod build;
mod dictionary;
pub mod export;
mod findings;
mod grid;
mod header;
mod ident;
mod kinds;
mod levels;
mod outcome;
mod people;
mod profile;
pub mod read;
pub mod rows;
mod seats;
mod units;
mod values;

pub use build::{Options, Report, Summary, build};
pub use people::{Inactive, Leaver};
pub use read::{LISTED_PER_FILE, read_files};
pub use rows::*;

#[cfg(test)]
mod build_tests;
