//! Texts of the contributions calculator (`/iuran`).

use crate::i18n::common;
use jaring_core::iuran::{Field, IuranError, PmiStage, Program, Segmen, Warning};
use jaring_core::money::Percent;
use jaring_core::rules::bpu::LevelDoubt;
use jaring_core::rules::pu::RiskClass;
use jaring_core::rules::relief::{bpu_2026, Measure, Relief, COVID_JKK_JKM, PADAT_KARYA_JKK};
use jaring_core::rules::{Confidence, Rule, Source};
use jaring_core::{Date, Lang, Rupiah};
use rust_decimal::Decimal;
use std::sync::OnceLock;

pub struct Iuran {
    pub title: &'static str,
    pub intro: &'static str,
    pub segment_legend: &'static str,
    pub date_label: &'static str,
    pub date_hint: &'static str,
    pub date_invalid: &'static str,
    pub upah_label: &'static str,
    pub upah_hint: &'static str,
    pub upah_harian_toggle: &'static str,
    pub upah_harian_label: &'static str,
    pub risiko_label: &'static str,
    pub padat_karya_label: &'static str,
    pub penghasilan_label: &'static str,
    pub bpu_jht_label: &'static str,
    pub bayar_label: &'static str,
    pub transportasi_label: &'static str,
    pub apbd_label: &'static str,
    pub nilai_label: &'static str,
    pub nilai_hint: &'static str,
    pub kontrak_label: &'static str,
    pub tambahan_label: &'static str,
    pub tambahan_invalid: &'static str,
    pub pmi_jht_label: &'static str,
    pub pmi_jht_none: &'static str,
    pub results_heading: &'static str,
    pub per_month: &'static str,
    pub per_contract: &'static str,
    pub per_day: &'static str,
    pub col_program: &'static str,
    pub col_worker: &'static str,
    pub col_employer: &'static str,
    pub col_total: &'static str,
    pub col_participant: &'static str,
    pub col_contractor: &'static str,
    pub total_row: &'static str,
    pub show_formula: &'static str,
    pub source_label: &'static str,
    pub capped_at: &'static str,
    /// Appended to a cap the user typed: ", angka Anda sendiri".
    pub own_figure: &'static str,
    pub information_only: &'static str,
    pub unavailable: &'static str,
    pub excluded_note: &'static str,
    pub year_heading: &'static str,
    pub year_month: &'static str,
    pub year_not_computed: &'static str,
    pub months: [&'static str; 12],
    pub bpu_months_heading: &'static str,
    pub col_note: &'static str,
    pub year_programs_heading: &'static str,
    pub col_months: &'static str,
    pub terlambat_label: &'static str,
    pub terlambat_hint: &'static str,
    pub late_heading: &'static str,
    pub batas_jp_label: &'static str,
    pub batas_jp_hint: &'static str,
    pub share_text: &'static str,
    pub stale_result: &'static str,
    pub jkp_note: &'static str,
}

pub const ID: Iuran = Iuran {
    title: "Kalkulator iuran",
    intro: "Berapa yang dibayar pekerja dan pemberi kerja setiap bulan, per program, dengan rumus dan dasar hukumnya.",
    segment_legend: "Jenis kepesertaan",
    date_label: "Tanggal (bulan iuran)",
    date_hint: "Aturan yang berlaku pada tanggal ini yang dipakai.",
    date_invalid: "Tanggal tidak sah.",
    upah_label: "Upah sebulan",
    upah_hint: "Upah pokok + tunjangan tetap, misalnya 5.000.000 atau 5 jt.",
    upah_harian_toggle: "Upah dibayar harian",
    upah_harian_label: "Upah sehari",
    risiko_label: "Tingkat risiko lingkungan kerja",
    padat_karya_label: "Industri padat karya (diskon JKK)",
    penghasilan_label: "Penghasilan sebulan yang dilaporkan",
    bpu_jht_label: "Ikut Jaminan Hari Tua (JHT)",
    bayar_label: "Bayar untuk",
    transportasi_label: "Sektor transportasi (ojol, ojek, sopir, kurir)",
    apbd_label: "Iuran dibayar APBN/APBD",
    nilai_label: "Nilai kontrak (tanpa PPN)",
    nilai_hint: "Dipakai bila upah pekerja proyek tidak diketahui.",
    kontrak_label: "Lama perjanjian kerja",
    tambahan_label: "Bulan tambahan di luar kontrak",
    tambahan_invalid: "Isi bilangan bulat 0–120.",
    pmi_jht_label: "JHT per bulan (pilihan)",
    pmi_jht_none: "Tanpa JHT",
    results_heading: "Hasil",
    per_month: "per bulan",
    per_contract: "per kontrak",
    per_day: "per hari",
    col_program: "Program",
    col_worker: "Pekerja",
    col_employer: "Pemberi kerja",
    col_total: "Jumlah",
    col_participant: "Peserta",
    col_contractor: "Kontraktor",
    total_row: "Total",
    show_formula: "Rumus & sumber",
    source_label: "Dasar hukum",
    capped_at: "dibatasi batas upah",
    own_figure: ", angka Anda sendiri",
    information_only: "informasi, tidak dibayar pekerja/pemberi kerja",
    unavailable: "tidak dapat dihitung",
    excluded_note: "Total tidak termasuk program yang tidak dapat dihitung.",
    year_heading: "Setahun, bulan per bulan",
    year_month: "Bulan",
    year_not_computed: "tidak ada aturan",
    months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    bpu_months_heading: "Bulan per bulan",
    col_note: "Keterangan",
    year_programs_heading: "Setahun per program",
    col_months: "Bulan",
    terlambat_label: "Bulan terlambat",
    terlambat_hint: "Berapa bulan iuran bulan ini dibayar lewat batas waktu; 0 bila tepat waktu.",
    late_heading: "Bayar terlambat",
    batas_jp_label: "Batas upah JP (angka Anda sendiri)",
    batas_jp_hint: "Batas upah JP untuk tanggal ini belum diterbitkan. Isi batas yang Anda terima; 0 = JP tidak dihitung.",
    share_text: "Perhitungan iuran BPJS Ketenagakerjaan di Jaring:",
    stale_result: "Hasil terakhir yang sah tetap ditampilkan.",
    jkp_note: "JKP dibiayai pemerintah dan pengalihan sebagian iuran JKK; pekerja dan pemberi kerja tidak membayar tambahan.",
};

pub const EN: Iuran = Iuran {
    title: "Contributions calculator",
    intro: "What the worker and the employer pay each month, per programme, with the formula and the legal basis.",
    segment_legend: "Kind of participant",
    date_label: "Date (contribution month)",
    date_hint: "The rules in force on this date are used.",
    date_invalid: "Not a valid date.",
    upah_label: "Monthly wage",
    upah_hint: "Basic wage + fixed allowances, e.g. 5.000.000 or 5 jt.",
    upah_harian_toggle: "Paid by the day",
    upah_harian_label: "Daily wage",
    risiko_label: "Workplace risk class",
    padat_karya_label: "Labour-intensive industry (JKK discount)",
    penghasilan_label: "Declared monthly income",
    bpu_jht_label: "Join old-age savings (JHT)",
    bayar_label: "Pay for",
    transportasi_label: "Transport sector (ride-hailing, ojek, drivers, couriers)",
    apbd_label: "Contributions paid by APBN/APBD",
    nilai_label: "Contract value (excluding VAT)",
    nilai_hint: "Used when the project workers' wages are not known.",
    kontrak_label: "Length of the work contract",
    tambahan_label: "Extra months beyond the contract",
    tambahan_invalid: "Enter a whole number 0–120.",
    pmi_jht_label: "JHT per month (optional)",
    pmi_jht_none: "No JHT",
    results_heading: "Result",
    per_month: "per month",
    per_contract: "per contract",
    per_day: "per day",
    col_program: "Programme",
    col_worker: "Worker",
    col_employer: "Employer",
    col_total: "Total",
    col_participant: "Participant",
    col_contractor: "Contractor",
    total_row: "Total",
    show_formula: "Formula & source",
    source_label: "Legal basis",
    capped_at: "limited by the wage cap",
    own_figure: ", your own figure",
    information_only: "information, not paid by worker or employer",
    unavailable: "cannot be calculated",
    excluded_note: "The total leaves out programmes that cannot be calculated.",
    year_heading: "The year, month by month",
    year_month: "Month",
    year_not_computed: "no rule",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    bpu_months_heading: "Month by month",
    col_note: "Note",
    year_programs_heading: "The year per programme",
    col_months: "Months",
    terlambat_label: "Months late",
    terlambat_hint: "How many months this month's contribution is paid after its deadline; 0 when on time.",
    late_heading: "Paying late",
    batas_jp_label: "JP wage cap (your own figure)",
    batas_jp_hint: "The JP wage cap for this date is not published yet. Enter the cap you were given; 0 = JP not computed.",
    share_text: "BPJS Ketenagakerjaan contributions calculated in Jaring:",
    stale_result: "The last valid result stays on screen.",
    jkp_note: "JKP is funded by the government and by moving part of the JKK contribution; workers and employers pay nothing extra.",
};

pub fn segment_name(lang: Lang, segmen: Segmen) -> &'static str {
    match (lang, segmen) {
        (Lang::Id, Segmen::Pu) => "Penerima upah",
        (Lang::Id, Segmen::Bpu) => "Mandiri (BPU)",
        (Lang::Id, Segmen::Jakon) => "Jasa konstruksi",
        (Lang::Id, Segmen::Pmi) => "Pekerja migran",
        (Lang::En, Segmen::Pu) => "Wage earner",
        (Lang::En, Segmen::Bpu) => "Self-employed (BPU)",
        (Lang::En, Segmen::Jakon) => "Construction",
        (Lang::En, Segmen::Pmi) => "Migrant worker",
    }
}

