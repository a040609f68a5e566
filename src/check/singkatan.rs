//! Units of time written as abbreviations in any text (`3 HK`, `15 mnt`): warned, with the
//! text written out, because the board and the page print them as written.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::singkatan_waktu;
use crate::parse::Document;

/// Warns once per text that abbreviates a unit of time after a number.
pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut pointer = String::new();
    doc.root.walk_scalars(&mut pointer, &mut |_, node, scalar| {
        let found = singkatan_waktu::cari(&scalar.text);
        let Some(written_out) = singkatan_waktu::tulis_lengkap(&scalar.text) else {
            return;
        };
        let list: Vec<String> = found
            .iter()
            .map(|s| format!("`{}` ({})", s.tertulis, s.kata))
            .collect();
        out.push(
            Diagnostic::new(
                Code::AbbreviatedTime,
                &doc.file,
                format!(
                    "satuan waktu ditulis singkat: {}; warga di loket belum tentu tahu artinya",
                    list.join(", ")
                ),
            )
            .at(node.span.clone())
            .help(format!("tulis kata lengkapnya: \"{written_out}\"")),
        );
    });
}
