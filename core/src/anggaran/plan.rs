//! The forward budget model and its inverse.
//!
//! **How months are counted.** Months are calendar months; the APBD fiscal year is the calendar
//! year. A plan funds `bulan` consecutive months each programme year, starting in calendar month
//! `mulai`: start 7 with 6 funded months covers Jul–Dec; start 1 with 12 covers Jan–Dec. When
//! `mulai + bulan − 1 > 12` the window carries into the next calendar year, as contracts do
//! (Papua Tengah: start 8 with 12 months covers Aug 2025 – Jul 2026). Programme year `k` (0-based)
//! starts in month `mulai` of fiscal year `tahun + k`, so windows never overlap (`bulan ≤ 12`).
//!
//! **Who is covered.** The first year enrols the smallest of three limits ([`Batas`]): the slots
//! the ceiling pays for, the verified share of the proposed list `floor(verifikasi × usulan)` and
//! the take-up `floor(serapan × pekerja)`. They are separate limits, not a product of losses:
//! multiplying them would count the same loss twice. The workers may enter in tranches later in
//! the window (Pati: Jul–Dec and Oct–Dec); a tranche is covered from its entry month to the end of
//! the window. Each later year re-funds `floor(lanjut × workers of the previous year)` for the
//! whole window and adds `baru` new workers (NTB: 37.023 in 2024, 57.196 in 2025).
//!
//! **Cost.** Cost = iuran × covered worker-months, month by month, with each month's iuran a
//! whole-rupiah amount, so every total is exact. Cash leaves the treasury according to
//! [`Jadwal`]; an APBD year books what is paid in it ([`ApbdYear`]), and its pagu is that amount
//! × (1 + cadangan), rounded to whole rupiah. The pagu of a programme year is its cost × (1 +
//! cadangan) the same way.

use super::{Field, PlanError, MAX_FISCAL_YEAR, MAX_WORKERS, MAX_YEARS, MIN_FISCAL_YEAR};
use crate::money::{Percent, Rupiah};
use rust_decimal::prelude::*;

/// The highest monthly contribution per worker accepted (far above the top BPU level with JHT).
pub const MAX_IURAN: i64 = 10_000_000;
/// At most this many tranches of phased entry.
pub const MAX_TRANCHES: usize = 12;

/// When the contribution leaves the treasury.
///
/// Each group of workers entering together is paid in advance in blocks of 1, 6 or 12 of its
/// covered months, counted from its first covered month; a block is paid in its first month.
/// BPU contributions can be paid ahead this way; lump sums make coverage depend on the payment date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Jadwal {
    /// Every month (`bulanan`).
    #[default]
    Bulanan,
    /// Six months at a time (`semester`).
    Semester,
    /// Twelve months at a time (`tahunan`).
    Tahunan,
}

impl Jadwal {
    /// Months paid in one payment.
    pub const fn block_months(self) -> u32 {
        match self {
            Jadwal::Bulanan => 1,
            Jadwal::Semester => 6,
            Jadwal::Tahunan => 12,
        }
    }
}

/// How many workers enter in a tranche: a share of the enrolled workers or a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrancheSize {
    Share(Percent),
    Count(u64),
}

/// A group of workers entering `offset` months after the start month of the first year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tranche {
    pub offset: u8,
    pub size: TrancheSize,
}

/// The offset of calendar month `month` after start month `mulai` (both 1–12), wrapping into the
/// next year: start 7, October → 3; start 8, January → 5.
pub fn offset_of_calendar_month(mulai: u8, month: u8) -> u8 {
    (month + 12 - mulai.min(12)) % 12 // ok: u8 ≤ 24
}

/// A change of the monthly contribution from a month on (0 = January of the first fiscal year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IuranChange {
    pub from_month: u32,
    pub iuran: Rupiah,
}

/// The inputs of the forward model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Target workers T (the programme's target, e.g. NTT's 100.000).
    pub pekerja: u64,
    /// Proposed list L (`usulan`: names put forward for verification); `None`: the target.
    pub usulan: Option<u64>,
    /// Funded months per programme year, 1–12.
    pub bulan: u8,
    /// Start month, 1–12.
    pub mulai: u8,
    /// First fiscal (APBD) year.
    pub tahun: u16,
    /// Duration in programme years.
    pub durasi: u8,
    /// Phased entry in the first year; empty: everybody enters at the start.
    pub tahap: Vec<Tranche>,
    /// Verification yield v of the proposed list.
    pub verifikasi: Percent,
    /// Fill rate f (share of the target actually taken up).
    pub serapan: Percent,
    /// Budget headroom h on top of the computed cost.
    pub cadangan: Percent,
    /// Share ρ of a year's workers re-funded the next year.
    pub lanjut: Percent,
    /// New workers (`baru`) added at the start of each later programme year.
    pub baru: u64,
    pub jadwal: Jadwal,
    /// Monthly contribution (iuran) per worker from the first month.
    pub iuran: Rupiah,
    /// Later changes of the contribution, in month order (from the rules engine, month by month).
    pub iuran_berubah: Vec<IuranChange>,
    /// Budget ceiling per APBD year (the same for every year); `None`: no ceiling.
    pub pagu: Option<Rupiah>,
    /// Total regional spending (belanja daerah) per APBD year, for the cost-share KPI.
    pub belanja: Option<Rupiah>,
}

