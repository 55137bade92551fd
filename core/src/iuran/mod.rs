//! Contributions (iuran) for PU, BPU, Jakon and PMI participants.
//!
//! Each calculator takes a plain input value (with its date) and returns an [`IuranResult`]: one
//! [`Line`] per programme with the amounts, the inputs of its formula, its legal [`Source`] and any
//! temporary relief applied, plus totals and [`Warning`]s. All rates and amounts come from
//! [`crate::rules`]; a date no rule covers is an error naming the rule.
//!
//! Rounding: each share (worker, employer) of each line is rounded with [`Rupiah::rounded`]; a
//! line's total is worker + employer, and totals are sums of lines.
//!
//! Overflow: every amount is checked against a bound ([`MAX_UPAH`], [`MAX_NILAI_KONTRAK`], …) before
//! any arithmetic, so the products and sums below stay many orders of magnitude inside `Decimal`.

mod bpu;
mod denda;
mod jakon;
mod pmi;
mod pu;
mod scenario;

pub use bpu::{bpu, bpu_minimum, BpuDetail, BpuInput, BpuLevel, BpuMonth, DAYS_PER_MONTH};
pub use denda::{bpu_terlambat, pu_denda, BpuTerlambat, PuDenda, MAX_BULAN_TERLAMBAT};
pub use jakon::{jakon, JakonInput};
pub use pmi::{pmi, PmiInput, MAX_TAMBAHAN_BULAN};
pub use pu::{daily_from_upah, pu, pu_year, upah_from_daily, MonthView, ProgramYear, PuInput, YearView};
pub use scenario::{Scenario, Segmen};

use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::pu::JkpRule;
use crate::rules::relief::{Measure, Relief};
use crate::rules::{Confidence, Dated, NotCovered, Source};
use rust_decimal::dec;
use rust_decimal::Decimal;

/// Largest monthly wage (upah) or declared income (penghasilan) accepted: Rp 1 miliar.
pub const MAX_UPAH: Rupiah = Rupiah::new(dec!(1000000000));
/// Largest construction contract value accepted: Rp 100 triliun.
pub const MAX_NILAI_KONTRAK: Rupiah = Rupiah::new(dec!(100000000000000));

/// A social-security programme (program jaminan sosial).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Program {
    /// Jaminan Kecelakaan Kerja: work-accident insurance.
    Jkk,
    /// Jaminan Kematian: death insurance.
    Jkm,
    /// Jaminan Hari Tua: old-age savings.
    Jht,
    /// Jaminan Pensiun: pension.
    Jp,
    /// Jaminan Kehilangan Pekerjaan: job-loss insurance.
    Jkp,
    /// JKK and JKM sold as one package (PMI).
    JkkJkm,
}

impl Program {
    /// A stable name, for keys in the pages' output (which card the visitor unfolded) and links.
    pub const fn key(self) -> &'static str {
        match self {
            Program::Jkk => "jkk",
            Program::Jkm => "jkm",
            Program::Jht => "jht",
            Program::Jp => "jp",
            Program::Jkp => "jkp",
            Program::JkkJkm => "jkkjkm",
        }
    }
}

/// The stage of a PMI package line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PmiStage {
    /// Before departure (pra-penempatan).
    PraPenempatan,
    /// During and after placement, the contract package.
    Penempatan,
    /// Months beyond the contract package.
    TambahanBulan,
}

/// How often a line's `amounts` are paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cadence {
    /// Every month; `per_period` is the amount times the months of the period.
    Monthly,
    /// Once (Jakon per contract, PMI packages); `per_period` equals `amounts`.
    Once,
}

/// What the worker (or participant) pays, what the employer (or contractor) pays, and their sum.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Amounts {
    pub worker: Rupiah,
    pub employer: Rupiah,
    pub total: Rupiah,
}

impl Amounts {
    pub const ZERO: Amounts = Amounts {
        worker: Rupiah::ZERO,
        employer: Rupiah::ZERO,
        total: Rupiah::ZERO,
    };