pub fn program_name(lang: Lang, program: Program) -> &'static str {
    match (lang, program) {
        (Lang::Id, Program::Jkk) => "JKK · Kecelakaan Kerja",
        (Lang::Id, Program::Jkm) => "JKM · Kematian",
        (Lang::Id, Program::Jht) => "JHT · Hari Tua",
        (Lang::Id, Program::Jp) => "JP · Pensiun",
        (Lang::Id, Program::Jkp) => "JKP · Kehilangan Pekerjaan",
        (Lang::Id, Program::JkkJkm) => "JKK + JKM",
        (Lang::En, Program::Jkk) => "JKK · Work accident",
        (Lang::En, Program::Jkm) => "JKM · Death",
        (Lang::En, Program::Jht) => "JHT · Old-age savings",
        (Lang::En, Program::Jp) => "JP · Pension",
        (Lang::En, Program::Jkp) => "JKP · Job loss",
        (Lang::En, Program::JkkJkm) => "JKK + JKM",
    }
}

/// The programme's short name, the same in both languages: "JKK".
pub fn program_code(program: Program) -> &'static str {
    match program {
        Program::Jkk => "JKK",
        Program::Jkm => "JKM",
        Program::Jht => "JHT",
        Program::Jp => "JP",
        Program::Jkp => "JKP",
        Program::JkkJkm => "JKK + JKM",
    }
}

