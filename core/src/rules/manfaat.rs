//! Benefit (manfaat) parameters: JKM, JKK, beasiswa (scholarships), JHT age, JP benefit bounds and
//! retirement age, JKP cash benefit (PP 44/2015 as amended by PP 82/2019, PP 45/2015, PP 46/2015,
//! PP 37/2021 and PP 6/2025).
//!
//! Contribution rates (JHT 5,7% / 2%, JP 3% and the JP wage cap) are not here: they live in
//! [`super::pu`] and [`super::bpu`], and the benefit engine reads them from there.

use super::{pu, Confidence, Dated, Rule, RuleId, Source};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use rust_decimal::{dec, Decimal};
use Confidence::{Confirmed as C2, Derived as DER, OneSource as ONE};

/// An amount (or rate) together with its own source, for tables whose parts are sourced differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited<T: 'static> {
    pub value: T,
    pub source: Source,
}

const fn rp(value: Decimal, source: Source) -> Cited<Rupiah> {
    Cited {
        value: Rupiah::new(value),
        source,
    }
}

/// PP 82/2019 was signed and promulgated on 2 Dec 2019 and is in force from promulgation.
pub const PP_82_2019: Date = Date::ymd(2019, 12, 2);
/// PP 44/2015 (JKK and JKM) is in force from 1 Jul 2015.
pub const PP_44_2015: Date = Date::ymd(2015, 7, 1);

// ---------------------------------------------------------------------------------------------
// JKM (Jaminan Kematian: death not caused by work),

/// The JKM cash benefit: santunan sekaligus (lump sum), santunan berkala (periodic, `bulan` ×
/// `per_bulan`, paid at once) and biaya pemakaman (funeral).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JkmAmounts {
    pub sekaligus: Cited<Rupiah>,
    pub berkala_bulan: u32,
    pub berkala_per_bulan: Cited<Rupiah>,
    pub pemakaman: Cited<Rupiah>,
}

impl JkmAmounts {
    /// Everything the family receives: lump sum + periodic payments + funeral.
    pub fn total(&self) -> Rupiah {
        let berkala = self.berkala_per_bulan.value.amount() * Decimal::from(self.berkala_bulan); // ok: table amounts
        Rupiah::new(berkala) + self.sekaligus.value + self.pemakaman.value // ok: table amounts
    }
}

const KOMPASIANA_JKM: Source = Source::new(
    "PP 44/2015",
    "Lampiran, manfaat JKM (per kompasiana 2019)",
    Confidence::OneSource,
)
.href("https://kompasiana.com/fery50973/5e06b527d541df54516f0074/manfaat-bp-jamsostek-ditambah-sudah-sepatutnya-para-peserta-gembira?page=3&page_images=1");
const PP82_JKM: Source = Source::new("PP 82/2019", "Lampiran III, manfaat JKM", Confidence::Confirmed)
    .href("https://id.scribd.com/document/481284436/PP-Nomor-82-Tahun-2019-Lamp-III-pdf");

pub static JKM: Rule<JkmAmounts> = Rule::new(
    RuleId::JkmBenefit,
    &[
        Dated::between(
            PP_44_2015,
            PP_82_2019,
            JkmAmounts {
                sekaligus: rp(dec!(16_200_000), KOMPASIANA_JKM),
                berkala_bulan: 24,
                // kompasiana says "Rp6 jt/24 months"; general knowledge says 24 × Rp200.000.
                berkala_per_bulan: rp(dec!(200_000), KOMPASIANA_JKM.confidence(Confidence::Conflicting)),
                pemakaman: rp(dec!(3_000_000), KOMPASIANA_JKM),
            },
            KOMPASIANA_JKM.confidence(Confidence::Conflicting),
        ),
        Dated::since(
            PP_82_2019,
            JkmAmounts {
                sekaligus: rp(dec!(20_000_000), PP82_JKM),
                berkala_bulan: 24,
                berkala_per_bulan: rp(dec!(500_000), PP82_JKM),
                pemakaman: rp(dec!(10_000_000), PP82_JKM),
            },
            PP82_JKM,
        ),
    ],
);