    /// Rounds each share (the project's rounding rule) and adds them.
    fn rounded(worker: Rupiah, employer: Rupiah) -> Amounts {
        let worker = worker.rounded();
        let employer = employer.rounded();
        Amounts {
            worker,
            employer,
            total: worker + employer, // ok: bounded inputs
        }
    }

    /// Each share scaled by a whole number of months (exact: the shares are already rounded).
    fn times(self, months: u16) -> Amounts {
        let factor = Decimal::from(months);
        Amounts::rounded(scale(self.worker, factor), scale(self.employer, factor))
    }

    /// Share by share sum (totals are sums of rounded lines).
    pub fn plus(self, other: Amounts) -> Amounts {
        Amounts {
            worker: self.worker + other.worker,       // ok: bounded inputs
            employer: self.employer + other.employer, // ok: bounded inputs
            total: self.total + other.total,          // ok: bounded inputs
        }
    }
}

/// `amount × factor`, exact. Only called on bounded amounts and small factors.
fn scale(amount: Rupiah, factor: Decimal) -> Rupiah {
    Rupiah::new(amount.amount() * factor) // ok: amount ≤ Rp100 triliun, factor ≤ 144
}

/// A wage cap used by a line (JP, JKP).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cap {
    pub value: Rupiah,
    /// Whether the wage was above the cap, so the cap was the base.
    pub applied: bool,
    pub source: Source,
    /// The user typed this cap because none is published for the month (JP only).
    pub from_user: bool,
}

/// One marginal slice of a Jakon contract value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slice {
    /// Lower bound of the tier (exclusive, 0 for the first).
    pub from: Rupiah,
    /// Upper bound of the tier (`None` for the top tier).
    pub to: Option<Rupiah>,
    /// The part of the contract value inside the tier.
    pub portion: Rupiah,
    pub rate: Percent,
    /// `portion × rate`, not rounded (the line is rounded once, not each tier).
    pub amount: Rupiah,
}

/// The inputs of a line's formula, so the UI can unfold it with the actual numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Formula {
    /// `base × rate` per share, where `base` is `wage` limited by `cap` (if any). For BPU, `wage`
    /// is the declared income and `base` the income level used.
    Rate {
        wage: Rupiah,
        base: Rupiah,
        worker_rate: Percent,
        employer_rate: Percent,
        cap: Option<Cap>,
    },
    /// A fixed amount.
    Flat { amount: Rupiah },
    /// A fixed amount per month for a number of months (PMI extra months).
    PerMonth { amount: Rupiah, months: u16 },
    /// Marginal tiers on a contract value (Jakon).
    Tiers { value: Rupiah, slices: Vec<Slice> },
    /// JKP: `base × rule.rate`, funded by the government and by recomposition, not by the payer.
    Jkp {
        wage: Rupiah,
        base: Rupiah,
        cap: Cap,
        rule: JkpRule,
    },
}

/// A temporary measure that changed a line: what it would have been and what it became.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppliedRelief {
    pub measure: Measure,
    pub source: Source,
    /// Fraction of the normal contribution paid now (0,01 = 1%).
    pub paid: Decimal,
    /// The line without the measure.
    pub normal: Amounts,
    /// `normal.total − total now`.
    pub discount: Rupiah,
    /// The part of `discount` that is only deferred and still owed (PP 49/2020 JP); 0 if waived.
    pub deferred: Rupiah,
}

/// Whether a line is paid, shown for information, or could not be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineStatus {
    /// Paid by the worker and/or the employer; counted in the totals.
    Charged,
    /// Shown for information; `amount` is funded by others (JKP). Not counted in the totals.
    Information { amount: Rupiah },
    /// No rule covers the date for this line (e.g. the JP cap not yet published). Not counted.
    Unavailable(NotCovered),
}

