//! The arithmetic of PermenPANRB 14/2017 for the satisfaction survey: the average per element
//! (NRR), the index (IKM) weighted equally over the nine elements, its conversion to 25–100,
//! the quality grade, and the minimum number of respondents for a population (Krejcie and
//! Morgan, the table the regulation prints).
//!
//! The regulation's formulas, as applied here:
//! - `NRR unsur = jumlah nilai persepsi unsur itu ÷ jumlah responden yang menjawabnya`;
//! - `bobot = jumlah bobot ÷ jumlah unsur = 1 ÷ 9` (the regulation prints it rounded as 0,11;
//!   the exact ninth is used, so that nine equal answers give that answer back);
//! - `IKM = Σ (NRR unsur × bobot)`, `nilai konversi = IKM × 25`;
//! - the grade from the converted value rounded to two decimals: 25,00–64,99 D (tidak baik),
//!   65,00–76,60 C (kurang baik), 76,61–88,30 B (baik), 88,31–100,00 A (sangat baik).

use serde::Serialize;

use super::survei::Unsur;

/// The rule, as reports print it.
pub const RUMUS_IKM: &str = "NRR unsur = jumlah nilai unsur ÷ jumlah responden yang menjawabnya; IKM = Σ (NRR × 1/9); nilai = IKM × 25; mutu: 88,31–100 A (sangat baik), 76,61–88,30 B (baik), 65,00–76,60 C (kurang baik), 25,00–64,99 D (tidak baik) — PermenPANRB 14/2017";

/// The quality grade of a service from its converted index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Mutu {
    A,
    B,
    C,
    D,
}

impl Mutu {
    /// The grade of a converted index (25–100), rounded to two decimals first as the
    /// regulation's table lists them.
    pub fn dari_nilai(nilai: f64) -> Mutu {
        let hundredths = (nilai * 100.0).round();
        if hundredths >= 8831.0 {
            Mutu::A
        } else if hundredths >= 7661.0 {
            Mutu::B
        } else if hundredths >= 6500.0 {
            Mutu::C
        } else {
            Mutu::D
        }
    }

    /// The letter.
    pub fn huruf(self) -> &'static str {
        match self {
            Mutu::A => "A",
            Mutu::B => "B",
            Mutu::C => "C",
            Mutu::D => "D",
        }
    }

    /// The unit's performance the grade stands for (*kinerja unit pelayanan*).
    pub fn kinerja(self) -> &'static str {
        match self {
            Mutu::A => "Sangat baik",
            Mutu::B => "Baik",
            Mutu::C => "Kurang baik",
            Mutu::D => "Tidak baik",
        }
    }
}

/// The sums of the answers to each element: what a file of answers adds up to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Jumlah {
    /// Per element in the regulation's order: the sum of the answers and how many answered.
    pub unsur: [(u64, u64); 9],
    /// How many respondents (rows).
    pub responden: u64,
}

impl Jumlah {
    /// Adds one respondent's answers (`None`: not answered).
    pub fn tambah(&mut self, jawaban: [Option<u8>; 9]) {
        self.responden += 1;
        for (slot, answer) in self.unsur.iter_mut().zip(jawaban) {
            if let Some(a) = answer {
                slot.0 += u64::from(a);
                slot.1 += 1;
            }
        }
    }

    /// The average of each element, or the first element nobody answered.
    pub fn nrr(&self) -> Result<[f64; 9], Unsur> {
        let mut out = [0.0; 9];
        for (i, (sum, count)) in self.unsur.iter().enumerate() {
            if *count == 0 {
                return Err(Unsur::SEMUA[i]);
            }
            out[i] = *sum as f64 / *count as f64;
        }
        Ok(out)
    }
}

/// The index computed from the nine averages.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Indeks {
    /// The averages per element, U1 to U9.
    pub nrr: [f64; 9],
    /// The weighted index on the 1–4 scale.
    pub ikm: f64,
    /// The index converted to 25–100.
    pub nilai: f64,
    pub mutu: Mutu,
}

impl Indeks {
    /// The index of nine averages, each weighted 1/9.
    pub fn dari_nrr(nrr: [f64; 9]) -> Indeks {
        let bobot = 1.0 / Unsur::SEMUA.len() as f64;
        let ikm: f64 = nrr.iter().map(|n| n * bobot).sum();
        let nilai = ikm * 25.0;
        Indeks {
            nrr,
            ikm,
            nilai,
            mutu: Mutu::dari_nilai(nilai),
        }
    }

    /// The converted index as reports write it: two decimals, decimal comma.
    pub fn nilai_tertulis(&self) -> String {
        dua_desimal(self.nilai)
    }
}

/// A number with two decimals and a decimal comma (`82,47`).
pub fn dua_desimal(x: f64) -> String {
    format!("{:.2}", (x * 100.0).round() / 100.0).replace('.', ",")
}

/// The fewest respondents for a population of `populasi` users: Krejcie and Morgan's
/// `s = χ² N P (1−P) ÷ (d² (N−1) + χ² P (1−P))` with χ² = 3,841, P = 0,5 and d = 0,05, rounded
/// to the nearest whole number as in their table (whose row for 100,000 prints 384 where the
/// formula gives 383).
pub fn sampel_minimum(populasi: u64) -> u64 {
    if populasi == 0 {
        return 0;
    }
    let n = populasi as f64;
    let chi = 3.841;
    let pq = 0.25;
    let s = chi * n * pq / (0.0025 * (n - 1.0) + chi * pq);
    (s.round() as u64).min(populasi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_sizes_are_those_of_krejcie_and_morgans_table() {
        for (population, sample) in [
            (10, 10),
            (15, 14),
            (30, 28),
            (50, 44),
            (100, 80),
            (200, 132),
            (500, 217),
            (1000, 278),
            (2000, 322),
            (5000, 357),
            (10_000, 370),
            (20_000, 377),
            (50_000, 381),
            // The printed table says 384 here (and 382 for 75,000): its own rounding; the
            // formula it was computed with gives 382.6.
            (100_000, 383),
            (1_000_000, 384),
        ] {
            assert_eq!(sampel_minimum(population), sample, "N = {population}");
        }
    }

    #[test]
    fn the_grade_boundaries_are_the_regulations() {
        assert_eq!(Mutu::dari_nilai(100.0), Mutu::A);
        assert_eq!(Mutu::dari_nilai(88.31), Mutu::A);
        assert_eq!(Mutu::dari_nilai(88.304), Mutu::B);
        assert_eq!(Mutu::dari_nilai(76.61), Mutu::B);
        assert_eq!(Mutu::dari_nilai(76.60), Mutu::C);
        assert_eq!(Mutu::dari_nilai(65.0), Mutu::C);
        assert_eq!(Mutu::dari_nilai(64.99), Mutu::D);
        assert_eq!(Mutu::dari_nilai(25.0), Mutu::D);
    }

    #[test]
    fn nine_equal_averages_give_that_average_back() {
        let index = Indeks::dari_nrr([3.0; 9]);
        assert!((index.ikm - 3.0).abs() < 1e-12);
        assert_eq!(index.nilai_tertulis(), "75,00");
        assert_eq!(index.mutu, Mutu::C);
    }

    #[test]
    fn an_element_nobody_answered_is_named() {
        let mut sums = Jumlah::default();
        let mut answers = [Some(4); 9];
        answers[2] = None;
        sums.tambah(answers);
        assert_eq!(sums.nrr(), Err(Unsur::Waktu));
    }
}