/// BPU death (not from work) within the first `bulan` months of membership: only `jumlah` is paid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MasaTungguBpu {
    pub bulan: u32,
    pub jumlah: Rupiah,
    /// Whether the date the rule starts is known. When it is not, the period's start is the
    /// earliest date a source supports and the UI says the start is uncertain.
    pub mulai_pasti: bool,
}

/// The BPU waiting-period rule. Most sources cite Permenaker 1/2025, promulgated on 24 Feb 2025
/// (siplawfirm.id); one BPJS branch (Meulaboh) cites a 2021 BPJS regulation, so the rule may be
/// older. Its start is therefore uncertain (`mulai_pasti: false`): 1 Jan 2025 is used, the
/// beginning of the year of the regulation most sources cite. How the Rp10 juta is
/// composed (8 + 2 juta vs 10 juta funeral) conflicts, so it is shown as one amount.
pub static MASA_TUNGGU_BPU: Rule<MasaTungguBpu> = Rule::new(
    RuleId::JkmBenefit,
    &[Dated::since(
        Date::ymd(2025, 1, 1),
        MasaTungguBpu {
            bulan: 3,
            jumlah: Rupiah::new(dec!(10_000_000)),
            mulai_pasti: false,
        },
        Source::new(
            "Permenaker 1/2025",
            "manfaat JKM BPU dalam 3 bulan pertama (diundangkan 24 Feb 2025; tanggal berlaku belum pasti, satu cabang merujuk aturan 2021)",
            Confidence::Conflicting,
        )
        .href("https://bongkar86.com/disnaker-sumenep-peserta-bpjs-ketenagakerjaan-meninggal-sebelum-3-bulan-hanya-terima-santunan-jkm-rp10-juta/"),
    )],
);

// ---------------------------------------------------------------------------------------------
// JKK (Jaminan Kecelakaan Kerja: work accident),

/// JKK cash benefits under PP 82/2019. "Upah" is the monthly wage (PU) or declared income (BPU).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JkkAmounts {
    /// The multiplier of the lump sums: `persen × 80 × upah`.
    pub pengali: Decimal,
    /// Death from a work accident: 60% × 80 = 48 × upah, at least the JKM lump sum.
    pub kematian_persen: Cited<Percent>,
    /// Total permanent disability: 70% × 80 = 56 × upah.
    pub cacat_total_persen: Cited<Percent>,
    /// Periodic payment on death or total permanent disability, paid at once.
    pub berkala: Cited<Rupiah>,
    pub pemakaman: Cited<Rupiah>,
    /// Medical care: as medically needed, without a cost ceiling (no number).
    pub perawatan: Source,
    pub homecare_maks: Cited<Rupiah>,
    pub homecare_bulan: u32,
    pub transport_darat: Cited<Rupiah>,
    pub transport_laut: Cited<Rupiah>,
    pub transport_udara: Cited<Rupiah>,
    /// Partial anatomical disability: table percentage × 80 × upah.
    pub cacat_sebagian: &'static [(CacatAnatomis, Percent)],
    pub cacat_sebagian_source: Source,
}

/// The common partial anatomical disabilities quoted by public sources (PP 82/2019 Lampiran III; table one-source).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CacatAnatomis {
    /// Loss of sight of both eyes.
    DuaMata,
    /// Loss of sight of one eye.
    SatuMata,
    /// Right arm from the shoulder.
    LenganKananDariBahu,
    /// Left arm from the shoulder.
    LenganKiriDariBahu,
    /// Hearing of both ears.
    PendengaranDuaTelinga,
}

static CACAT_SEBAGIAN: [(CacatAnatomis, Percent); 5] = [
    (CacatAnatomis::DuaMata, Percent::new(dec!(70))),
    (CacatAnatomis::SatuMata, Percent::new(dec!(35))),
    (CacatAnatomis::LenganKananDariBahu, Percent::new(dec!(40))),
    (CacatAnatomis::LenganKiriDariBahu, Percent::new(dec!(35))),
    (CacatAnatomis::PendengaranDuaTelinga, Percent::new(dec!(40))),
];