/// One programme (or PMI package) of a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub program: Program,
    /// Which PMI package this is; `None` for other segments.
    pub stage: Option<PmiStage>,
    pub status: LineStatus,
    pub cadence: Cadence,
    /// Per month ([`Cadence::Monthly`]) or per payment ([`Cadence::Once`]), after relief.
    pub amounts: Amounts,
    /// For the whole period of the result (BPU payment period, PMI contract); equals `amounts` for
    /// PU (one month) and one-off lines.
    pub per_period: Amounts,
    /// `None` only for an unavailable line.
    pub formula: Option<Formula>,
    pub source: Source,
    /// The weakest confidence of the values used (rate, cap, income level).
    pub confidence: Confidence,
    pub relief: Option<AppliedRelief>,
}

impl Line {
    /// Whether the line is paid and so counted in the totals.
    pub fn counted(&self) -> bool {
        matches!(self.status, LineStatus::Charged)
    }
}

/// Something the visitor should know about a result. The UI owns the sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The wage is above the JP cap: JP is computed on the cap.
    UpahAboveJpCap { cap: Rupiah },
    /// No JP cap is published for the date: JP is left out and the totals exclude it.
    JpCapNotPublished(NotCovered),
    /// No JP cap is published for the date; JP uses the cap the user typed, their own figure.
    JpCapFromUser { cap: Rupiah, missing: NotCovered },
    /// BPU income below the lowest level: computed on the lowest level.
    PenghasilanBelowLevels { min: Rupiah },
    /// BPU income above the highest level: computed on the highest level.
    PenghasilanAboveLevels { max: Rupiah },
    /// The BPU income level used is a doubtful row of the one-source table (PP 44/2015 Lampiran II).
    BpuLevelDoubtful {
        level: Rupiah,
        doubt: crate::rules::bpu::LevelDoubt,
    },
    /// PP 50/2025 is in force for the month, but not for participants paid from APBN/APBD.
    ReliefNotForApbd,
    /// Labour-intensive opt-in chosen, but the month is outside PP 7/2025 + PP 36/2025.
    PadatKaryaOutsideWindow,
}

/// The segment-independent result of a calculation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IuranResult {
    pub segmen: Segmen,
    pub date: Date,
    /// Months covered by `period` totals; `None` for Jakon (per contract).
    pub months: Option<u16>,
    pub lines: Vec<Line>,
    /// Sum of the charged monthly lines.
    pub monthly: Amounts,
    /// Sum of the charged lines over the whole period (includes one-off lines).
    pub period: Amounts,
    /// BPU: the monthly total per calendar day (see [`DAYS_PER_MONTH`]).
    pub per_day: Option<Rupiah>,
    /// BPU: the income level used and each month paid with what it costs.
    pub bpu: Option<BpuDetail>,
    /// Programmes left out of the totals because their line is unavailable.
    pub excluded: Vec<Program>,
    pub warnings: Vec<Warning>,
}

impl IuranResult {
    fn new(
        segmen: Segmen,
        date: Date,
        months: Option<u16>,
        lines: Vec<Line>,
        warnings: Vec<Warning>,
    ) -> Self {
        let counted = || lines.iter().filter(|l| l.counted());
        let monthly = counted()
            .filter(|l| l.cadence == Cadence::Monthly)
            .fold(Amounts::ZERO, |sum, l| sum.plus(l.amounts));
        let period = counted().fold(Amounts::ZERO, |sum, l| sum.plus(l.per_period));
        let excluded = lines
            .iter()
            .filter(|l| matches!(l.status, LineStatus::Unavailable(_)))
            .map(|l| l.program)
            .collect();
        IuranResult {
            segmen,
            date,
            months,
            lines,
            monthly,
            period,
            per_day: None,
            bpu: None,
            excluded,
            warnings,
        }
    }

    /// The line of `program` (the first, for PMI packages).
    pub fn line(&self, program: Program) -> Option<&Line> {
        self.lines.iter().find(|l| l.program == program)
    }
}

/// Which input was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Upah,
    UpahHarian,
    Penghasilan,
    BayarBulan,
    NilaiKontrak,
    TambahanBulan,
    JhtBulanan,
    Tahun,
    /// The JP cap typed by the user.
    BatasJp,
    /// Months a payment is late.
    BulanTerlambat,
}

