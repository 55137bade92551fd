//! The forward budget model and its inverse (`reference/modelling.md` §7.B).
//!
//! **How months are counted.** Months are calendar months; the APBD fiscal year is the calendar
//! year. A plan funds `bulan` consecutive months each programme year, starting in calendar month
//! `mulai`: start 7 with 6 funded months covers Jul–Dec; start 1 with 12 covers Jan–Dec. When
//! `mulai + bulan − 1 > 12` the window carries into the next calendar year, as contracts do
//! (Papua Tengah: start 8 with 12 months covers Aug 2025 – Jul 2026). Programme year `k` (0-based)
//! starts in month `mulai` of fiscal year `tahun + k`, so windows never overlap (`bulan ≤ 12`).
//!
//! **Who is covered.** Year 0 enrols `floor(pekerja × verifikasi × serapan)` workers (the
//! verified share of the proposed list, times the share of slots actually filled), optionally in
//! tranches entering later in the window (Pati: Jul–Dec and Oct–Dec); a tranche is covered from
//! its entry month to the end of the window. Each later year re-funds `floor(lanjut × workers of
//! the previous year)` of the same cohort for the whole window.
//!
//! **Cost.** Cost = iuran × covered worker-months, with the iuran a whole-rupiah line (it is
//! rounded first), so every total is exact. Pagu of a programme year = its cost × (1 + cadangan),
//! rounded to whole rupiah; the plan's pagu is the sum of the years' pagu. Cash leaves the treasury
//! according to [`Jadwal`].

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

/// The inputs of the forward model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Target workers (the proposed list).
    pub pekerja: u64,
    /// Funded months per programme year, 1–12.
    pub bulan: u8,
    /// Start month, 1–12.
    pub mulai: u8,
    /// First fiscal year.
    pub tahun: u16,
    /// Duration in programme years.
    pub durasi: u8,
    /// Phased entry in the first year; empty: everybody enters at the start.
    pub tahap: Vec<Tranche>,
    /// Verification yield v of the proposed list.
    pub verifikasi: Percent,
    /// Fill rate f (share of verified slots actually filled).
    pub serapan: Percent,
    /// Budget headroom h on top of the computed cost.
    pub cadangan: Percent,
    /// Share ρ of a year's workers re-funded the next year.
    pub lanjut: Percent,
    pub jadwal: Jadwal,
    /// Monthly contribution (iuran) per worker.
    pub iuran: Rupiah,
}

impl Plan {
    /// `pekerja` workers for `bulan` months from January 2025, one year, no losses, paid monthly.
    pub fn new(pekerja: u64, bulan: u8, iuran: Rupiah) -> Plan {
        Plan {
            pekerja,
            bulan,
            mulai: 1,
            tahun: 2025,
            durasi: 1,
            tahap: Vec::new(),
            verifikasi: Percent::new(Decimal::ONE_HUNDRED),
            serapan: Percent::new(Decimal::ONE_HUNDRED),
            cadangan: Percent::ZERO,
            lanjut: Percent::new(Decimal::ONE_HUNDRED),
            jadwal: Jadwal::Bulanan,
            iuran,
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
        out(valid_iuran(self.iuran), Field::Iuran)?;
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

    /// Workers enrolled in year 0: `floor(pekerja × verifikasi × serapan)`.
    pub fn enrolled(&self) -> u64 {
        let product = Decimal::from(self.pekerja) * self.verifikasi.fraction() * self.serapan.fraction(); // ok: ≤ 1e8 × 1 × 1 after validate
        product.floor().to_u64().unwrap_or(0)
    }
}

pub(crate) fn is_share(p: Percent) -> bool {
    p.value() >= Decimal::ZERO && p.value() <= Decimal::ONE_HUNDRED
}

pub(crate) fn valid_iuran(iuran: Rupiah) -> bool {
    iuran.amount() > Decimal::ZERO && iuran.amount() <= Decimal::from(MAX_IURAN)
}

/// Something the planner should know about a projection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Tranche counts leave some enrolled workers without a tranche: they are not covered.
    TranchesBelowEnrolled { unassigned: u64 },
    /// A funded window carries into the next fiscal year (its cost falls partly in the next APBD).
    CrossesFiscalYear,
    /// Payments in lump sums: coverage lapses if the payment is late (modelling §6, practice 7).
    LumpSumPayment,
    /// No worker is covered.
    NoWorkers,
}

/// A group of workers covered for consecutive months. Month indices count from January of the
/// first fiscal year (0 = January of `tahun`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// The tranche (index in entry order) the workers entered with.
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

/// One calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthRow {
    pub tahun: u16,
    pub bulan: u8,
    /// Workers covered in the month.
    pub tercakup: u64,
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
    /// The whole-rupiah contribution per worker-month used.
    pub iuran: Rupiah,
    /// Workers enrolled in year 0 (`floor(pekerja × v × f)`).
    pub enrolled: u64,
    pub coverage: Vec<Coverage>,
    pub years: Vec<ProgrammeYear>,
    /// Every month from January of the first fiscal year to December of the last year with cover.
    pub months: Vec<MonthRow>,
    pub flags: Vec<Flag>,
}

