//! Empty service-delivery components and texts still to be filled in (warnings).

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::model::komponen::{Isian, Komponen};
use crate::model::pengaduan::Pengaduan;
use crate::parse::node::NodeValue;
use crate::parse::path::Key;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};
use crate::schema::FileKind;
use crate::validate::walk::{Removable, removable};

/// Warns for each of the six public components that says nothing.
pub fn check_components(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    for komponen in Komponen::WAJIB {
        // Written nowhere: the schema already said so. Listed as not stated: warned there.
        let written = doc.json.get(komponen.kunci()).is_some();
        if standar.isian(komponen) == Isian::Kosong && written && !standar.tidak_tercantum(komponen)
        {
            out.push(
                empty_component(doc, &NodePath::root().key(Key::new(komponen.kunci())), komponen.judul())
                    .help(format!(
                        "isi komponen ini sebelum standar diterbitkan; bila dokumen sumber sama sekali tidak menyebutnya, hapus kuncinya dan tulis `tidak_tercantum: [{}]`",
                        komponen.kunci()
                    )),
            );
        }
    }
}

/// Warns when complaint handling, wherever it is written, says nothing: no channel, officer,
/// flow or deadline. Officers or a flow alone are enough; real documents often give only those.
pub fn check_channels(doc: &Document, pengaduan: &Pengaduan, out: &mut Vec<Diagnostic>) {
    let at = NodePath::root().key(keys::PENGADUAN);
    if pengaduan.kosong() {
        out.push(empty_component(doc, &at, "Penanganan pengaduan, saran dan masukan").help(
            "tulis saluran pengaduan (`saluran:`, termasuk SP4N-LAPOR! `jenis: sp4n_lapor`), petugasnya (`petugas:`) atau alurnya (`alur:`)",
        ));
    }
    for (i, officer) in pengaduan.petugas.iter().flatten().enumerate() {
        let blank = |t: &Option<String>| t.as_deref().is_none_or(|t| t.trim().is_empty());
        if blank(&officer.nama) && blank(&officer.jabatan) {
            out.push(
                doc.diagnostic(
                    Code::MissingKey,
                    &at.key(keys::PETUGAS).index(i),
                    Target::Value,
                    "petugas pengaduan ini tidak punya nama maupun jabatan",
                )
                .help("tulis `nama:` atau, bila dokumen tidak menyebut nama, `jabatan:` (misalnya `jabatan: Koordinator Pengaduan`)"),
            );
        }
    }
}

fn empty_component(doc: &Document, at: &NodePath, name: &str) -> Diagnostic {
    doc.diagnostic(
        Code::EmptyComponent,
        at,
        Target::Key,
        format!("komponen \"{name}\" masih kosong; komponen ini wajib diumumkan kepada masyarakat"),
    )
    .help("isi komponen ini sebelum standar diterbitkan")
}

/// Warns for every text written as `""` (or only spaces): a blank still to fill in. The help
/// offers to delete it only where the schema allows that.
pub fn check_texts(doc: &Document, kind: FileKind, out: &mut Vec<Diagnostic>) {
    let schema = crate::validate::validator(kind).schema();
    let mut pointer = String::new();
    doc.root
        .walk_scalars(&mut pointer, &mut |pointer, node, scalar| {
            let quoted_or_block = !scalar.plain;
            // An empty `nama` is an error of its own (`nama-kosong`).
            if quoted_or_block
                && pointer != "/nama"
                && scalar.text.trim().is_empty()
                && matches!(node.value, NodeValue::Scalar(_))
            {
                let help = match removable(schema, pointer) {
                    Removable::Item => "isi teksnya, atau hapus butir ini",
                    Removable::Key => "isi teksnya, atau hapus kunci ini bila tidak dipakai",
                    Removable::No => "isi teksnya; kunci ini wajib ada",
                };
                out.push(
                    Diagnostic::new(
                        Code::EmptyText,
                        &doc.file,
                        format!("teks di {} belum diisi", crate::diagnostic::place(pointer)),
                    )
                    .at(node.span.clone())
                    .help(help),
                );
            }
        });
}