const PP82_JKK: Source = Source::new("PP 82/2019", "Lampiran III, manfaat JKK", Confidence::Confirmed);
const PP82_JKK_ONE: Source = PP82_JKK.confidence(Confidence::OneSource);

/// Only the PP 82/2019 amounts are sourced; earlier dates are not covered.
pub static JKK: Rule<JkkAmounts> = Rule::new(
    RuleId::JkkBenefit,
    &[Dated::since(
        PP_82_2019,
        JkkAmounts {
            pengali: dec!(80),
            kematian_persen: Cited {
                value: Percent::new(dec!(60)),
                source: PP82_JKK,
            },
            cacat_total_persen: Cited {
                value: Percent::new(dec!(70)),
                source: PP82_JKK,
            },
            berkala: rp(dec!(12_000_000), PP82_JKK),
            pemakaman: rp(dec!(10_000_000), PP82_JKK),
            perawatan: PP82_JKK,
            homecare_maks: rp(dec!(20_000_000), PP82_JKK),
            homecare_bulan: 12,
            transport_darat: rp(dec!(5_000_000), PP82_JKK),
            transport_laut: rp(dec!(2_000_000), PP82_JKK_ONE),
            transport_udara: rp(dec!(10_000_000), PP82_JKK_ONE),
            cacat_sebagian: &CACAT_SEBAGIAN,
            cacat_sebagian_source: PP82_JKK_ONE,
        },
        PP82_JKK,
    )],
);

/// One step of STMB (santunan tidak mampu bekerja: temporary incapacity pay): `persen` of upah
/// for `bulan` months, or until recovery when `bulan` is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StmbStep {
    pub bulan: Option<u32>,
    pub persen: Percent,
}

static STMB_PP44: [StmbStep; 3] = [
    StmbStep {
        bulan: Some(6),
        persen: Percent::new(dec!(100)),
    },
    StmbStep {
        bulan: Some(6),
        persen: Percent::new(dec!(75)),
    },
    StmbStep {
        bulan: None,
        persen: Percent::new(dec!(50)),
    },
];
static STMB_PP82: [StmbStep; 2] = [
    StmbStep {
        bulan: Some(12),
        persen: Percent::new(dec!(100)),
    },
    StmbStep {
        bulan: None,
        persen: Percent::new(dec!(50)),
    },
];

pub static STMB: Rule<&[StmbStep]> = Rule::new(
    RuleId::JkkBenefit,
    &[
        Dated::between(
            PP_44_2015,
            PP_82_2019,
            &STMB_PP44,
            Source::new(
                "PP 44/2015",
                "Lampiran, STMB (per kompasiana)",
                Confidence::OneSource,
            ),
        ),
        Dated::since(
            PP_82_2019,
            &STMB_PP82,
            Source::new("PP 82/2019", "Lampiran III, STMB", Confidence::Confirmed),
        ),
    ],
);

// ---------------------------------------------------------------------------------------------
// Beasiswa (education scholarship).

/// School level (jenjang pendidikan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Jenjang {
    /// Taman Kanak-kanak (kindergarten).
    Tk,
    /// Sekolah Dasar (primary).
    Sd,
    /// Sekolah Menengah Pertama (lower secondary).
    Smp,
    /// Sekolah Menengah Atas (upper secondary).
    Sma,
    /// Perguruan tinggi (higher education, up to S1) or training.
    PerguruanTinggi,
}

/// The scholarship for one level: `per_tahun` per child per year for at most `tahun_maks` years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeasiswaJenjang {
    pub jenjang: Jenjang,
    pub per_tahun: Rupiah,
    pub tahun_maks: u32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeasiswaRules {
    pub jenjang: &'static [BeasiswaJenjang],
    /// Table source (one-source).
    pub jenjang_source: Source,
    pub anak_maks: Cited<u32>,
    pub maks_per_anak: Cited<Rupiah>,
    /// Months of membership required when the death is not from work (JKM).
    pub masa_jkm_bulan: Cited<u32>,
    /// No minimum membership after a work-accident (JKK) death or total permanent disability.
    pub tanpa_masa_jkk: Source,
}

