//! Positioned lines (from a PDF) back to text, tables rebuilt: where pieces of several lines
//! start at the same few places across the page, those places are a table's columns. A
//! line with a piece in the first column starts a row; the lines below it add to its cells
//! (a label wrapped onto two lines, a cell's numbered list). Each row is written as
//! `| cell | cell |` with the last cell's lines kept apart, as the Word and HTML readers
//! write theirs, so that the line reader sees one form for every table.

/// One word of a line: where it starts, the gap before it and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Kata {
    /// Left edge (page units).
    pub x: f64,
    /// Right edge (page units).
    pub akhir: f64,
    /// The gap from the word before, in font sizes (infinite for the first).
    pub celah: f64,
    /// The text.
    pub teks: String,
}

/// One line of a page: its baseline, font size and words left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct BarisHalaman {
    /// Baseline, up the page (page units).
    pub y: f64,
    /// The largest font size on the line.
    pub size: f64,
    /// The words, left to right.
    pub kata: Vec<Kata>,
}

/// A run of words with no column gap inside, and where it starts.
#[derive(Debug, Clone, PartialEq)]
struct PotonganKata {
    x: f64,
    /// Right edge.
    akhir: f64,
    /// Width of the first word (whether it would have fitted on the line above).
    lebar_awal: f64,
    teks: String,
}

/// A gap this many font sizes wide always separates columns.
const COLUMN_GAP: f64 = 1.0;

/// A gap this wide separates columns where the next word starts a column (a two-digit row
/// number sits close to its label).
const NARROW_COLUMN_GAP: f64 = 0.4;

/// Pieces starting within this distance (page units) are in one column.
const TOLERANCE: f64 = 4.0;

/// A column needs pieces from at least this many lines with more than one piece.
const LEAST_ROWS: usize = 3;

/// A vertical gap larger than this many font sizes ends a paragraph.
const PARAGRAPH_GAP: f64 = 1.8;

