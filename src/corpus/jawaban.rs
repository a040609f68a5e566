//! Stage 1 for a survey's answers: a CSV file, one row per respondent, one column per element
//! of the survey, answers 1 to 4. Headers name the elements (`persyaratan` or `U1`, …); other
//! columns (time stamp, age, suggestions) are left alone. Separators `,`, `;` and tab are
//! recognised from the header, as spreadsheets in an Indonesian locale write `;`.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::ikm::Jumlah;
use crate::model::survei::Unsur;
use crate::source::SourceFile;

/// The most problems reported for one file; the rest are counted in one more message.
const MAX_PROBLEMS: usize = 20;

/// Reads the answers of `file` into their sums, or says every problem with where it is.
pub fn read(file: &Arc<SourceFile>) -> Result<Jumlah, Vec<Diagnostic>> {
    let text = file.text.as_str();
    let text_start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(&text[text_start..]))
        .flexible(true)
        .has_headers(true)
        .from_reader(&text.as_bytes()[text_start..]);
    let headers = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(error) => return Err(vec![syntax(file, &error)]),
    };
    let columns = columns(file, &headers)?;
    let mut sums = Jumlah::default();
    let mut problems = Vec::new();
    let mut over = 0usize;
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                problems.push(syntax(file, &error));
                break;
            }
        }
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let start = record.position().map_or(0, |p| p.byte() as usize) + text_start;
        let mut answers = [None; 9];
        for (unsur, column) in Unsur::SEMUA.iter().zip(columns) {
            let cell = record.get(column).unwrap_or_default();
            match answer(cell) {
                Ok(a) => answers[*unsur as usize] = a,
                Err(()) if problems.len() < MAX_PROBLEMS => {
                    let span = cell_span(text, start, &record, column);
                    problems.push(out_of_range(file, span, cell, *unsur));
                }
                Err(()) => over += 1,
            }
        }
        sums.tambah(answers);
    }
    if over > 0 {
        problems.push(
            Diagnostic::new(
                Code::SurveyAnswers,
                file,
                format!("dan {over} jawaban lain di luar 1 sampai 4"),
            )
            .help("perbaiki jawaban-jawaban di atas dahulu, lalu periksa lagi"),
        );
    }
    if problems.is_empty() && sums.responden == 0 {
        problems.push(
            Diagnostic::new(
                Code::SurveyAnswers,
                file,
                "berkas jawaban tidak memuat satu jawaban pun",
            )
            .help("satu baris per responden di bawah baris judul kolom"),
        );
    }
    if problems.is_empty() {
        Ok(sums)
    } else {
        Err(problems)
    }
}

/// The separator the header line uses most: `;`, tab or `,`.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|c| (count(char::from(*c)), *c == b','))
        .unwrap_or(b',')
}