static BEASISWA_PP82: [BeasiswaJenjang; 5] = [
    BeasiswaJenjang {
        jenjang: Jenjang::Tk,
        per_tahun: Rupiah::new(dec!(1_500_000)),
        tahun_maks: 2,
    },
    BeasiswaJenjang {
        jenjang: Jenjang::Sd,
        per_tahun: Rupiah::new(dec!(1_500_000)),
        tahun_maks: 6,
    },
    BeasiswaJenjang {
        jenjang: Jenjang::Smp,
        per_tahun: Rupiah::new(dec!(2_000_000)),
        tahun_maks: 3,
    },
    BeasiswaJenjang {
        jenjang: Jenjang::Sma,
        per_tahun: Rupiah::new(dec!(3_000_000)),
        tahun_maks: 3,
    },
    BeasiswaJenjang {
        jenjang: Jenjang::PerguruanTinggi,
        per_tahun: Rupiah::new(dec!(12_000_000)),
        tahun_maks: 5,
    },
];

const PP82_BEASISWA: Source = Source::new("PP 82/2019", "Lampiran III, beasiswa", Confidence::Confirmed);

/// Only the PP 82/2019 scholarship is sourced; earlier dates are not covered.
pub static BEASISWA: Rule<BeasiswaRules> = Rule::new(
    RuleId::Beasiswa,
    &[Dated::since(
        PP_82_2019,
        BeasiswaRules {
            jenjang: &BEASISWA_PP82,
            jenjang_source: PP82_BEASISWA.confidence(Confidence::OneSource),
            anak_maks: Cited {
                value: 2,
                source: PP82_BEASISWA,
            },
            maks_per_anak: rp(dec!(87_000_000), PP82_BEASISWA),
            masa_jkm_bulan: Cited {
                value: 36,
                source: PP82_BEASISWA,
            },
            tanpa_masa_jkk: PP82_BEASISWA.confidence(Confidence::OneSource),
        },
        PP82_BEASISWA,
    )],
);

/// The ages at which a child is assumed to attend a level (`usia_dari..=usia_sampai`). This is the
/// engine's assumption, not a regulation: the scholarship is paid for the level actually attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UsiaJenjang {
    pub jenjang: Jenjang,
    pub usia_dari: u8,
    pub usia_sampai: u8,
}

/// TK 4–5, SD 6–11, SMP 12–14, SMA 15–17, higher education 18–22; the scholarship ends at 23
/// (PP 82/2019 conditions). Each span has exactly the maximum years of its level.
pub static ASUMSI_USIA_JENJANG: [UsiaJenjang; 5] = [
    UsiaJenjang {
        jenjang: Jenjang::Tk,
        usia_dari: 4,
        usia_sampai: 5,
    },
    UsiaJenjang {
        jenjang: Jenjang::Sd,
        usia_dari: 6,
        usia_sampai: 11,
    },
    UsiaJenjang {
        jenjang: Jenjang::Smp,
        usia_dari: 12,
        usia_sampai: 14,
    },
    UsiaJenjang {
        jenjang: Jenjang::Sma,
        usia_dari: 15,
        usia_sampai: 17,
    },
    UsiaJenjang {
        jenjang: Jenjang::PerguruanTinggi,
        usia_dari: 18,
        usia_sampai: 22,
    },
];

// ---------------------------------------------------------------------------------------------
// JHT (Jaminan Hari Tua: old-age savings).

/// The JHT age used as the default end of the projection (PP 46/2015, no source was found for it, hence
/// unverified). The user may change it.
pub const USIA_JHT: Cited<u8> = Cited {
    value: 56,
    source: Source::new("PP 46/2015", "usia pensiun JHT", Confidence::Unverified),
};

// ---------------------------------------------------------------------------------------------
// JP (Jaminan Pensiun).