/// Risk class with example industries (PP 44/2015 Lampiran I).
pub fn risk_class(lang: Lang, class: RiskClass) -> &'static str {
    match (lang, class) {
        (Lang::Id, RiskClass::I) => "I · Sangat rendah: perdagangan, bank, asuransi, konveksi, jasa",
        (Lang::Id, RiskClass::II) => "II · Rendah: pertanian rakyat, perkebunan tebu/tembakau, pabrik rokok",
        (Lang::Id, RiskClass::III) => "III · Sedang: manufaktur umum, pengolahan, transportasi darat",
        (Lang::Id, RiskClass::IV) => "IV · Tinggi: konstruksi, kehutanan, perikanan laut",
        (Lang::Id, RiskClass::V) => "V · Sangat tinggi: pertambangan, penebangan kayu, bahan peledak",
        (Lang::En, RiskClass::I) => "I · Very low: trade, banks, insurance, garments, services",
        (Lang::En, RiskClass::II) => {
            "II · Low: smallholder farming, sugar/tobacco estates, cigarette factories"
        }
        (Lang::En, RiskClass::III) => "III · Medium: general manufacturing, processing, land transport",
        (Lang::En, RiskClass::IV) => "IV · High: construction, forestry, sea fishing",
        (Lang::En, RiskClass::V) => "V · Very high: mining, logging, explosives",
    }
}

