//! Perencana Anggaran: the budget (anggaran) model for government-paid enrolment of vulnerable
//! workers (pekerja rentan) in BPU JKK + JKM, paid from APBD, Dana Desa, DBHCHT or other public money.
//! Model and defaults: the published programmes of NTT, Papua Tengah, TTU, Manggarai Barat,
//! Lombok Timur, Lumajang, Pati, Jember, Kutai Kartanegara and Penajam Paser Utara (sources in
//! [`basis`]) and the budgeting practice they show.
//!
//! - [`plan`]: the forward model (enrolment limits; workers × months → cost per month, quarter,
//!   programme year and APBD year; pagu) and the inverse (a ceiling per APBD year → workers).
//! - [`split`]: cost sharing between funders, to the rupiah.
//! - [`districts`]: the per-district (kabupaten/kota) table.
//! - [`csv`]: export and tolerant import of the tables.
//! - [`claims`]: expected JKM and JKK benefits flowing back to residents.
//! - [`link`]: the share-link codec and the scenario comparison.
//! - [`save`]: the saved plan file (versioned JSON).
//! - [`basis`]: every default with its basis, so the page can show "sumber".
//! - [`contribution`]: the monthly contribution per worker from the BPU iuran calculator.
//!
//! All money is exact (`Rupiah` on `rust_decimal`) and all counts are integers; only the expected
//! claims use `f64` internally and are rounded to whole rupiah at the edge.

pub mod basis;
pub mod claims;
pub mod contribution;
pub mod csv;
pub mod districts;
pub mod link;
pub mod plan;
pub mod save;
pub mod split;

pub use basis::{Basis, BasisKey, Sourced};
pub use claims::{expected_claims, ClaimAssumptions, ClaimsYear, Manfaat, Range};
pub use contribution::{iuran_bpu, iuran_schedule, Contribution};
pub use districts::{summarize, District, DistrictSummary, DistrictTable, NTT_DISTRICTS};
pub use link::{compare, Metric, MetricRow, MetricValue, Outcome, Scenario};
pub use plan::{
    project, workers_per_apbd_year, ApbdYear, Batas, Enrolment, Jadwal, Kohort, Plan, Projection, Tranche,
    TrancheSize, YearCeiling,
};
pub use save::{PlannerState, SaveError};
pub use split::{share_cost, Funder, FunderCost, FunderKind, FunderYear, Split};

/// At most this many target workers (100 juta: more than Indonesia's whole informal workforce).
pub const MAX_WORKERS: u64 = 100_000_000;
/// At most this many fiscal years in one plan.
pub const MAX_YEARS: u8 = 50;
/// The first fiscal year a plan may start in (the BPU rules start in 2015).
pub const MIN_FISCAL_YEAR: u16 = 2015;
/// The last fiscal year a plan may start in.
pub const MAX_FISCAL_YEAR: u16 = 2100;

/// An input of the planner, named so that an error can point at the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Target workers (`pekerja`).
    Pekerja,
    /// Proposed list (`usulan`).
    Usulan,
    /// New workers per later year (`baru`).
    Baru,
    /// Total regional spending (`belanja`).
    Belanja,
    /// Funded months per year (`bulan`).
    Bulan,
    /// Start month (`mulai`).
    Mulai,
    /// First fiscal year (`tahun`).
    Tahun,
    /// Duration in years (`durasi`).
    Durasi,
    /// Verification yield (`verifikasi`).
    Verifikasi,
    /// Fill rate (`serapan`).
    Serapan,
    /// Budget headroom (`cadangan`).
    Cadangan,
    /// Share of the cohort re-funded next year (`lanjut`).
    Lanjut,
    /// Monthly contribution per worker.
    Iuran,
    /// Budget ceiling (`pagu`).
    Pagu,
    /// Phased entry (`tahap`).
    Tahap,
    /// Funders of the cost split (`dana`).
    Pendanaan,
    /// A row of the district table (its workforce or current coverage).
    Kabupaten,
    /// One of the claim assumptions.
    Klaim,
}

/// Why a plan cannot be computed. The interface turns each into a sentence naming the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The value of the field lies outside what the planner accepts (also: negative).
    OutOfRange(Field),
    /// Tranche shares (or funder shares) do not add up to 100%.
    SharesNot100(Field),
    /// Tranches mix shares and counts.
    MixedTranches,
    /// A tranche starts after the last funded month of the first year.
    TrancheAfterWindow,
    /// Tranche counts add up to more workers than are enrolled.
    TranchesExceedEnrolled { enrolled: u64, tranches: u64 },
    /// Funders by number of workers do not add up to the workers enrolled.
    FunderWorkersMismatch { enrolled: u64, funders: u64 },
    /// The benefit rules have no value for the date (fail closed).
    NotCovered(crate::rules::NotCovered),
    /// The contribution could not be computed (including a date no contribution rule covers).
    Iuran(crate::iuran::IuranError),
}
