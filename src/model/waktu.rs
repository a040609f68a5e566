//! Calendar dates, days of the week and opening-hour ranges.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Pattern of a date in the files: `YYYY-MM-DD`, the form YAML editors and JSON understand.
pub const POLA_TANGGAL: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// Pattern of a time range: `08.00-15.30` (a dot or a colon; `-`, `–`, `s.d.` or `sampai`).
pub const POLA_RENTANG_JAM: &str = "^([01][0-9]|2[0-4])[.:]([0-5][0-9]) *(?:-|–|s\\.d\\.|s/d|sampai) *([01][0-9]|2[0-4])[.:]([0-5][0-9])$";

/// A calendar date written `YYYY-MM-DD`. The pattern is checked by the schema; whether the
/// day exists (no 30 February) by the semantic checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tanggal {
    /// Year.
    pub tahun: u16,
    /// Month, 1–12 once checked.
    pub bulan: u8,
    /// Day of the month.
    pub hari: u8,
}

const NAMA_BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Tanggal {
    /// Whether the date exists in the Gregorian calendar.
    pub fn ada_di_kalender(&self) -> bool {
        let leap = (self.tahun.is_multiple_of(4) && !self.tahun.is_multiple_of(100))
            || self.tahun.is_multiple_of(400);
        let days = match self.bulan {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&self.hari)
    }

    /// `2 Januari 2024`.
    pub fn indonesia(&self) -> String {
        let month = NAMA_BULAN
            .get(usize::from(self.bulan).wrapping_sub(1))
            .unwrap_or(&"?");
        format!("{} {} {}", self.hari, month, self.tahun)
    }

    /// The same day `bulan` months later; a day the later month lacks becomes its last day
    /// (31 January + 1 month is 28 or 29 February).
    pub fn tambah_bulan(&self, bulan: u32) -> Tanggal {
        let months = u32::from(self.tahun) * 12 + u32::from(self.bulan.saturating_sub(1)) + bulan;
        let mut date = Tanggal {
            tahun: u16::try_from(months / 12).unwrap_or(u16::MAX),
            bulan: (months % 12) as u8 + 1,
            hari: self.hari,
        };
        while date.hari > 28 && !date.ada_di_kalender() {
            date.hari -= 1;
        }
        date
    }

    /// The next day.
    pub fn besok(&self) -> Tanggal {
        let mut next = Tanggal {
            hari: self.hari.saturating_add(1),
            ..*self
        };
        if !next.ada_di_kalender() {
            next = Tanggal {
                hari: 1,
                ..self.tambah_bulan(1)
            };
        }
        next
    }

    /// The date `days` days after 1 January 1970 (the proleptic Gregorian calendar), as
    /// counted by a clock; used to turn the system time into today's date.
    pub fn dari_hari_unix(days: i64) -> Tanggal {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Tanggal {
            tahun: u16::try_from(year.clamp(0, 9999)).unwrap_or(0),
            bulan: month as u8,
            hari: day as u8,
        }
    }

    /// `2 January 2024`.
    pub fn english(&self) -> String {
        let month = MONTH_NAMES
            .get(usize::from(self.bulan).wrapping_sub(1))
            .unwrap_or(&"?");
        format!("{} {} {}", self.hari, month, self.tahun)
    }
}

#[cfg(test)]
mod tanggal_tests {
    use super::Tanggal;

    fn t(text: &str) -> Tanggal {
        text.parse().expect("a date")
    }

    #[test]
    fn months_are_added_to_the_last_day_a_month_has() {
        assert_eq!(t("2026-01-31").tambah_bulan(1), t("2026-02-28"));
        assert_eq!(t("2028-01-31").tambah_bulan(1), t("2028-02-29"));
        assert_eq!(t("2026-12-07").tambah_bulan(12), t("2027-12-07"));
        assert_eq!(t("2026-11-15").tambah_bulan(3), t("2027-02-15"));
        assert_eq!(t("2026-12-31").besok(), t("2027-01-01"));
        assert_eq!(t("2028-02-28").besok(), t("2028-02-29"));
    }

    #[test]
    fn clock_days_become_calendar_dates() {
        assert_eq!(Tanggal::dari_hari_unix(0), t("1970-01-01"));
        assert_eq!(Tanggal::dari_hari_unix(20_794), t("2026-12-07"));
        assert_eq!(Tanggal::dari_hari_unix(11_016), t("2000-02-29"));
    }
}

impl fmt::Display for Tanggal {
    /// ISO 8601, `2024-01-02`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.tahun, self.bulan, self.hari)
    }
}

impl FromStr for Tanggal {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = || format!("`{text}` bukan tanggal berbentuk TTTT-BB-HH");
        let mut parts = text.splitn(3, '-');
        let mut next = || parts.next().ok_or_else(fail);
        let (y, m, d) = (next()?, next()?, next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(fail());
        }
        Ok(Tanggal {
            tahun: y.parse().map_err(|_| fail())?,
            bulan: m.parse().map_err(|_| fail())?,
            hari: d.parse().map_err(|_| fail())?,
        })
    }
}