/// How well a value is sourced; `None` for confirmed values (no mark needed).
pub fn confidence_mark(lang: Lang, confidence: Confidence) -> Option<&'static str> {
    Some(match (lang, confidence) {
        (_, Confidence::Confirmed) => return None,
        (Lang::Id, Confidence::OneSource) => "satu sumber: periksa teks resmi",
        (Lang::Id, Confidence::Conflicting) => "sumber berbeda-beda: nilai yang dianjurkan dipakai",
        (Lang::Id, Confidence::Derived) => {
            "diturunkan dengan rumus peraturan, belum dicocokkan dengan surat edaran"
        }
        (Lang::Id, Confidence::Unverified) => "belum terverifikasi",
        (Lang::En, Confidence::OneSource) => "one source: check the official text",
        (Lang::En, Confidence::Conflicting) => "sources disagree: the recommended value is used",
        (Lang::En, Confidence::Derived) => {
            "derived with the regulation's formula, not checked against the circular"
        }
        (Lang::En, Confidence::Unverified) => "unverified",
    })
}

/// A temporary measure's name: "Diskon JKK+JKM peserta BPU".
pub fn measure_name(lang: Lang, measure: Measure) -> &'static str {
    match (lang, measure) {
        (Lang::Id, Measure::Covid2020) => "Keringanan COVID-19",
        (Lang::Id, Measure::PadatKarya2025) => "Diskon JKK industri padat karya",
        (Lang::Id, Measure::Bpu2026) => "Diskon JKK+JKM peserta BPU",
        (Lang::En, Measure::Covid2020) => "COVID-19 relief",
        (Lang::En, Measure::PadatKarya2025) => "Labour-intensive industry JKK discount",
        (Lang::En, Measure::Bpu2026) => "BPU JKK+JKM discount",
    }
}

/// A temporary measure's name with the regulations of its rule: "Diskon JKK+JKM peserta BPU
/// (PP 50/2025)". Written once per language and kept, because callers (the /manfaat cost card)
/// take a `&'static str`.
pub fn measure(lang: Lang, measure: Measure) -> &'static str {
    const MEASURES: [Measure; 3] = [Measure::Covid2020, Measure::PadatKarya2025, Measure::Bpu2026];
    static CITED: OnceLock<[[String; 3]; 2]> = OnceLock::new();
    let cited = CITED.get_or_init(|| {
        [Lang::Id, Lang::En].map(|lang| {
            MEASURES.map(|m| {
                let rule = match m {
                    Measure::Covid2020 => &COVID_JKK_JKM,
                    Measure::PadatKarya2025 => &PADAT_KARYA_JKK,
                    Measure::Bpu2026 => bpu_2026(false),
                };
                format!("{} ({})", measure_name(lang, m), regulation(rule))
            })
        })
    });
    let by_lang = match lang {
        Lang::Id => &cited[0],
        Lang::En => &cited[1],
    };
    let index = MEASURES.iter().position(|m| *m == measure).unwrap_or_default();
    by_lang.get(index).map_or("", String::as_str)
}