/// The column of each element, U1 to U9, or what is wrong with the header.
fn columns(
    file: &Arc<SourceFile>,
    headers: &csv::ByteRecord,
) -> Result<[usize; 9], Vec<Diagnostic>> {
    let header_span = 0..file.text.lines().next().map_or(0, str::len);
    let mut found: [Option<usize>; 9] = [None; 9];
    let mut problems = Vec::new();
    for (i, name) in headers.iter().enumerate() {
        let Some(unsur) = Unsur::dari_judul(&String::from_utf8_lossy(name)) else {
            continue;
        };
        if found[unsur as usize].is_some() {
            problems.push(
                Diagnostic::new(
                    Code::SurveyAnswers,
                    file,
                    format!(
                        "unsur `{}` ({}) punya dua kolom",
                        unsur.kunci(),
                        unsur.kode()
                    ),
                )
                .at(header_span.clone())
                .help("hapus atau ganti judul salah satu kolom"),
            );
        }
        found[unsur as usize] = Some(i);
    }
    let missing: Vec<String> = Unsur::SEMUA
        .iter()
        .filter(|u| found[**u as usize].is_none())
        .map(|u| format!("`{}` ({})", u.kunci(), u.kode()))
        .collect();
    if !missing.is_empty() {
        problems.push(
            Diagnostic::new(
                Code::SurveyAnswers,
                file,
                format!("judul kolom tidak menyebut unsur {}", missing.join(", ")),
            )
            .at(header_span)
            .help("baris pertama berkas jawaban memberi judul tiap kolom unsur: `persyaratan`, `prosedur`, `waktu`, `biaya`, `produk`, `kompetensi`, `perilaku`, `pengaduan`, `sarana` (atau `U1` sampai `U9`, urutan PermenPANRB 14/2017)"),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(found.map(|c| c.unwrap_or_default()))
}

/// One answer: empty for not answered, else a whole number 1 to 4.
fn answer(cell: &[u8]) -> Result<Option<u8>, ()> {
    let cell = cell.trim_ascii();
    match cell {
        [] => Ok(None),
        [d @ b'1'..=b'4'] => Ok(Some(d - b'0')),
        _ => Err(()),
    }
}

/// Where a cell lies in the file: found at its place when it is written as read (no quotes),
/// else the whole row.
fn cell_span(
    text: &str,
    row_start: usize,
    record: &csv::ByteRecord,
    column: usize,
) -> Range<usize> {
    let row_end = text[row_start.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |n| row_start + n);
    let whole_row = row_start.min(text.len())..row_end;
    let Some(range) = record.range(column) else {
        return whole_row;
    };
    let guess = row_start + range.start + column;
    let cell = record.get(column).unwrap_or_default();
    match text.as_bytes().get(guess..guess + cell.len()) {
        Some(found) if found == cell && !cell.is_empty() => guess..guess + cell.len(),
        _ => whole_row,
    }
}

fn out_of_range(
    file: &Arc<SourceFile>,
    span: Range<usize>,
    cell: &[u8],
    unsur: Unsur,
) -> Diagnostic {
    Diagnostic::new(
        Code::SurveyAnswers,
        file,
        format!(
            "jawaban `{}` untuk unsur `{}` bukan angka 1 sampai 4",
            String::from_utf8_lossy(cell).trim(),
            unsur.kunci()
        ),
    )
    .at(span)
    .label("di sini")
    .help("tulis 1 (tidak baik), 2 (kurang baik), 3 (baik) atau 4 (sangat baik), atau kosongkan bila responden tidak menjawab unsur ini")
}

fn syntax(file: &Arc<SourceFile>, error: &csv::Error) -> Diagnostic {
    let at = error.position().map(|p| p.byte() as usize);
    let reason = match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "berkas jawaban bukan teks UTF-8".to_string(),
        _ => format!("berkas jawaban tidak dapat dibaca sebagai CSV ({error})"),
    };
    let diagnostic = Diagnostic::new(Code::SurveyAnswers, file, reason)
        .help("simpan ulang lembar jawaban dari aplikasi lembar kerja sebagai CSV (UTF-8)");
    match at {
        Some(at) => diagnostic.at(at..at),
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sums(text: &str) -> Result<Jumlah, Vec<Diagnostic>> {
        read(&SourceFile::new("u/skm.csv", text))
    }

    #[test]
    fn answers_add_up_per_element_whatever_the_separator_and_extra_columns() {
        let comma = "waktu isi,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran\n\"1/2/2026, 09.00\",4,3,3,4,4,3,3,2,3,\"lebih cepat, ya\"\n2026-02-01,3,3,,4,4,3,3,2,3,\n";
        let semicolon = "persyaratan;prosedur;waktu;biaya;produk;kompetensi;perilaku;pengaduan;sarana\n4;3;3;4;4;3;3;2;3\n3;3;;4;4;3;3;2;3\n";
        for text in [comma, semicolon] {
            let got = sums(text).map_err(|p| p[0].message.clone());
            let got = got.unwrap_or_else(|m| panic!("{m}"));
            assert_eq!(got.responden, 2);
            assert_eq!(got.unsur[0], (7, 2));
            assert_eq!(got.unsur[2], (3, 1), "an empty cell is not an answer");
        }
    }

    #[test]
    fn an_answer_outside_one_to_four_is_pointed_at() {
        let text = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,3,5,4,4,3,3,2,3\n";
        let problems = sums(text).err().unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("`5`"),
            "{}",
            problems[0].message
        );
        assert_eq!(problems[0].line_col(), (2, 5));
    }

    #[test]
    fn a_header_without_every_element_is_refused() {
        let problems = sums("U1,U2\n4,3\n").err().unwrap_or_default();
        assert!(
            problems[0].message.contains("`waktu` (U3)"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn a_file_without_answers_is_refused() {
        assert!(sums("U1,U2,U3,U4,U5,U6,U7,U8,U9\n").is_err());
    }
}