impl Plan {
    /// `pekerja` workers for `bulan` months from January 2025, one year, no losses, paid monthly.
    pub fn new(pekerja: u64, bulan: u8, iuran: Rupiah) -> Plan {
        Plan {
            pekerja,
            usulan: None,
            bulan,
            mulai: 1,
            tahun: 2025,
            durasi: 1,
            tahap: Vec::new(),
            verifikasi: Percent::new(Decimal::ONE_HUNDRED),
            serapan: Percent::new(Decimal::ONE_HUNDRED),
            cadangan: Percent::ZERO,
            lanjut: Percent::new(Decimal::ONE_HUNDRED),
            baru: 0,
            jadwal: Jadwal::Bulanan,
            iuran,
            iuran_berubah: Vec::new(),
            pagu: None,
            belanja: None,
        }
    }

    /// Checks every input against its range.
    pub fn validate(&self) -> Result<(), PlanError> {
        let out = |ok: bool, field: Field| {
            if ok {
                Ok(())
            } else {
                Err(PlanError::OutOfRange(field))
            }
        };
        out(self.pekerja <= MAX_WORKERS, Field::Pekerja)?;
        out(self.usulan.is_none_or(|l| l <= MAX_WORKERS), Field::Usulan)?;
        out((1..=12).contains(&self.bulan), Field::Bulan)?;
        out((1..=12).contains(&self.mulai), Field::Mulai)?;
        out(
            (MIN_FISCAL_YEAR..=MAX_FISCAL_YEAR).contains(&self.tahun),
            Field::Tahun,
        )?;
        out((1..=MAX_YEARS).contains(&self.durasi), Field::Durasi)?;
        out(is_share(self.verifikasi), Field::Verifikasi)?;
        out(is_share(self.serapan), Field::Serapan)?;
        out(is_share(self.cadangan), Field::Cadangan)?;
        out(is_share(self.lanjut), Field::Lanjut)?;
        out(self.baru <= MAX_WORKERS, Field::Baru)?;
        out(valid_iuran(self.iuran), Field::Iuran)?;
        out(
            self.iuran_berubah.len() <= MAX_MONTHS
                && self.iuran_berubah.iter().all(|c| valid_iuran(c.iuran))
                && self.iuran_berubah.windows(2).all(|w| match w {
                    [a, b] => a.from_month < b.from_month,
                    _ => true,
                }),
            Field::Iuran,
        )?;
        out(self.pagu.is_none_or(valid_amount), Field::Pagu)?;
        out(
            self.belanja.is_none_or(|b| valid_amount(b) && b > Rupiah::ZERO),
            Field::Belanja,
        )?;
        self.validate_tranches()
    }

    fn validate_tranches(&self) -> Result<(), PlanError> {
        if self.tahap.len() > MAX_TRANCHES {
            return Err(PlanError::OutOfRange(Field::Tahap));
        }
        if self.tahap.iter().any(|t| t.offset >= self.bulan) {
            return Err(PlanError::TrancheAfterWindow);
        }
        let shares: Vec<Percent> = self
            .tahap
            .iter()
            .filter_map(|t| match t.size {
                TrancheSize::Share(p) => Some(p),
                TrancheSize::Count(_) => None,
            })
            .collect();
        if !shares.is_empty() && shares.len() != self.tahap.len() {
            return Err(PlanError::MixedTranches);
        }
        if shares.iter().any(|p| !is_share(*p)) {
            return Err(PlanError::OutOfRange(Field::Tahap));
        }
        if !shares.is_empty() && shares.iter().map(|p| p.value()).sum::<Decimal>() != Decimal::ONE_HUNDRED {
            return Err(PlanError::SharesNot100(Field::Tahap));
        }
        if self
            .tahap
            .iter()
            .any(|t| matches!(t.size, TrancheSize::Count(n) if n > MAX_WORKERS))
        {
            return Err(PlanError::OutOfRange(Field::Tahap));
        }
        Ok(())
    }

    /// The contribution for month `month` (0 = January of the first fiscal year), whole rupiah.
    pub fn iuran_at(&self, month: u32) -> Rupiah {
        self.iuran_berubah
            .iter()
            .rev()
            .find(|c| c.from_month <= month)
            .map_or(self.iuran, |c| c.iuran)
            .rounded()
    }

    /// The contribution of every month from January of the first fiscal year to December of the
    /// year after the last programme year (the longest a window reaches).
    fn iuran_table(&self) -> Vec<Rupiah> {
        let count = (u32::from(self.durasi) + 1) * 12; // ok: durasi ≤ 50
        (0..count).map(|m| self.iuran_at(m)).collect()
    }

    /// The verification and fill limits (§7.D.1): `floor(v × L)` and `floor(f × T)`.
    fn list_limits(&self) -> (u64, u64) {
        let list = self.usulan.unwrap_or(self.pekerja);
        let floor = |n: u64, p: Percent| {
            (Decimal::from(n) * p.fraction()) // ok: n ≤ 1e8, p ≤ 1 (validated)
                .floor()
                .to_u64()
                .unwrap_or(0)
        };
        (floor(list, self.verifikasi), floor(self.pekerja, self.serapan))
    }
}

/// At most this many months in a plan (50 years and a window carrying into one more year).
pub const MAX_MONTHS: usize = (MAX_YEARS as usize + 1) * 12; // ok: constant

pub(crate) fn is_share(p: Percent) -> bool {
    p.value() >= Decimal::ZERO && p.value() <= Decimal::ONE_HUNDRED
}

pub(crate) fn valid_iuran(iuran: Rupiah) -> bool {
    iuran.amount() > Decimal::ZERO && iuran.amount() <= Decimal::from(MAX_IURAN)
}