impl<'de> Deserialize<'de> for Tanggal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for Tanggal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Tanggal {
    fn schema_name() -> Cow<'static, str> {
        "Tanggal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "Tanggal",
            "description": "Tanggal berbentuk TTTT-BB-HH, misalnya `2024-01-02` untuk 2 Januari 2024.",
            "type": "string",
            "pattern": POLA_TANGGAL,
            "patternErrorMessage": "Tulis tanggal sebagai TTTT-BB-HH, misalnya `2024-01-02` untuk 2 Januari 2024.",
            "examples": ["2024-01-02"]
        })
    }
}

/// # Hari
///
/// Nama hari dalam huruf kecil: `senin`, `selasa`, `rabu`, `kamis`, `jumat`, `sabtu`, `minggu`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Hari {
    Senin,
    Selasa,
    Rabu,
    Kamis,
    Jumat,
    Sabtu,
    Minggu,
}

impl Hari {
    /// All days, Monday first.
    pub const SEMUA: [Hari; 7] = [
        Hari::Senin,
        Hari::Selasa,
        Hari::Rabu,
        Hari::Kamis,
        Hari::Jumat,
        Hari::Sabtu,
        Hari::Minggu,
    ];

    /// Capitalised Indonesian name.
    pub fn nama(self) -> &'static str {
        [
            "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
        ][self as usize]
    }

    /// English name.
    pub fn english(self) -> &'static str {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][self as usize]
    }

    /// schema.org day name.
    pub fn schema_org(self) -> &'static str {
        self.english()
    }
}

/// A clock time in minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pukul(pub u16);

impl Pukul {
    /// Whether the time is between 00.00 and 24.00.
    pub fn valid(self) -> bool {
        self.0 <= 24 * 60
    }
}

impl fmt::Display for Pukul {
    /// `08.00`, the Indonesian way.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}", self.0 / 60, self.0 % 60)
    }
}

/// An opening-hours range such as `08.00-15.30`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RentangJam {
    /// Opening time.
    pub buka: Pukul,
    /// Closing time.
    pub tutup: Pukul,
}

impl FromStr for RentangJam {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        #[allow(clippy::panic, reason = "a constant pattern, compiled by the tests")]
        static REGEX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(POLA_RENTANG_JAM).unwrap_or_else(|e| panic!("POLA_RENTANG_JAM: {e}"))
        });
        let fail = || format!("`{text}` bukan rentang jam seperti `08.00-15.30`");
        let c = REGEX.captures(text).ok_or_else(fail)?;
        let num = |i: usize| -> Result<u16, String> {
            c.get(i)
                .ok_or_else(fail)?
                .as_str()
                .parse()
                .map_err(|_| fail())
        };
        Ok(RentangJam {
            buka: Pukul(num(1)? * 60 + num(2)?),
            tutup: Pukul(num(3)? * 60 + num(4)?),
        })
    }
}

impl fmt::Display for RentangJam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.buka, self.tutup)
    }
}

impl<'de> Deserialize<'de> for RentangJam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for RentangJam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("RentangJam", 2)?;
        s.serialize_field("buka", &self.buka.to_string())?;
        s.serialize_field("tutup", &self.tutup.to_string())?;
        s.end()
    }
}

impl JsonSchema for RentangJam {
    fn schema_name() -> Cow<'static, str> {
        "RentangJam".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "Rentang jam",
            "description": "Jam buka dan jam tutup, misalnya `08.00-15.30` (titik atau titik dua; dua angka untuk jam dan menit).",
            "type": "string",
            "pattern": POLA_RENTANG_JAM,
            "patternErrorMessage": "Tulis jam buka dan jam tutup dengan dua angka jam dan dua angka menit, misalnya `08.00-15.30`.",
            "examples": ["08.00-15.30", "07.30-12.00"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_check_the_calendar() {
        let date: Tanggal = "2024-02-29".parse().unwrap();
        assert!(date.ada_di_kalender());
        assert_eq!(date.indonesia(), "29 Februari 2024");
        let bad: Tanggal = "2023-02-29".parse().unwrap();
        assert!(!bad.ada_di_kalender());
        assert!("2024-1-2".parse::<Tanggal>().is_err());
    }

    #[test]
    fn time_ranges_accept_dot_colon_and_dash_forms() {
        let range: RentangJam = "08.00-15.30".parse().unwrap();
        assert_eq!(range.to_string(), "08.00–15.30");
        let range: RentangJam = "07:30 – 12:00".parse().unwrap();
        assert_eq!((range.buka.0, range.tutup.0), (450, 720));
        assert!("8-15".parse::<RentangJam>().is_err());
    }
}