/// JP retirement age (PP 45/2015 Pasal 15): 56 from 2015, +1 every 3 years from 2019 up to 65.
pub static USIA_PENSIUN_JP: Rule<u8> = Rule::new(
    RuleId::JpRetirementAge,
    &[
        jp_age(2015, 7, 2019, 56, Confidence::Confirmed),
        jp_age(2019, 1, 2022, 57, Confidence::Confirmed),
        jp_age(2022, 1, 2025, 58, Confidence::Confirmed),
        jp_age(2025, 1, 2028, 59, Confidence::Confirmed),
        jp_age(2028, 1, 2031, 60, Confidence::Derived),
        jp_age(2031, 1, 2034, 61, Confidence::Derived),
        jp_age(2034, 1, 2037, 62, Confidence::Derived),
        jp_age(2037, 1, 2040, 63, Confidence::Derived),
        jp_age(2040, 1, 2043, 64, Confidence::Derived),
        Dated::since(Date::ymd(2043, 1, 1), 65, JP_AGE_DERIVED),
    ],
);

const JP_AGE_DERIVED: Source = Source::new("PP 45/2015", "Pasal 15(3)", Confidence::Derived);

const fn jp_age(from: u16, month: u8, until: u16, age: u8, confidence: Confidence) -> Dated<u8> {
    Dated::between(
        Date::ymd(from, month, 1),
        Date::ymd(until, 1, 1),
        age,
        Source::new(
            "PP 45/2015",
            match confidence {
                Confidence::Confirmed => "Pasal 15(1)",
                _ => "Pasal 15(3)",
            },
            confidence,
        ),
    )
}

/// The JP monthly benefit is at least `minimum` and at most `maksimum` (PP 45/2015 Pasal 18).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JpBatasManfaat {
    pub minimum: Cited<Rupiah>,
    pub maksimum: Cited<Rupiah>,
}

/// The JP benefit formula: `persen × (months / 12) × average monthly wage` (PP 45/2015 Pasal 17 +
/// Lampiran; no page read quoted it, so unverified); a monthly pension needs `bulan_minimum`
/// months of contributions (confirmed-2), otherwise the contributions and their return are paid
/// as a lump sum (one-source).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JpRumus {
    pub persen: Cited<Percent>,
    pub bulan_minimum: Cited<u32>,
    pub sekaligus: Source,
}

pub static JP_RUMUS: Rule<JpRumus> = Rule::new(
    RuleId::JpBenefitBounds,
    &[Dated::since(
        PP_44_2015,
        JpRumus {
            persen: Cited {
                value: Percent::new(dec!(1)),
                source: Source::new("PP 45/2015", "Pasal 17 + Lampiran", Confidence::Unverified),
            },
            bulan_minimum: Cited {
                value: 180,
                source: Source::new("PP 45/2015", "masa iur minimum 15 tahun", Confidence::Confirmed),
            },
            sekaligus: Source::new(
                "PP 45/2015",
                "manfaat JP sekaligus (masa iur < 15 tahun)",
                Confidence::OneSource,
            ),
        },
        Source::new("PP 45/2015", "Pasal 17 + Lampiran", Confidence::Unverified),
    )],
);

const fn bound(value: Decimal, confidence: Confidence) -> Cited<Rupiah> {
    rp(value, Source::new("PP 45/2015", "Pasal 18", confidence))
}

const fn bounds(
    from: u16,
    month: u8,
    until: u16,
    min: (Decimal, Confidence),
    max: (Decimal, Confidence),
    confidence: Confidence,
) -> Dated<JpBatasManfaat> {
    Dated::between(
        Date::ymd(from, month, 1),
        Date::ymd(until, 3, 1),
        JpBatasManfaat {
            minimum: bound(min.0, min.1),
            maksimum: bound(max.0, max.1),
        },
        Source::new("PP 45/2015", "Pasal 18", confidence),
    )
}

const JP_BOUNDS_2026: Source = Source::new(
    "PP 45/2015",
    "Pasal 18(3): indeksasi inflasi 2025 (2,92%); satu sumber sekunder; bulan mulai (Feb/Mar 2026) belum pasti",
    DER,
);