fn valid_amount(amount: Rupiah) -> bool {
    !amount.is_negative() && amount.amount() <= crate::money::max_input_amount()
}

/// Which limit sets the number of workers enrolled (§7.D.1: the smallest one binds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Batas {
    /// Nothing is lost: the whole target enrols.
    Sasaran,
    /// The budget ceiling (pagu) pays for fewer workers.
    Pagu,
    /// Only the verified share of the proposed list can be enrolled.
    Verifikasi,
    /// Only the fill (take-up) rate times the target enrols.
    Serapan,
}

/// The three limits on the workers enrolled in the first year and the one that binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enrolment {
    /// Target T.
    pub target: u64,
    /// `floor(v × L)`: the verified share of the proposed list.
    pub verified: u64,
    /// `floor(f × T)`: the fill rate times the target.
    pub fillable: u64,
    /// With a ceiling: the most first-year workers for which every APBD year stays within it.
    pub slots: Option<u64>,
    /// `min(slots, verified, fillable)`.
    pub enrolled: u64,
    pub binding: Batas,
}

/// Something the planner should know about a projection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Tranche counts leave some enrolled workers without a tranche: they are not covered.
    TranchesBelowEnrolled { unassigned: u64 },
    /// A funded window carries into the next fiscal year (its cost falls partly in the next APBD).
    CrossesFiscalYear,
    /// Payments in lump sums: coverage lapses if the payment is late.
    LumpSumPayment,
    /// No worker is covered.
    NoWorkers,
    /// The APBD year needs more than the ceiling even without first-year workers (new workers
    /// added in later years alone exceed it).
    OverCeiling { tahun: u16 },
}

/// A group of workers covered for consecutive months. Month indices count from January of the
/// first fiscal year (0 = January of `tahun`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// The entry group (first-year tranche or a later year's new workers) the workers entered with.
    pub cohort: usize,
    /// Programme year, 0-based.
    pub year: u8,
    pub first_month: u32,
    pub months: u32,
    pub workers: u64,
    /// Months of uninterrupted membership in the first covered month (1 = newly enrolled).
    pub tenure_start: u32,
}

impl Coverage {
    pub fn worker_months(&self) -> u64 {
        self.workers.saturating_mul(u64::from(self.months))
    }

    pub fn contains(&self, month: u32) -> bool {
        month >= self.first_month && month < self.first_month.saturating_add(self.months)
    }
}

/// A group of workers entering together, as the coverage model (`cakupan`) takes a subsidised
/// cohort: first-year tranches and each later year's new workers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kohort {
    pub pekerja: u64,
    /// Fiscal year and calendar month (1–12) of the first covered month.
    pub tahun: u16,
    pub mulai: u8,
    /// Funded months in its first programme year (later years fund the plan's `bulan`).
    pub bulan: u8,
    /// Programme years it is funded for, its first included.
    pub durasi: u8,
    /// Share re-funded each next year.
    pub lanjut: Percent,
    /// New workers the plan adds at the start of each later programme year (the same value on
    /// every cohort; they are also listed as cohorts of their own).
    pub baru_per_tahun: u64,
}

/// One programme year: the workers funded and what the contract costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgrammeYear {
    /// The fiscal year the window starts in.
    pub tahun: u16,
    /// Workers funded this year (after tranches: all who enter at some point).
    pub pekerja: u64,
    pub pekerja_bulan: u64,
    pub biaya: Rupiah,
    /// Biaya × (1 + cadangan), rounded to whole rupiah.
    pub pagu: Rupiah,
}

/// One APBD (calendar) year: what is covered in it and what is booked in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApbdYear {
    pub tahun: u16,
    /// The most workers covered in any month of the year.
    pub pekerja: u64,
    pub pekerja_bulan: u64,
    /// Cost of the coverage in the year's months.
    pub biaya: Rupiah,
    /// Booked in this APBD year: the payments made in it under the payment schedule.
    pub dibayar: Rupiah,
    /// The appropriation needed: `dibayar × (1 + cadangan)`, whole rupiah.
    pub pagu: Rupiah,
    /// The ceiling of the plan, if any.
    pub batas: Option<Rupiah>,
    /// `pagu` as a percentage of belanja daerah, when given.
    pub porsi_belanja: Option<Percent>,
}

impl ApbdYear {
    pub fn over_ceiling(&self) -> bool {
        self.batas.is_some_and(|b| self.pagu > b)
    }
}

/// One calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthRow {
    pub tahun: u16,
    pub bulan: u8,
    /// Workers covered in the month.
    pub tercakup: u64,
    /// The contribution per worker in the month.
    pub iuran: Rupiah,
    /// Cost of the month's coverage (iuran × workers covered).
    pub biaya: Rupiah,
    /// Cash paid in the month under the payment schedule.
    pub dibayar: Rupiah,
}

/// A quarter (`periode` 1–4) or a whole calendar year (`periode` 0), summed from months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodRow {
    pub tahun: u16,
    pub periode: u8,
    pub pekerja_bulan: u64,
    /// The most workers covered in any month of the period.
    pub puncak: u64,
    pub biaya: Rupiah,
    pub dibayar: Rupiah,
}