pub fn warning(lang: Lang, warning: &Warning, money: impl Fn(jaring_core::Rupiah) -> String) -> String {
    match (lang, warning) {
        (Lang::Id, Warning::UpahAboveJpCap { cap }) => format!("Upah di atas batas upah JP ({}): iuran JP dihitung dari batas itu.", money(*cap)),
        (Lang::Id, Warning::JpCapNotPublished(_)) => "Batas upah JP untuk tanggal ini belum diterbitkan: JP tidak dihitung dan tidak masuk total.".to_string(),
        (Lang::Id, Warning::PenghasilanBelowLevels { min }) => format!("Penghasilan di bawah tingkat terendah: dihitung dari {}.", money(*min)),
        (Lang::Id, Warning::PenghasilanAboveLevels { max }) => format!("Penghasilan di atas tingkat tertinggi: dihitung dari {}.", money(*max)),
        (Lang::Id, Warning::BpuLevelDoubtful { level, doubt: LevelDoubt::SourceReads { read } }) => format!("Tingkat penghasilan {} mengikuti pola tabel; satu-satunya sumber tabel menulis {}. Periksa teks resmi.", money(*level), money(*read)),
        (Lang::Id, Warning::BpuLevelDoubtful { level, doubt: LevelDoubt::MissingFromSource }) => format!("Baris tingkat penghasilan {} tidak ada di satu-satunya sumber tabel; nilainya cocok dengan tingkat tertinggi yang terkonfirmasi. Periksa teks resmi.", money(*level)),
        (Lang::Id, Warning::JpCapFromUser { cap, .. }) => format!("Batas upah JP bulan ini belum diterbitkan: JP dihitung dengan batas yang Anda isi ({}), angka Anda sendiri.", money(*cap)),
        (Lang::Id, Warning::ReliefNotForApbd) => format!("Diskon {} berlaku bulan ini, tetapi tidak untuk peserta yang iurannya dibayar APBN/APBD.", regulation(bpu_2026(false))),
        (Lang::Id, Warning::PadatKaryaOutsideWindow) => format!("Diskon padat karya hanya untuk iuran {}.", window(lang, &PADAT_KARYA_JKK)),
        (Lang::En, Warning::UpahAboveJpCap { cap }) => format!("The wage is above the JP wage cap ({}): JP is computed on the cap.", money(*cap)),
        (Lang::En, Warning::JpCapNotPublished(_)) => "The JP wage cap for this date is not published yet: JP is not computed and not in the total.".to_string(),
        (Lang::En, Warning::PenghasilanBelowLevels { min }) => format!("Income below the lowest level: computed on {}.", money(*min)),
        (Lang::En, Warning::PenghasilanAboveLevels { max }) => format!("Income above the highest level: computed on {}.", money(*max)),
        (Lang::En, Warning::BpuLevelDoubtful { level, doubt: LevelDoubt::SourceReads { read } }) => format!("The income level {} follows the table's pattern; the table's only source reads {}. Check the official text.", money(*level), money(*read)),
        (Lang::En, Warning::BpuLevelDoubtful { level, doubt: LevelDoubt::MissingFromSource }) => format!("The income level {} is missing from the table's only source; it matches the confirmed top level. Check the official text.", money(*level)),
        (Lang::En, Warning::JpCapFromUser { cap, .. }) => format!("The JP wage cap for this month is not published yet: JP uses the cap you entered ({}), your own figure.", money(*cap)),
        (Lang::En, Warning::ReliefNotForApbd) => format!("The {} discount is in force this month, but not for participants paid from APBN/APBD.", regulation(bpu_2026(false))),
        (Lang::En, Warning::PadatKaryaOutsideWindow) => format!("The labour-intensive discount only covers contributions {}.", window(lang, &PADAT_KARYA_JKK)),
    }
}

