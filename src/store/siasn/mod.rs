//! Importing the files a BKPSDM already has: the SIASN exports (ASN profile, unit
//! hierarchy, peta jabatan, SKP) and the office workbooks (standar kompetensi, assessment
//! rekap), any mix in any order, recognized by their header rows.
//!
//! Reading ([`rows`]) is kept apart from joining the rows into an organization, so each
//! side is tested on its own.

pub mod build;
mod dictionary;
pub mod export;
mod findings;
mod ident;
mod people;
pub mod rows;
mod seats;
mod units;

pub use build::{Options, Report, Summary, build};
pub use people::{Inactive, Leaver};
pub use rows::*;
#[cfg(test)]
mod build_tests;

/// TEMPORARY until the readers land.
pub fn read_files(_files: &[(String, Vec<u8>)]) -> Parsed {
    Parsed::default()
}