/// The result of the forward model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    /// The whole-rupiah contribution of the first funded month.
    pub iuran: Rupiah,
    pub enrolment: Enrolment,
    pub coverage: Vec<Coverage>,
    pub kohort: Vec<Kohort>,
    pub years: Vec<ProgrammeYear>,
    pub apbd: Vec<ApbdYear>,
    /// Every month from January of the first fiscal year to December of the last year with cover.
    pub months: Vec<MonthRow>,
    pub flags: Vec<Flag>,
    /// Belanja daerah per year (input), for [`Projection::share_of_belanja`].
    pub belanja: Option<Rupiah>,
}

impl Projection {
    /// Workers enrolled in the first year.
    pub fn enrolled(&self) -> u64 {
        self.enrolment.enrolled
    }

    pub fn worker_months(&self) -> u64 {
        self.years
            .iter()
            .map(|y| y.pekerja_bulan)
            .fold(0, u64::saturating_add)
    }

    pub fn biaya(&self) -> Rupiah {
        sum_rupiah(self.years.iter().map(|y| y.biaya))
    }

    pub fn pagu(&self) -> Rupiah {
        sum_rupiah(self.years.iter().map(|y| y.pagu))
    }

    /// Cost per covered worker-month; `None` when nobody is covered.
    pub fn cost_per_worker_month(&self) -> Option<Rupiah> {
        let months = self.worker_months();
        (months > 0).then(|| Rupiah::new(self.biaya().amount() / Decimal::from(months)))
        // ok: months > 0
    }

    /// The first APBD year's appropriation as a percentage of belanja daerah.
    pub fn share_of_belanja(&self) -> Option<Percent> {
        self.apbd.first().and_then(|y| y.porsi_belanja)
    }

    /// Quarters of every calendar year in [`Projection::months`].
    pub fn quarters(&self) -> Vec<PeriodRow> {
        self.months
            .chunks(3)
            .zip(0u8..)
            .map(|(chunk, i)| period(chunk, i % 4 + 1)) // ok: i < 255, wraps per year
            .collect()
    }

    /// Calendar (fiscal) years.
    pub fn calendar_years(&self) -> Vec<PeriodRow> {
        self.months.chunks(12).map(|chunk| period(chunk, 0)).collect()
    }
}

fn period(months: &[MonthRow], periode: u8) -> PeriodRow {
    PeriodRow {
        tahun: months.first().map_or(0, |m| m.tahun),
        periode,
        pekerja_bulan: months.iter().map(|m| m.tercakup).fold(0, u64::saturating_add),
        puncak: months.iter().map(|m| m.tercakup).max().unwrap_or(0),
        biaya: sum_rupiah(months.iter().map(|m| m.biaya)),
        dibayar: sum_rupiah(months.iter().map(|m| m.dibayar)),
    }
}

/// Sums amounts without a possible overflow panic (inputs are bounded far below the limit).
pub(crate) fn sum_rupiah(amounts: impl Iterator<Item = Rupiah>) -> Rupiah {
    Rupiah::new(amounts.fold(Decimal::ZERO, |acc, a| acc.saturating_add(a.amount())))
}

/// `iuran × n`, exact for bounded inputs.
pub(crate) fn times(iuran: Rupiah, n: u64) -> Rupiah {
    Rupiah::new(iuran.amount().saturating_mul(Decimal::from(n)))
}

/// `amount × (1 + headroom)`, rounded to whole rupiah.
pub(crate) fn with_headroom(amount: Rupiah, cadangan: Percent) -> Rupiah {
    let factor = Decimal::ONE.saturating_add(cadangan.fraction());
    Rupiah::new(amount.amount().saturating_mul(factor)).rounded()
}

/// Splits `total` into parts by `weights` so that the first `j` parts together are
/// `floor(total × (w₁+…+w_j) / Σw)`. Every running total, and so the cost of a plan, grows with
/// `total` (largest-remainder apportionment would not guarantee that); the parts add up exactly.
pub(crate) fn cumulative_split(total: u64, weights: &[u128]) -> Vec<u64> {
    let sum: u128 = weights.iter().fold(0, |acc, w| acc.saturating_add(*w));
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let mut running: u128 = 0;
    let mut previous: u64 = 0;
    weights
        .iter()
        .map(|w| {
            running = running.saturating_add(*w);
            // total ≤ 6e9 (workers) and running ≤ sum ≤ 1e18: the product fits in u128.
            let upto = u128::from(total).saturating_mul(running) / sum; // ok: sum > 0
            let upto = u64::try_from(upto).unwrap_or(total);
            let part = upto.saturating_sub(previous);
            previous = upto;
            part
        })
        .collect()
}