pub fn field_name(lang: Lang, field: Field) -> &'static str {
    match (lang, field) {
        (Lang::Id, Field::Upah) => "upah",
        (Lang::Id, Field::UpahHarian) => "upah harian",
        (Lang::Id, Field::Penghasilan) => "penghasilan",
        (Lang::Id, Field::BayarBulan) => "periode bayar",
        (Lang::Id, Field::NilaiKontrak) => "nilai kontrak",
        (Lang::Id, Field::TambahanBulan) => "bulan tambahan",
        (Lang::Id, Field::JhtBulanan) => "JHT per bulan",
        (Lang::Id, Field::Tahun) => "tahun",
        (Lang::Id, Field::BatasJp) => "batas upah JP",
        (Lang::Id, Field::BulanTerlambat) => "bulan terlambat",
        (Lang::En, Field::Upah) => "wage",
        (Lang::En, Field::UpahHarian) => "daily wage",
        (Lang::En, Field::Penghasilan) => "income",
        (Lang::En, Field::BayarBulan) => "payment period",
        (Lang::En, Field::NilaiKontrak) => "contract value",
        (Lang::En, Field::TambahanBulan) => "extra months",
        (Lang::En, Field::JhtBulanan) => "monthly JHT",
        (Lang::En, Field::Tahun) => "year",
        (Lang::En, Field::BatasJp) => "JP wage cap",
        (Lang::En, Field::BulanTerlambat) => "months late",
    }
}

pub fn pmi_stage(lang: Lang, stage: PmiStage) -> &'static str {
    match (lang, stage) {
        (Lang::Id, PmiStage::PraPenempatan) => "sebelum berangkat",
        (Lang::Id, PmiStage::Penempatan) => "selama dan setelah bekerja",
        (Lang::Id, PmiStage::TambahanBulan) => "bulan tambahan",
        (Lang::En, PmiStage::PraPenempatan) => "before departure",
        (Lang::En, PmiStage::Penempatan) => "during and after work",
        (Lang::En, PmiStage::TambahanBulan) => "extra months",
    }
}

/// "1 bulan" / "12 months".
pub fn months_label(lang: Lang, months: u32) -> String {
    match (lang, months) {
        (Lang::Id, m) => format!("{m} bulan"),
        (Lang::En, 1) => "1 month".to_string(),
        (Lang::En, m) => format!("{m} months"),
    }
}

/// Why a calculation could not be done, in words.
pub fn error(lang: Lang, error: &IuranError) -> String {
    match error {
        IuranError::NotCovered(missing) => common::not_covered(lang, missing),
        IuranError::Negative(field) | IuranError::TooLarge(field) | IuranError::Invalid(field) => {
            let name = field_name(lang, *field);
            match lang {
                Lang::Id => format!("Nilai {name} tidak dapat dipakai."),
                Lang::En => format!("The {name} cannot be used."),
            }
        }
    }
}

/// What a temporary measure did to a line: "…: normal Rp 8.400, potongan Rp 4.200."
pub fn relief(
    lang: Lang,
    measure: Measure,
    normal: &str,
    discount: &str,
    deferred: Option<String>,
) -> String {
    let name = self::measure(lang, measure);
    match lang {
        Lang::Id => format!(
            "{name}: normal {normal}, potongan {discount}{}.",
            deferred
                .map(|d| format!(" (ditangguhkan {d})"))
                .unwrap_or_default()
        ),
        Lang::En => format!(
            "{name}: normally {normal}, discount {discount}{}.",
            deferred.map(|d| format!(" (deferred {d})")).unwrap_or_default()
        ),
    }
}