/// The lines as text, tables as rows.
pub fn teks(lines: &[BarisHalaman]) -> String {
    let wide: Vec<Vec<PotonganKata>> = lines.iter().map(|l| pieces(l, &[])).collect();
    let columns = columns(&wide);
    let mut out: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<Vec<PotonganKata>>> = Vec::new();
    let mut previous: Option<&BarisHalaman> = None;
    for line in lines {
        let pieces = pieces(line, &columns);
        let open = rows.last().is_some_and(|row| label_open(&row[0]));
        let placed = place(&pieces, &columns, !rows.is_empty(), open);
        match placed {
            Some(cells) => {
                let continues = rows.last().is_some_and(|row| !starts_row(row, &cells));
                if !continues {
                    rows.push(vec![Vec::new(); columns.len()]);
                }
                if let Some(row) = rows.last_mut() {
                    for (column, piece) in cells {
                        row[column].push(piece);
                    }
                }
            }
            None => {
                flush(&mut rows, line.size, &mut out);
                if previous.is_some_and(|p| paragraph_break(p, line)) {
                    out.push(String::new());
                }
                out.push(
                    pieces
                        .iter()
                        .map(|p| p.teks.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
        }
        previous = Some(line);
    }
    flush(&mut rows, previous.map_or(0.0, |l| l.size), &mut out);
    out.join("\n")
}

/// The words of a line as pieces: split at every column gap, and at a narrower gap before
/// a word that starts one of `columns`.
fn pieces(line: &BarisHalaman, columns: &[(f64, f64)]) -> Vec<PotonganKata> {
    let mut out: Vec<PotonganKata> = Vec::new();
    for word in &line.kata {
        let starts_column = word.celah >= NARROW_COLUMN_GAP
            && columns
                .iter()
                .any(|(low, high)| (*low..=*high).contains(&word.x));
        match out.last_mut() {
            Some(piece) if word.celah < COLUMN_GAP && !starts_column => {
                piece.teks.push(' ');
                piece.teks.push_str(&word.teks);
                piece.akhir = word.akhir;
            }
            _ => out.push(PotonganKata {
                x: word.x,
                akhir: word.akhir,
                lebar_awal: word.akhir - word.x,
                teks: word.teks.clone(),
            }),
        }
    }
    out
}

/// Whether the space above `line` (or a new page) ends a paragraph.
fn paragraph_break(above: &BarisHalaman, line: &BarisHalaman) -> bool {
    let drop = above.y - line.y;
    drop < 0.0 || drop > line.size.max(above.size) * PARAGRAPH_GAP
}

/// The columns: starts shared by pieces of enough lines with several pieces, as ranges.
fn columns(lines: &[Vec<PotonganKata>]) -> Vec<(f64, f64)> {
    let mut starts: Vec<f64> = lines
        .iter()
        .filter(|l| l.len() > 1)
        .flat_map(|l| l.iter().map(|p| p.x))
        .collect();
    starts.sort_by(f64::total_cmp);
    let mut clusters: Vec<(f64, f64, usize)> = Vec::new();
    for x in starts {
        match clusters.last_mut() {
            Some((_, high, count)) if x - *high <= TOLERANCE => {
                *high = x;
                *count += 1;
            }
            _ => clusters.push((x, x, 1)),
        }
    }
    let found: Vec<(f64, f64)> = clusters
        .into_iter()
        .filter(|(_, _, count)| *count >= LEAST_ROWS)
        .map(|(low, high, _)| (low - TOLERANCE, high + TOLERANCE))
        .collect();
    if found.len() < 2 { Vec::new() } else { found }
}

/// The line's pieces by column, when the line belongs to a table: several pieces, each at
/// a column's start; or, inside a table, one piece anywhere in a column (a wrapped list
/// item is indented), in the first column only when it numbers a row or continues a cell.
fn place(
    pieces: &[PotonganKata],
    columns: &[(f64, f64)],
    in_table: bool,
    label_open: bool,
) -> Option<Vec<(usize, PotonganKata)>> {
    if let [piece] = pieces {
        if !in_table {
            return None;
        }
        let column = columns
            .iter()
            .rposition(|(low, _)| *low <= piece.x)
            .unwrap_or(0);
        let fits =
            column > 0 || label_open || numbers_a_row(&piece.teks) || continues_cell(&piece.teks);
        return fits.then(|| vec![(column, piece.clone())]);
    }
    pieces
        .iter()
        .map(|p| {
            columns
                .iter()
                .position(|(low, high)| (*low..=*high).contains(&p.x))
                .map(|c| (c, p.clone()))
        })
        .collect::<Option<Vec<_>>>()
        .filter(|cells| cells.len() > 1)
}

/// `1.`, `10`, `a.`, `IV.`: the number of a row.
fn numbers_a_row(text: &str) -> bool {
    let bare = text.trim_end_matches(['.', ')']);
    !bare.is_empty()
        && bare.len() <= 4
        && (bare.chars().all(|c| c.is_ascii_digit()) || bare.chars().all(|c| c.is_alphabetic()))
}

/// A cell's second line: it starts in lower case.
fn continues_cell(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a line with these cells starts a row after `row`: it has a first-column piece
/// that is not the wrapped rest of the row's first cell.
fn starts_row(row: &[Vec<PotonganKata>], cells: &[(usize, PotonganKata)]) -> bool {
    let Some((_, first)) = cells.iter().find(|(c, _)| *c == 0) else {
        return false;
    };
    if row[0].is_empty() {
        return true;
    }
    !(label_open(&row[0]) || continues_cell(&first.teks))
}

/// Whether the first cell's last line leaves the label unfinished (`Jaminan Keamanan dan`).
fn label_open(cell: &[PotonganKata]) -> bool {
    cell.last().is_some_and(|piece| {
        let above = piece.teks.to_lowercase();
        above.ends_with([',', '/', '-'])
            || ["dan", "atau", "serta", "dengan", "untuk"]
                .iter()
                .any(|w| above.ends_with(&format!(" {w}")))
    })
}

/// Writes the gathered rows as `| cell | cell |` lines: a cell's lines joined by spaces,
/// the last cell's kept apart (its lists) unless a line only wrapped onto the next.
fn flush(rows: &mut Vec<Vec<Vec<PotonganKata>>>, size: f64, out: &mut Vec<String>) {
    // The right edge of each column: the furthest any of its lines reaches.
    let edges: Vec<f64> = (0..rows.first().map_or(0, Vec::len))
        .map(|c| {
            rows.iter()
                .flat_map(|row| &row[c])
                .map(|p| p.akhir)
                .fold(f64::NEG_INFINITY, f64::max)
        })
        .collect();
    for row in rows.drain(..) {
        let last = row.len().saturating_sub(1);
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, lines)| {
                let mut cell = String::new();
                for (n, piece) in lines.iter().enumerate() {
                    if n > 0 {
                        let wrapped = i != last || wraps(&lines[n - 1], piece, edges[i], size);
                        cell.push(if wrapped { ' ' } else { '\n' });
                    }
                    cell.push_str(&piece.teks);
                }
                cell.replace('|', "/")
            })
            .collect();
        if cells.iter().any(|c| !c.is_empty()) {
            out.push(format!("| {} |", cells.join(" | ")));
        }
    }
}

/// Whether `below` is the rest of the line `above`, wrapped: `above` reached so near the
/// column's edge that `below`'s first word did not fit, and `below` is no new list item.
fn wraps(above: &PotonganKata, below: &PotonganKata, edge: f64, size: f64) -> bool {
    let full = above.akhir + size * 0.5 + below.lebar_awal > edge;
    let item = super::baris::tanpa_penanda(&below.teks).1.is_some();
    full && !item && !above.teks.ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of pieces, each piece's words 5 units apart at a 10-unit font.
    fn line(y: f64, pieces: &[(f64, &str)]) -> BarisHalaman {
        let mut kata = Vec::new();
        let mut end = f64::NEG_INFINITY;
        for (x, text) in pieces {
            let mut at = *x;
            for word in text.split(' ') {
                let akhir = at + word.chars().count() as f64 * 5.0;
                kata.push(Kata {
                    x: at,
                    akhir,
                    celah: (at - end) / 10.0,
                    teks: word.to_string(),
                });
                end = akhir;
                at = end + 3.0;
            }
        }
        BarisHalaman {
            y,
            size: 10.0,
            kata,
        }
    }

    #[test]
    fn a_component_table_comes_back_row_by_row() {
        let lines = vec![
            line(800.0, &[(300.0, "LAMPIRAN")]),
            line(760.0, &[(50.0, "STANDAR PELAYANAN")]),
            line(
                700.0,
                &[(50.0, "1."), (80.0, "Persyaratan"), (200.0, "Uji pertama:")],
            ),
            line(688.0, &[(200.0, "1. KTP")]),
            line(
                676.0,
                &[
                    (51.5, "2."),
                    (80.0, "Sistem, Mekanisme dan"),
                    (201.0, "1. Daftar"),
                ],
            ),
            line(664.0, &[(80.0, "Prosedur"), (200.0, "2. Uji")]),
            line(
                652.0,
                &[(48.0, "10."), (80.0, "Biaya"), (200.0, "Gratis | nol")],
            ),
            line(620.0, &[(50.0, "Ditetapkan di Batusangkar")]),
        ];
        assert_eq!(
            teks(&lines),
            "LAMPIRAN\n\nSTANDAR PELAYANAN\n| 1. | Persyaratan | Uji pertama:\n1. KTP |\n| 2. | Sistem, Mekanisme dan Prosedur | 1. Daftar\n2. Uji |\n| 10. | Biaya | Gratis / nol |\n\nDitetapkan di Batusangkar"
        );
    }

    #[test]
    fn a_wrapped_line_in_a_cell_is_joined_and_a_list_item_is_not() {
        let lines = vec![
            line(
                700.0,
                &[
                    (50.0, "1."),
                    (80.0, "Dasar"),
                    (200.0, "1. Undang-Undang Nomor 22 tentang Lalu"),
                ],
            ),
            line(688.0, &[(210.0, "Lintas;")]),
            line(676.0, &[(200.0, "2. Peraturan")]),
            line(664.0, &[(50.0, "2."), (80.0, "Produk"), (200.0, "Kartu")]),
            line(652.0, &[(50.0, "3."), (80.0, "Sarana"), (200.0, "Ruang")]),
            line(640.0, &[(200.0, "Toilet")]),
        ];
        assert_eq!(
            teks(&lines),
            "| 1. | Dasar | 1. Undang-Undang Nomor 22 tentang Lalu Lintas;\n2. Peraturan |\n| 2. | Produk | Kartu |\n| 3. | Sarana | Ruang\nToilet |"
        );
    }

    #[test]
    fn a_label_table_without_numbers_keeps_wrapped_labels() {
        let lines = vec![
            line(700.0, &[(50.0, "Persyaratan Pelayanan,"), (200.0, "KTP")]),
            line(688.0, &[(50.0, "dan Kelengkapan"), (200.0, "KK")]),
            line(
                682.0,
                &[(50.0, "Jaminan Keamanan dan"), (200.0, "Data dijaga")],
            ),
            line(680.0, &[(50.0, "Keselamatan")]),
            line(676.0, &[(50.0, "Biaya"), (200.0, "Gratis")]),
            line(664.0, &[(50.0, "Produk"), (200.0, "Surat")]),
        ];
        assert_eq!(
            teks(&lines),
            "| Persyaratan Pelayanan, dan Kelengkapan | KTP\nKK |\n| Jaminan Keamanan dan Keselamatan | Data dijaga |\n| Biaya | Gratis |\n| Produk | Surat |"
        );
    }

    #[test]
    fn text_without_columns_is_lines_and_paragraphs() {
        let lines = vec![
            line(700.0, &[(50.0, "Persyaratan")]),
            line(688.0, &[(50.0, "1. KTP"), (300.0, "kanan")]),
            line(650.0, &[(50.0, "Biaya")]),
        ];
        assert_eq!(teks(&lines), "Persyaratan\n1. KTP kanan\n\nBiaya");
    }
}