/// Runs the forward model: the limits, then coverage, months and APBD years.
///
/// With a ceiling, the first-year workers are the most for which every APBD year's appropriation
/// stays within it (found by bisection: every APBD year's cost grows with them). New workers of
/// later years are not cut by the ceiling; an APBD year they alone push over it is flagged.
pub fn project(plan: &Plan) -> Result<Projection, PlanError> {
    plan.validate()?;
    let (verified, fillable) = plan.list_limits();
    let cap = verified.min(fillable);
    let slots = match plan.pagu {
        None => None,
        Some(ceiling) => {
            // Tranche counts larger than `n` cannot be built: such an `n` does not fit.
            let fits = |n: u64| -> Result<bool, PlanError> {
                match build(plan, n) {
                    Ok(built) => Ok(built.apbd.iter().all(|y| y.pagu <= ceiling)),
                    Err(PlanError::TranchesExceedEnrolled { .. }) => Ok(false),
                    Err(e) => Err(e),
                }
            };
            if fits(cap)? {
                Some(last_fitting(cap, MAX_WORKERS, &fits)?)
            } else {
                Some(last_fitting(0, cap, &fits)?)
            }
        }
    };
    let enrolled = slots.map_or(cap, |s| s.min(cap));
    let binding = if slots.is_some_and(|s| s < cap) {
        Batas::Pagu
    } else if cap >= plan.pekerja {
        Batas::Sasaran
    } else if verified <= fillable {
        Batas::Verifikasi
    } else {
        Batas::Serapan
    };
    let mut built = build(plan, enrolled)?;
    if let Some(ceiling) = plan.pagu {
        let over = built.apbd.iter().filter(|y| y.pagu > ceiling).map(|y| y.tahun);
        built
            .flags
            .extend(over.map(|tahun| Flag::OverCeiling { tahun }).collect::<Vec<_>>());
    }
    Ok(Projection {
        iuran: plan.iuran_at(u32::from(plan.mulai) - 1), // ok: mulai ≥ 1
        enrolment: Enrolment {
            target: plan.pekerja,
            verified,
            fillable,
            slots,
            enrolled,
            binding,
        },
        coverage: built.coverage,
        kohort: built.kohort,
        years: built.years,
        apbd: built.apbd,
        months: built.months,
        flags: built.flags,
        belanja: plan.belanja,
    })
}

/// The largest `n` in `low..=high` with `fits(n)`, given `fits(low)` (or `low` itself).
fn last_fitting(
    low: u64,
    high: u64,
    fits: &impl Fn(u64) -> Result<bool, PlanError>,
) -> Result<u64, PlanError> {
    let (mut low, mut high) = (low, high.max(low));
    while low < high {
        let mid = low + (high - low).div_ceil(2); // ok: low < high
        if fits(mid)? {
            low = mid;
        } else {
            high = mid - 1; // ok: mid > low ≥ 0
        }
    }
    Ok(low)
}

struct Built {
    coverage: Vec<Coverage>,
    kohort: Vec<Kohort>,
    years: Vec<ProgrammeYear>,
    apbd: Vec<ApbdYear>,
    months: Vec<MonthRow>,
    flags: Vec<Flag>,
}

/// Coverage, months and years for `enrolled` first-year workers.
fn build(plan: &Plan, enrolled: u64) -> Result<Built, PlanError> {
    let mut flags = Vec::new();
    let iuran = plan.iuran_table();
    let (mut offsets, mut sizes) = first_year_cohorts(plan, enrolled, &mut flags)?;
    let window = u32::from(plan.bulan);
    let gap = 12 - window; // ok: bulan ≤ 12
    let mut coverage = Vec::new();
    let mut kohort = Vec::new();
    let mut years = Vec::new();
    for year in 0..plan.durasi {
        let tahun = plan.tahun.saturating_add(u16::from(year));
        if year > 0 {
            let previous: u64 = sizes.iter().fold(0, |a, s| a.saturating_add(*s));
            let kept = (Decimal::from(previous) * plan.lanjut.fraction()).floor(); // ok: ≤ 6e9
            let weights: Vec<u128> = sizes.iter().map(|s| u128::from(*s)).collect();
            sizes = cumulative_split(kept.to_u64().unwrap_or(0), &weights);
            if plan.baru > 0 {
                offsets.push(0);
                sizes.push(plan.baru);
                let remaining = plan.durasi - year; // ok: year < durasi
                kohort.push(cohort_of(
                    plan, plan.baru, tahun, plan.mulai, plan.bulan, remaining,
                ));
            }
        } else {
            for (offset, workers) in offsets.iter().zip(&sizes) {
                let entry = u32::from(plan.mulai - 1) + u32::from(*offset); // ok: mulai ≥ 1, both < 12
                let (entry_year, mulai) = calendar_of(plan.tahun, entry);
                let months = plan.bulan - offset; // ok: offset < bulan (validated)
                kohort.push(cohort_of(plan, *workers, entry_year, mulai, months, plan.durasi));
            }
        }
        let start = u32::from(plan.mulai - 1) + 12 * u32::from(year); // ok: mulai ≥ 1, year ≤ 50
        let mut funded = 0u64;
        let mut worker_months = 0u64;
        let mut biaya = Rupiah::ZERO;
        for (cohort, (offset, workers)) in offsets.iter().zip(&sizes).enumerate() {
            let entry = if year == 0 { u32::from(*offset) } else { 0 };
            let months = window - entry; // ok: offset < bulan (validated)
                                         // Membership continues across years unless the unfunded gap exceeds the 3-month grace.
            let tenure_start = match coverage.iter().rev().find(|c: &&Coverage| c.cohort == cohort) {
                Some(prev) if gap <= 3 => prev.tenure_start.saturating_add(prev.months),
                _ => 1,
            };
            let segment = Coverage {
                cohort,
                year,
                first_month: start + entry, // ok: ≤ 50 × 12 + 11
                months,
                workers: *workers,
                tenure_start,
            };
            funded = funded.saturating_add(*workers);
            worker_months = worker_months.saturating_add(segment.worker_months());
            let per_worker = months_cost(&iuran, segment.first_month, months);
            biaya = sum_rupiah([biaya, times(per_worker, *workers)].into_iter());
            coverage.push(segment);
        }
        years.push(ProgrammeYear {
            tahun,
            pekerja: funded,
            pekerja_bulan: worker_months,
            biaya,
            pagu: with_headroom(biaya, plan.cadangan),
        });
    }
    let months = month_rows(plan, &iuran, &coverage);
    let apbd = apbd_years(plan, &months);
    if u32::from(plan.mulai) + window > 13 {
        // ok: ≤ 24
        flags.push(Flag::CrossesFiscalYear);
    }
    if plan.jadwal != Jadwal::Bulanan {
        flags.push(Flag::LumpSumPayment);
    }
    if coverage.iter().all(|c| c.workers == 0) {
        flags.push(Flag::NoWorkers);
    }
    Ok(Built {
        coverage,
        kohort,
        years,
        apbd,
        months,
        flags,
    })
}