/// JP benefit minimum and maximum per year (PP 45/2015 Pasal 18(3)), indexed every March by the
/// previous year's inflation: `ceil_step(previous × (1 + inflation))`, step Rp50 up to 2019 and
/// Rp100 from 2020. The table ends where the next year is not published (fail closed); a new year
/// is one more row.
pub static JP_BATAS_MANFAAT: Rule<JpBatasManfaat> = Rule::new(
    RuleId::JpBenefitBounds,
    &[
        bounds(2015, 7, 2016, (dec!(300_000), C2), (dec!(3_600_000), C2), C2),
        bounds(2016, 3, 2017, (dec!(310_050), ONE), (dec!(3_720_600), ONE), ONE),
        bounds(2017, 3, 2018, (dec!(319_450), DER), (dec!(3_833_000), DER), DER),
        bounds(2018, 3, 2019, (dec!(331_000), DER), (dec!(3_971_400), DER), DER),
        bounds(2019, 3, 2020, (dec!(341_400), ONE), (dec!(4_095_750), ONE), ONE),
        bounds(2020, 3, 2021, (dec!(350_700), ONE), (dec!(4_207_200), ONE), ONE),
        bounds(2021, 3, 2022, (dec!(356_600), DER), (dec!(4_277_900), DER), DER),
        bounds(2022, 3, 2023, (dec!(363_300), DER), (dec!(4_357_900), DER), DER),
        bounds(2023, 3, 2024, (dec!(383_400), ONE), (dec!(4_598_100), ONE), ONE),
        bounds(2024, 3, 2025, (dec!(393_500), C2), (dec!(4_718_200), DER), DER),
        bounds(2025, 3, 2026, (dec!(399_700), DER), (dec!(4_792_300), DER), DER),
        // Derived from 2025 inflation of 2,92% (BPS, 5 Jan 2026); one public research note citing
        // BPJS letter B/1226/022026 gives the same values but says from February: the start
        // month is unresolved, March (the month of the cap) is used.
        Dated::between(
            Date::ymd(2026, 3, 1),
            Date::ymd(2027, 3, 1),
            JpBatasManfaat {
                minimum: rp(dec!(411_400), JP_BOUNDS_2026),
                maksimum: rp(dec!(4_932_300), JP_BOUNDS_2026),
            },
            JP_BOUNDS_2026,
        ),
    ],
);

// ---------------------------------------------------------------------------------------------
// JKP (Jaminan Kehilangan Pekerjaan: job loss).

/// One step of the JKP cash benefit: `persen` of the capped wage for `bulan` months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JkpStep {
    pub bulan: u32,
    pub persen: Percent,
}

/// Eligibility conditions for JKP (PP 37/2021 as amended by PP 6/2025, confirmed), for the UI to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyaratJkp {
    /// Indonesian citizen.
    WargaNegaraIndonesia,
    /// Under 54 when registering.
    UsiaDaftarDibawah54,
    /// A wage earner (PU).
    PenerimaUpah,
    /// Medium/large employers: enrolled in JKK, JKM, JHT and JP; small/micro: at least JKK, JKM, JHT.
    TerdaftarProgramWajib,
    /// At least 12 months of contributions within the last 24 months.
    Iuran12Dari24Bulan,
    /// 6 of them consecutive before the dismissal (PHK).
    Iuran6BulanBerturut,
    /// The PHK is not resignation, retirement, total permanent disability, death or the end of a
    /// fixed-term (PKWT) contract.
    PhkBukanMengundurkanDiri,
    /// Claimed within the deadline (3 months of PHK under PP 37/2021, 6 months under PP 6/2025).
    KlaimTepatWaktu,
}

pub static SYARAT_JKP: [SyaratJkp; 8] = [
    SyaratJkp::WargaNegaraIndonesia,
    SyaratJkp::UsiaDaftarDibawah54,
    SyaratJkp::PenerimaUpah,
    SyaratJkp::TerdaftarProgramWajib,
    SyaratJkp::Iuran12Dari24Bulan,
    SyaratJkp::Iuran6BulanBerturut,
    SyaratJkp::PhkBukanMengundurkanDiri,
    SyaratJkp::KlaimTepatWaktu,
];

/// Months of contributions JKP requires within the last 24 (PP 37/2021).
pub const JKP_BULAN_IUR_MINIMUM: Cited<u32> = Cited {
    value: 12,
    source: Source::new(
        "PP 37/2021",
        "syarat manfaat JKP (12 bulan dalam 24 bulan, 6 bulan berturut-turut)",
        Confidence::Confirmed,
    ),
};