/// Why a calculation could not be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IuranError {
    /// No rule covers the date.
    NotCovered(NotCovered),
    Negative(Field),
    /// Above the sane maximum of the field.
    TooLarge(Field),
    /// Not one of the allowed values (payment period, JHT choice, year).
    Invalid(Field),
}

impl From<NotCovered> for IuranError {
    fn from(error: NotCovered) -> Self {
        IuranError::NotCovered(error)
    }
}

/// Rejects negative amounts and amounts above `max`.
fn check_amount(amount: Rupiah, max: Rupiah, field: Field) -> Result<(), IuranError> {
    if amount.is_negative() {
        Err(IuranError::Negative(field))
    } else if amount > max {
        Err(IuranError::TooLarge(field))
    } else {
        Ok(())
    }
}

/// Rounds exact shares into a line's amounts, applying `relief` if any.
fn with_relief(
    worker: Rupiah,
    employer: Rupiah,
    relief: Option<&'static Dated<Relief>>,
) -> (Amounts, Option<AppliedRelief>) {
    let normal = Amounts::rounded(worker, employer);
    let Some(entry) = relief else {
        return (normal, None);
    };
    let paid = entry.value.paid;
    let now = Amounts::rounded(scale(worker, paid), scale(employer, paid));
    let discount = normal.total - now.total; // ok: bounded inputs
    let applied = AppliedRelief {
        measure: entry.value.measure,
        source: entry.source,
        paid,
        normal,
        discount,
        deferred: if entry.value.deferred {
            discount
        } else {
            Rupiah::ZERO
        },
    };
    (now, Some(applied))
}

/// A charged line paid every month (`per_period` = `amounts × months`).
fn monthly_line(
    program: Program,
    amounts: Amounts,
    months: u16,
    formula: Formula,
    source: Source,
    confidence: Confidence,
    relief: Option<AppliedRelief>,
) -> Line {
    Line {
        program,
        stage: None,
        status: LineStatus::Charged,
        cadence: Cadence::Monthly,
        amounts,
        per_period: amounts.times(months),
        formula: Some(formula),
        source,
        confidence,
        relief,
    }
}

/// A charged line paid once.
fn once_line(
    program: Program,
    stage: Option<PmiStage>,
    amounts: Amounts,
    formula: Formula,
    source: Source,
    relief: Option<AppliedRelief>,
) -> Line {
    Line {
        program,
        stage,
        status: LineStatus::Charged,
        cadence: Cadence::Once,
        amounts,
        per_period: amounts,
        formula: Some(formula),
        source,
        confidence: source.confidence,
        relief,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relief_rounds_each_share_and_records_the_discount() {
        let entry = crate::rules::relief::COVID_JP.in_month(Date::ymd(2020, 9, 1));
        let (now, applied) = with_relief(Rupiah::from_whole(50_000), Rupiah::from_whole(100_000), entry);
        assert_eq!(now.worker, Rupiah::from_whole(500));
        assert_eq!(now.employer, Rupiah::from_whole(1_000));
        let applied = applied.map(|a| (a.normal.total, a.discount, a.deferred, a.paid));
        assert_eq!(
            applied,
            Some((
                Rupiah::from_whole(150_000),
                Rupiah::from_whole(148_500),
                Rupiah::from_whole(148_500),
                dec!(0.01)
            ))
        );
    }

    #[test]
    fn check_amount_rejects_negative_and_too_large() {
        assert_eq!(
            check_amount(Rupiah::from_whole(-1), MAX_UPAH, Field::Upah),
            Err(IuranError::Negative(Field::Upah))
        );
        assert_eq!(
            check_amount(Rupiah::from_whole(1_000_000_001), MAX_UPAH, Field::Upah),
            Err(IuranError::TooLarge(Field::Upah))
        );
        assert_eq!(check_amount(MAX_UPAH, MAX_UPAH, Field::Upah), Ok(()));
    }
}