/// The fiscal year and calendar month (1–12) of month index `month` counted from January of `tahun`.
fn calendar_of(tahun: u16, month: u32) -> (u16, u8) {
    (
        tahun.saturating_add(u16::try_from(month / 12).unwrap_or(u16::MAX)),
        u8::try_from(month % 12 + 1).unwrap_or(12), // ok: ≤ 12
    )
}

fn cohort_of(plan: &Plan, pekerja: u64, tahun: u16, mulai: u8, bulan: u8, durasi: u8) -> Kohort {
    Kohort {
        pekerja,
        tahun,
        mulai,
        bulan,
        durasi,
        lanjut: plan.lanjut,
        baru_per_tahun: plan.baru,
    }
}

/// Entry offsets and sizes of the first year's tranches, in entry order.
fn first_year_cohorts(
    plan: &Plan,
    enrolled: u64,
    flags: &mut Vec<Flag>,
) -> Result<(Vec<u8>, Vec<u64>), PlanError> {
    if plan.tahap.is_empty() {
        return Ok((vec![0], vec![enrolled]));
    }
    let mut tranches = plan.tahap.clone();
    tranches.sort_by_key(|t| t.offset);
    let offsets = tranches.iter().map(|t| t.offset).collect();
    let counts: Vec<u64> = tranches
        .iter()
        .filter_map(|t| match t.size {
            TrancheSize::Count(n) => Some(n),
            TrancheSize::Share(_) => None,
        })
        .collect();
    if counts.len() == tranches.len() {
        let total = counts.iter().fold(0u64, |a, n| a.saturating_add(*n));
        if total > enrolled {
            return Err(PlanError::TranchesExceedEnrolled {
                enrolled,
                tranches: total,
            });
        }
        if total < enrolled {
            flags.push(Flag::TranchesBelowEnrolled {
                unassigned: enrolled - total, // ok: total < enrolled
            });
        }
        return Ok((offsets, counts));
    }
    // Shares have at most a few decimals; scaled to integers the split is exact.
    let weights: Vec<u128> = tranches
        .iter()
        .map(|t| match t.size {
            TrancheSize::Share(p) => scaled_weight(p.value()),
            TrancheSize::Count(_) => 0,
        })
        .collect();
    Ok((offsets, cumulative_split(enrolled, &weights)))
}

/// A non-negative decimal with up to 6 decimals as an integer weight (×10⁶).
pub(crate) fn scaled_weight(value: Decimal) -> u128 {
    (value.max(Decimal::ZERO) * Decimal::from(1_000_000)) // ok: value ≤ 100 (validated)
        .round()
        .to_u128()
        .unwrap_or(0)
}

/// Every calendar month with its coverage, cost and payments. Each entry group is paid in advance
/// in blocks of the schedule's months, counted from its first covered month of the programme year.
fn month_rows(plan: &Plan, iuran: &[Rupiah], coverage: &[Coverage]) -> Vec<MonthRow> {
    let block = plan.jadwal.block_months();
    let last = coverage
        .iter()
        .map(|c| c.first_month.saturating_add(c.months).saturating_sub(1))
        .max()
        .unwrap_or(0);
    let count = (last / 12 + 1) * 12; // ok: last < 51 × 12
    let mut rows: Vec<MonthRow> = (0..count)
        .map(|i| {
            let (tahun, bulan) = calendar_of(plan.tahun, i);
            MonthRow {
                tahun,
                bulan,
                tercakup: 0,
                iuran: iuran.get(to_index(i)).copied().unwrap_or(plan.iuran),
                biaya: Rupiah::ZERO,
                dibayar: Rupiah::ZERO,
            }
        })
        .collect();
    for c in coverage {
        for offset in (0..c.months).step_by(to_index(block)) {
            let paid_months = block.min(c.months - offset); // ok: offset < months
            let first = c.first_month.saturating_add(offset);
            let paid = times(months_cost(iuran, first, paid_months), c.workers);
            if let Some(row) = rows.get_mut(to_index(first)) {
                row.dibayar = sum_rupiah([row.dibayar, paid].into_iter());
            }
        }
        for offset in 0..c.months {
            if let Some(row) = rows.get_mut(to_index(c.first_month.saturating_add(offset))) {
                row.tercakup = row.tercakup.saturating_add(c.workers);
            }
        }
    }
    for row in &mut rows {
        row.biaya = times(row.iuran, row.tercakup);
    }
    rows
}

fn apbd_years(plan: &Plan, months: &[MonthRow]) -> Vec<ApbdYear> {
    months
        .chunks(12)
        .map(|chunk| {
            let p = period(chunk, 0);
            let pagu = with_headroom(p.dibayar, plan.cadangan);
            ApbdYear {
                tahun: p.tahun,
                pekerja: p.puncak,
                pekerja_bulan: p.pekerja_bulan,
                biaya: p.biaya,
                dibayar: p.dibayar,
                pagu,
                batas: plan.pagu,
                porsi_belanja: plan
                    .belanja
                    .filter(|b| *b > Rupiah::ZERO)
                    .map(|b| Percent::new(pagu.amount() * Decimal::ONE_HUNDRED / b.amount())), // ok: b > 0, pagu < 1e20
            }
        })
        .collect()
}

