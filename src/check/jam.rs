//! Opening hours that make sense: open before close, within the day, breaks inside.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::jam_pelayanan::JamPelayanan;
use crate::model::keys;
use crate::parse::path::{Key, NodePath};
use crate::parse::{Document, Target};

/// Checks every opening-hours row.
pub fn check(doc: &Document, rows: &[JamPelayanan], out: &mut Vec<Diagnostic>) {
    for (i, row) in rows.iter().enumerate() {
        let row_path = NodePath::root().key(keys::JAM_PELAYANAN).index(i);
        let mut fail = |key: Key, message: String| {
            out.push(
                doc.diagnostic(
                    Code::InvalidHours,
                    &row_path.key(key),
                    Target::Value,
                    message,
                )
                .help("tulis jam 00.00–24.00, jam buka sebelum jam tutup, misalnya `08.00-15.30`"),
            );
        };
        let jam = row.jam;
        if !jam.buka.valid() || !jam.tutup.valid() {
            fail(keys::JAM, format!("jam {jam} di luar 00.00–24.00"));
        } else if jam.buka >= jam.tutup {
            fail(
                keys::JAM,
                format!(
                    "jam buka {} tidak sebelum jam tutup {}",
                    jam.buka, jam.tutup
                ),
            );
        }
        if let Some(rest) = row.istirahat
            && (rest.buka >= rest.tutup || rest.buka < jam.buka || rest.tutup > jam.tutup)
        {
            fail(
                keys::ISTIRAHAT,
                format!("istirahat {rest} tidak berada di dalam jam pelayanan {jam}"),
            );
        }
        if row.hari.is_empty() {
            fail(keys::HARI, "daftar hari kosong".to_string());
        }
    }
}