/// Months after the dismissal (PHK) within which the JKP benefit must be claimed: 3 under
/// PP 37/2021, 6 since PP 6/2025 amended it.
pub static JKP_BATAS_KLAIM_BULAN: Rule<u8> = Rule::new(
    RuleId::Jkp,
    &[
        Dated::between(
            super::pu::JKP_START,
            super::pu::JKP_PP6_2025,
            3,
            Source::new(
                "PP 37/2021",
                "batas waktu pengajuan klaim JKP",
                Confidence::Confirmed,
            ),
        ),
        Dated::since(
            super::pu::JKP_PP6_2025,
            6,
            Source::new(
                "PP 6/2025",
                "batas waktu pengajuan klaim JKP",
                Confidence::Confirmed,
            ),
        ),
    ],
);

static JKP_PP37: [JkpStep; 2] = [
    JkpStep {
        bulan: 3,
        persen: Percent::new(dec!(45)),
    },
    JkpStep {
        bulan: 3,
        persen: Percent::new(dec!(25)),
    },
];
static JKP_PP6: [JkpStep; 1] = [JkpStep {
    bulan: 6,
    persen: Percent::new(dec!(60)),
}];

/// JKP cash benefit steps: PP 37/2021 from 2 Feb 2021, replaced by PP 6/2025 on 7 Feb 2025. The
/// wage counted (at most Rp5 juta) is the JKP wage cap of [`super::pu::JKP`], shared with the
/// contribution.
pub static JKP: Rule<&[JkpStep]> = Rule::new(
    RuleId::Jkp,
    &[
        Dated::between(
            pu::JKP_START,
            pu::JKP_PP6_2025,
            &JKP_PP37,
            Source::new("PP 37/2021", "manfaat uang tunai JKP", Confidence::Confirmed),
        ),
        Dated::since(
            pu::JKP_PP6_2025,
            &JKP_PP6,
            Source::new("PP 6/2025", "Pasal 21-22(1)", Confidence::Confirmed),
        ),
    ],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed(&JKM);
        assert_well_formed(&MASA_TUNGGU_BPU);
        assert_well_formed(&JKK);
        assert_well_formed(&STMB);
        assert_well_formed(&BEASISWA);
        assert_well_formed(&USIA_PENSIUN_JP);
        assert_well_formed(&JP_RUMUS);
        assert_well_formed(&JP_BATAS_MANFAAT);
        assert_well_formed(&JKP);
        assert_well_formed(&JKP_BATAS_KLAIM_BULAN);
    }

    #[test]
    fn jp_retirement_age_rises_one_year_every_three_years_to_65() {
        for pair in USIA_PENSIUN_JP.values.windows(2) {
            assert_eq!(pair[1].value, pair[0].value + 1);
            assert_eq!(pair[0].period.until, Some(pair[1].period.from));
        }
        assert_eq!(USIA_PENSIUN_JP.latest().map(|e| e.value), Some(65));
    }

    #[test]
    fn scholarship_levels_sum_to_the_cap_and_match_the_age_assumption() {
        let Some(rules) = BEASISWA.latest().map(|e| e.value) else {
            panic!("the scholarship table has a value");
        };
        let sum: Decimal = rules
            .jenjang
            .iter()
            .map(|j| j.per_tahun.amount() * Decimal::from(j.tahun_maks))
            .sum();
        assert_eq!(Rupiah::new(sum), rules.maks_per_anak.value);
        for (level, ages) in rules.jenjang.iter().zip(ASUMSI_USIA_JENJANG.iter()) {
            assert_eq!(level.jenjang, ages.jenjang);
            assert_eq!(u32::from(ages.usia_sampai - ages.usia_dari) + 1, level.tahun_maks);
        }
        for pair in ASUMSI_USIA_JENJANG.windows(2) {
            assert_eq!(pair[0].usia_sampai + 1, pair[1].usia_dari);
        }
    }

    #[test]
    fn jp_bounds_rise_every_year() {
        for pair in JP_BATAS_MANFAAT.values.windows(2) {
            assert!(pair[1].value.minimum.value > pair[0].value.minimum.value);
            assert!(pair[1].value.maksimum.value > pair[0].value.maksimum.value);
        }
    }
}