/// The contribution of one worker for `months` months from month `first`.
fn months_cost(iuran: &[Rupiah], first: u32, months: u32) -> Rupiah {
    let from = to_index(first);
    let to = to_index(first.saturating_add(months));
    sum_rupiah(iuran.get(from..to).unwrap_or(&[]).iter().copied())
}

fn to_index(month: u32) -> usize {
    usize::try_from(month).unwrap_or(usize::MAX)
}

/// What a budget ceiling buys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ceiling {
    /// The largest count (workers or months) whose pagu fits under the ceiling.
    pub value: u64,
    /// The pagu of that count.
    pub pagu: Rupiah,
    /// The pagu of one more (more than the ceiling, unless `capped`).
    pub next_pagu: Rupiah,
    /// The count hit the planner's limit, not the ceiling.
    pub capped: bool,
}

fn validate_ceiling(pagu: Rupiah, iuran: Rupiah, cadangan: Percent) -> Result<(), PlanError> {
    if !valid_amount(pagu) {
        return Err(PlanError::OutOfRange(Field::Pagu));
    }
    if !valid_iuran(iuran) {
        return Err(PlanError::OutOfRange(Field::Iuran));
    }
    if !is_share(cadangan) {
        return Err(PlanError::OutOfRange(Field::Cadangan));
    }
    Ok(())
}

/// The largest `n ≤ limit` with `cost(n) ≤ pagu`, for a cost that grows with `n`.
fn largest_within(pagu: Rupiah, limit: u64, cost: impl Fn(u64) -> Rupiah) -> Ceiling {
    let (mut low, mut high) = (0u64, limit);
    while low < high {
        let mid = low + (high - low).div_ceil(2); // ok: low < high ≤ limit
        if cost(mid) <= pagu {
            low = mid;
        } else {
            high = mid - 1; // ok: mid > low ≥ 0
        }
    }
    Ceiling {
        value: low,
        pagu: cost(low),
        next_pagu: cost(low.saturating_add(1)),
        capped: low == limit && cost(low.saturating_add(1)) <= pagu,
    }
}

/// The most workers a ceiling pays for `bulan` months each with headroom `cadangan`:
/// the largest N with `round(N × iuran × bulan × (1 + h)) ≤ pagu`.
pub fn workers_for_pagu(
    pagu: Rupiah,
    iuran: Rupiah,
    bulan: u32,
    cadangan: Percent,
) -> Result<Ceiling, PlanError> {
    validate_ceiling(pagu, iuran, cadangan)?;
    if !(1..=u32::from(MAX_YEARS) * 12).contains(&bulan) {
        // ok: 600
        return Err(PlanError::OutOfRange(Field::Bulan));
    }
    let per_worker = times(iuran.rounded(), u64::from(bulan));
    Ok(largest_within(pagu, MAX_WORKERS, |n| {
        with_headroom(times(per_worker, n), cadangan)
    }))
}

/// The most months a ceiling covers `pekerja` workers for (capped at [`MAX_YEARS`] × 12).
pub fn months_for_pagu(
    pagu: Rupiah,
    iuran: Rupiah,
    pekerja: u64,
    cadangan: Percent,
) -> Result<Ceiling, PlanError> {
    validate_ceiling(pagu, iuran, cadangan)?;
    if !(1..=MAX_WORKERS).contains(&pekerja) {
        return Err(PlanError::OutOfRange(Field::Pekerja));
    }
    let per_month = times(iuran.rounded(), pekerja);
    Ok(largest_within(pagu, u64::from(MAX_YEARS) * 12, |m| {
        // ok: 600
        with_headroom(times(per_month, m), cadangan)
    }))
}

/// The inverse mode for one APBD year: how many workers the ceiling pays for in that year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearCeiling {
    pub tahun: u16,
    /// What the plan books per worker in this APBD year (its months paid here × iuran).
    pub per_pekerja: Rupiah,
    /// `None` when the plan books nothing in this year.
    pub ceiling: Option<Ceiling>,
}