/// The regulations of a rule's values, joined: "PP 7/2025, PP 36/2025".
fn regulation<T>(rule: &Rule<T>) -> String {
    let mut names: Vec<&str> = Vec::new();
    for entry in rule.values {
        if !names.contains(&entry.source.regulation) {
            names.push(entry.source.regulation);
        }
    }
    names.join(", ")
}

/// "Januari 2026" / "January 2026".
pub fn month_year(lang: Lang, date: Date) -> String {
    format!("{} {}", common::month_name(lang, date), date.year())
}

/// The contribution months a measure covers: "Februari 2025 – Januari 2026".
fn window(lang: Lang, rule: &Rule<Relief>) -> String {
    let Some(span) = rule.span() else {
        return String::new();
    };
    let first = month_year(lang, span.from);
    match span.until.and_then(|until| until.add_months(-1)) {
        Some(last) => format!("{first} – {}", month_year(lang, last)),
        None => match lang {
            Lang::Id => format!("mulai {first}"),
            Lang::En => format!("from {first}"),
        },
    }
}

/// "Upah sebulan = upah sehari × 25." with the days of `rules::pu::DAILY_WAGE_DAYS`.
pub fn upah_harian_hint(lang: Lang, days: u8) -> String {
    match lang {
        Lang::Id => format!("Upah sebulan = upah sehari × {days}."),
        Lang::En => format!("Monthly wage = daily wage × {days}."),
    }
}

/// Where the risk classes are set, from the source of `rules::pu::JKK`.
pub fn risiko_hint(lang: Lang, source: &Source) -> String {
    match lang {
        Lang::Id => format!(
            "Ditetapkan menurut jenis usaha ({} {}).",
            source.regulation, source.article
        ),
        Lang::En => format!(
            "Set by the type of business ({} {}).",
            source.regulation, source.article
        ),
    }
}

/// The labour-intensive measure: its discount, who qualifies, its window and its regulations,
/// all from `rules::relief::PADAT_KARYA_JKK`.
pub fn padat_karya_hint(lang: Lang) -> String {
    let rule = &PADAT_KARYA_JKK;
    let discount = rule
        .latest()
        .map(|entry| Percent::new((Decimal::ONE - entry.value.paid) * Decimal::ONE_HUNDRED).format(lang))
        .unwrap_or_default();
    let (window, regulations) = (window(lang, rule), regulation(rule));
    match lang {
        Lang::Id => format!("Diskon JKK {discount} untuk makanan-minuman-tembakau, tekstil dan pakaian jadi, kulit, alas kaki, mainan anak, furnitur; ≥ 50 peserta aktif. Iuran {window} ({regulations})."),
        Lang::En => format!("A {discount} JKK discount for food-beverage-tobacco, textiles and apparel, leather, footwear, children's toys, furniture; ≥ 50 active participants. Contributions {window} ({regulations})."),
    }
}

/// The income levels of `rules::bpu::LEVELS`: the lowest and the highest.
pub fn penghasilan_hint(lang: Lang, lowest: Rupiah, highest: Rupiah) -> String {
    let (lowest, highest) = (lowest.format(lang), highest.format(lang));
    match lang {
        Lang::Id => format!("Iuran dihitung dari tingkat penghasilan, antara {lowest} dan {highest}."),
        Lang::En => format!("Contributions are computed on income levels between {lowest} and {highest}."),
    }
}

/// The BPU JHT rate of `rules::bpu::JHT`.
pub fn bpu_jht_hint(lang: Lang, rate: Percent) -> String {
    let rate = rate.format(lang);
    match lang {
        Lang::Id => format!("{rate} dari tingkat penghasilan."),
        Lang::En => format!("{rate} of the income level."),
    }
}