impl Projection {
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
            // total ≤ 1e8 (workers) and running ≤ sum ≤ 1e18: the product fits in u128.
            let upto = u128::from(total).saturating_mul(running) / sum; // ok: sum > 0
            let upto = u64::try_from(upto).unwrap_or(total);
            let part = upto.saturating_sub(previous);
            previous = upto;
            part
        })
        .collect()
}

/// Runs the forward model.
pub fn project(plan: &Plan) -> Result<Projection, PlanError> {
    plan.validate()?;
    let iuran = plan.iuran.rounded();
    let enrolled = plan.enrolled();
    let mut flags = Vec::new();
    let (offsets, mut sizes) = first_year_cohorts(plan, enrolled, &mut flags)?;
    let window = u32::from(plan.bulan);
    let block = plan.jadwal.block_months();
    let gap = 12 - window; // ok: bulan ≤ 12
    let mut coverage = Vec::new();
    let mut years = Vec::new();
    for year in 0..plan.durasi {
        if year > 0 {
            let previous: u64 = sizes.iter().fold(0, |a, s| a.saturating_add(*s));
            let kept = (Decimal::from(previous) * plan.lanjut.fraction()).floor(); // ok: ≤ 1e8
            let weights: Vec<u128> = sizes.iter().map(|s| u128::from(*s)).collect();
            sizes = cumulative_split(kept.to_u64().unwrap_or(0), &weights);
        }
        let start = u32::from(plan.mulai - 1) + 12 * u32::from(year); // ok: mulai ≥ 1, year ≤ 50
        let mut funded = 0u64;
        let mut worker_months = 0u64;
        for (cohort, (offset, workers)) in offsets.iter().zip(&sizes).enumerate() {
            let entry = if year == 0 { u32::from(*offset) } else { 0 };
            let months = window - entry; // ok: offset < bulan (validated)
                                         // Membership continues across years unless the unfunded gap exceeds the 3-month grace.
            let tenure_start = match coverage.iter().rev().find(|c: &&Coverage| c.cohort == cohort) {
                Some(prev) if year > 0 && gap <= 3 => prev.tenure_start.saturating_add(prev.months),
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
            coverage.push(segment);
        }
        let biaya = times(iuran, worker_months);
        years.push(ProgrammeYear {
            tahun: plan.tahun.saturating_add(u16::from(year)),
            pekerja: funded,
            pekerja_bulan: worker_months,
            biaya,
            pagu: with_headroom(biaya, plan.cadangan),
        });
    }
    let months = month_rows(plan.tahun, iuran, &coverage, block);
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
    Ok(Projection {
        iuran,
        enrolled,
        coverage,
        years,
        months,
        flags,
    })
}

/// Entry offsets (sorted) and sizes of the first year's tranches.
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

fn month_rows(tahun: u16, iuran: Rupiah, coverage: &[Coverage], block: u32) -> Vec<MonthRow> {
    let last = coverage
        .iter()
        .map(|c| c.first_month.saturating_add(c.months).saturating_sub(1))
        .max()
        .unwrap_or(0);
    let count = (last / 12 + 1) * 12; // ok: last < 51 × 12
    let mut rows: Vec<MonthRow> = (0..count)
        .map(|i| MonthRow {
            tahun: tahun.saturating_add(u16::try_from(i / 12).unwrap_or(u16::MAX)),
            bulan: u8::try_from(i % 12 + 1).unwrap_or(12), // ok: ≤ 12
            tercakup: 0,
            biaya: Rupiah::ZERO,
            dibayar: Rupiah::ZERO,
        })
        .collect();
    for c in coverage {
        for offset in 0..c.months {
            let Some(row) = rows.get_mut(to_index(c.first_month.saturating_add(offset))) else {
                continue;
            };
            row.tercakup = row.tercakup.saturating_add(c.workers);
            if offset % block == 0 {
                let paid_months = block.min(c.months - offset); // ok: offset < months
                let paid = times(iuran, c.workers.saturating_mul(u64::from(paid_months)));
                row.dibayar = sum_rupiah([row.dibayar, paid].into_iter());
            }
        }
    }
    for row in &mut rows {
        row.biaya = times(iuran, row.tercakup);
    }
    rows
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
    if pagu.is_negative() || pagu.amount() > crate::money::max_input_amount() {
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

/// The largest target `pekerja` whose whole plan (all years, tranches, losses, headroom) has a
/// pagu within the ceiling; the plan's other inputs stay as given. Tranche counts fix the
/// workers regardless of the target, so such a plan is refused (`OutOfRange(Tahap)`).
pub fn plan_workers_for_pagu(plan: &Plan, pagu: Rupiah) -> Result<Ceiling, PlanError> {
    validate_ceiling(pagu, plan.iuran, plan.cadangan)?;
    if plan.tahap.iter().any(|t| matches!(t.size, TrancheSize::Count(_))) {
        return Err(PlanError::OutOfRange(Field::Tahap));
    }
    let mut trial = plan.clone();
    trial.pekerja = 0;
    project(&trial)?;
    let cost = |n: u64| {
        let mut trial = plan.clone();
        trial.pekerja = n;
        project(&trial).map_or(Rupiah::new(Decimal::MAX), |p| p.pagu())
    };
    Ok(largest_within(pagu, MAX_WORKERS, cost))
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