/// Per APBD year, the most workers `pagu` pays for with this plan's window, start month, payment
/// schedule, contribution and headroom: a Papua Tengah plan from August pays 5 months in the first
/// APBD year and 7 in the second, so the same ceiling covers different numbers of workers.
pub fn workers_per_apbd_year(plan: &Plan, pagu: Rupiah) -> Result<Vec<YearCeiling>, PlanError> {
    validate_ceiling(pagu, plan.iuran, plan.cadangan)?;
    let one = Plan {
        pekerja: 1,
        usulan: None,
        tahap: Vec::new(),
        verifikasi: Percent::new(Decimal::ONE_HUNDRED),
        serapan: Percent::new(Decimal::ONE_HUNDRED),
        lanjut: Percent::new(Decimal::ONE_HUNDRED),
        baru: 0,
        pagu: None,
        ..plan.clone()
    };
    let projection = project(&one)?;
    Ok(projection
        .apbd
        .iter()
        .map(|year| YearCeiling {
            tahun: year.tahun,
            per_pekerja: year.dibayar,
            ceiling: (year.dibayar > Rupiah::ZERO).then(|| {
                largest_within(pagu, MAX_WORKERS, |n| {
                    with_headroom(times(year.dibayar, n), plan.cadangan)
                })
            }),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    #[test]
    fn counts_months_within_and_across_the_fiscal_year() {
        let mut plan = Plan::new(10, 6, rp(16_800));
        plan.mulai = 7;
        let p = project(&plan).unwrap();
        let covered: Vec<u8> = p
            .months
            .iter()
            .filter(|m| m.tercakup > 0)
            .map(|m| m.bulan)
            .collect();
        assert_eq!(covered, vec![7, 8, 9, 10, 11, 12]);
        assert!(!p.flags.contains(&Flag::CrossesFiscalYear));
        plan.mulai = 8;
        plan.bulan = 12;
        let p = project(&plan).unwrap();
        assert_eq!(p.months.len(), 24);
        let covered: Vec<(u16, u8)> = p
            .months
            .iter()
            .filter(|m| m.tercakup > 0)
            .map(|m| (m.tahun, m.bulan))
            .collect();
        assert_eq!(covered.first(), Some(&(2025, 8)));
        assert_eq!(covered.last(), Some(&(2026, 7)));
        assert!(p.flags.contains(&Flag::CrossesFiscalYear));
    }

    #[test]
    fn cumulative_split_adds_up_and_grows() {
        assert_eq!(cumulative_split(10, &[1, 1, 1]), vec![3, 3, 4]);
        assert_eq!(cumulative_split(0, &[1, 2]), vec![0, 0]);
        assert_eq!(cumulative_split(5, &[0, 0]), vec![0, 0]);
        assert_eq!(cumulative_split(7, &[0, 5]), vec![0, 7]);
    }

    #[test]
    fn offsets_wrap_around_the_year() {
        assert_eq!(offset_of_calendar_month(7, 10), 3);
        assert_eq!(offset_of_calendar_month(8, 1), 5);
        assert_eq!(offset_of_calendar_month(1, 1), 0);
    }

    #[test]
    fn payment_schedule_moves_cash_not_cost() {
        let mut plan = Plan::new(100, 9, rp(16_800));
        plan.mulai = 4;
        plan.jadwal = Jadwal::Semester;
        let p = project(&plan).unwrap();
        let paid: Vec<(u8, Rupiah)> = p
            .months
            .iter()
            .filter(|m| m.dibayar > Rupiah::ZERO)
            .map(|m| (m.bulan, m.dibayar))
            .collect();
        assert_eq!(paid, vec![(4, rp(100 * 16_800 * 6)), (10, rp(100 * 16_800 * 3))]);
        assert_eq!(sum_rupiah(p.months.iter().map(|m| m.dibayar)), p.biaya());
        assert!(p.flags.contains(&Flag::LumpSumPayment));
    }

    #[test]
    fn rejects_absurd_inputs() {
        let base = Plan::new(10, 12, rp(16_800));
        let cases: Vec<(Plan, PlanError)> = vec![
            (
                Plan {
                    pekerja: MAX_WORKERS + 1,
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Pekerja),
            ),
            (
                Plan {
                    bulan: 0,
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Bulan),
            ),
            (
                Plan {
                    bulan: 13,
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Bulan),
            ),
            (
                Plan {
                    mulai: 0,
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Mulai),
            ),
            (
                Plan {
                    durasi: 51,
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Durasi),
            ),
            (
                Plan {
                    tahun: 1999,
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Tahun),
            ),
            (
                Plan {
                    verifikasi: Percent::new(dec!(-1)),
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Verifikasi),
            ),
            (
                Plan {
                    lanjut: Percent::new(dec!(101)),
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Lanjut),
            ),
            (
                Plan {
                    iuran: rp(-16_800),
                    ..base.clone()
                },
                PlanError::OutOfRange(Field::Iuran),
            ),
            (
                Plan {
                    tahap: vec![
                        Tranche {
                            offset: 0,
                            size: TrancheSize::Share(Percent::new(dec!(50))),
                        },
                        Tranche {
                            offset: 3,
                            size: TrancheSize::Count(5),
                        },
                    ],
                    ..base.clone()
                },
                PlanError::MixedTranches,
            ),
            (
                Plan {
                    tahap: vec![Tranche {
                        offset: 0,
                        size: TrancheSize::Share(Percent::new(dec!(90))),
                    }],
                    ..base.clone()
                },
                PlanError::SharesNot100(Field::Tahap),
            ),
            (
                Plan {
                    tahap: vec![Tranche {
                        offset: 12,
                        size: TrancheSize::Count(1),
                    }],
                    ..base.clone()
                },
                PlanError::TrancheAfterWindow,
            ),
            (
                Plan {
                    tahap: vec![Tranche {
                        offset: 0,
                        size: TrancheSize::Count(11),
                    }],
                    ..base.clone()
                },
                PlanError::TranchesExceedEnrolled {
                    enrolled: 10,
                    tranches: 11,
                },
            ),
        ];
        for (plan, error) in cases {
            assert_eq!(project(&plan), Err(error));
        }
    }

    #[test]
    fn tenure_continues_only_within_the_grace_period() {
        let mut plan = Plan::new(10, 12, rp(16_800));
        plan.durasi = 2;
        let p = project(&plan).unwrap();
        assert_eq!(p.coverage.get(1).map(|c| c.tenure_start), Some(13));
        plan.bulan = 6;
        let p = project(&plan).unwrap();
        assert_eq!(p.coverage.get(1).map(|c| c.tenure_start), Some(1));
    }
}