/// The income level a BPU income pays on, and the range of incomes that pay on it (`from` is
/// `None` for the lowest range, `until` for the top one).
pub fn level_note(lang: Lang, level: &str, from: Option<&str>, until: Option<&str>) -> String {
    let range = match (lang, from, until) {
        (Lang::Id, Some(from), Some(until)) => format!("penghasilan {from} sampai di bawah {until}"),
        (Lang::Id, None, Some(until)) => format!("penghasilan di bawah {until}"),
        (Lang::Id, Some(from), None) => format!("penghasilan {from} ke atas"),
        (Lang::En, Some(from), Some(until)) => format!("incomes from {from} up to below {until}"),
        (Lang::En, None, Some(until)) => format!("incomes below {until}"),
        (Lang::En, Some(from), None) => format!("incomes of {from} and above"),
        (_, None, None) => String::new(),
    };
    match lang {
        Lang::Id => format!("Tingkat penghasilan yang dipakai: {level} (untuk {range})."),
        Lang::En => format!("Income level used: {level} (for {range})."),
    }
}

/// The note of a BPU month lowered by a temporary measure.
pub fn month_note(lang: Lang, measure: Measure, normal: &str) -> String {
    let name = measure_name(lang, measure);
    match lang {
        Lang::Id => format!("{name}; normal {normal}"),
        Lang::En => format!("{name}; normally {normal}"),
    }
}

/// A PU contribution month paid late: its deadline and the fine.
pub struct PuLate<'a> {
    pub month: &'a str,
    pub deadline: &'a str,
    pub months_late: u16,
    pub rate: &'a str,
    pub iuran: &'a str,
    pub denda: &'a str,
}

pub fn pu_late(lang: Lang, l: &PuLate) -> String {
    let PuLate {
        month,
        deadline,
        months_late,
        rate,
        iuran,
        denda,
    } = l;
    match lang {
        Lang::Id => format!("Iuran bulan {month} ({iuran}) harus dibayar paling lambat {deadline}. Terlambat {months_late} bulan: denda {rate} × {months_late} × {iuran} = {denda}, dibayar pemberi kerja di samping iurannya."),
        Lang::En => format!("The contribution for {month} ({iuran}) is due by {deadline}. Paid {months_late} months late: a fine of {rate} × {months_late} × {iuran} = {denda}, owed by the employer on top of the contribution."),
    }
}

/// The BPU rule for unpaid months: no fine, arrears for `grace` months, then membership ends.
pub fn bpu_late(lang: Lang, months_late: u16, grace: u8, lapsed: bool) -> String {
    let rule = match lang {
        Lang::Id => format!("Peserta BPU tidak dikenakan denda ({}). Tunggakan dapat dibayar paling lama {grace} bulan; bila lebih dari {grace} bulan berturut-turut tidak dibayar, kepesertaan berakhir (dapat didaftarkan kembali).", Rupiah::ZERO.format(lang)),
        Lang::En => format!("BPU participants pay no fine ({}). Arrears can be paid for at most {grace} months; after more than {grace} consecutive unpaid months membership ends (it can be restarted).", Rupiah::ZERO.format(lang)),
    };
    let status = match (lang, lapsed) {
        (Lang::Id, false) => {
            format!("Dengan {months_late} bulan belum dibayar, tunggakan masih dapat dibayar.")
        }
        (Lang::Id, true) => format!("Dengan {months_late} bulan belum dibayar, kepesertaan sudah berakhir."),
        (Lang::En, false) => format!("With {months_late} months unpaid, the arrears can still be paid."),
        (Lang::En, true) => format!("With {months_late} months unpaid, membership has ended."),
    };
    format!("{rule} {status}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measure_cites_the_regulations_of_its_rule() {
        assert_eq!(
            measure(Lang::Id, Measure::Bpu2026),
            "Diskon JKK+JKM peserta BPU (PP 50/2025)"
        );
        assert_eq!(
            measure(Lang::En, Measure::PadatKarya2025),
            "Labour-intensive industry JKK discount (PP 7/2025, PP 36/2025)"
        );
        assert_eq!(
            measure(Lang::En, Measure::Covid2020),
            "COVID-19 relief (PP 49/2020)"
        );
    }
}
