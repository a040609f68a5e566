//! The unit file of a draft: who provides the service, as the document's title block and
//! closing name them, each fact it does not give left for the officer to write.

use super::identitas;
use super::yaml::{ButirDraf, Nilai, Peta};
use crate::check::kontak::{email_problem, phone_problem, url_problem};

/// The unit file's entries and how many of them ask to be reviewed.
pub(super) fn unit_file(id: &identitas::Identitas) -> (Vec<(String, ButirDraf)>, usize) {
    let mut penyelenggara = Peta::default();
    let mut periksa = 0;
    let mut required = |value: &Option<String>, what: &str| match value {
        Some(v) => ButirDraf::teks(v.clone()),
        None => {
            periksa += 1;
            ButirDraf::teks("").periksa(format!("dokumen tidak menyebut {what}; tulis di sini"))
        }
    };
    let pemerintah = required(
        &id.pemerintah,
        "pemerintah daerahnya (misalnya Pemerintah Kabupaten …)",
    );
    let unit = required(&id.unit, "unit penyelenggaranya");
    let pemerintah = if id.pemerintah_ditebak {
        periksa += 1;
        pemerintah.periksa(
            "instansi induk ditebak dari nama unit (kantor instansi pusat di daerah); pastikan benar",
        )
    } else {
        pemerintah
    };
    penyelenggara.isi("pemerintah", pemerintah);
    let unit = if id.unit_ditebak {
        periksa += 1;
        unit.periksa("unit ini ditemukan di isi dokumen, bukan di kepalanya; pastikan benar")
    } else {
        unit
    };
    penyelenggara.isi("unit", unit);
    if let Some(alamat) = &id.alamat {
        penyelenggara.isi("alamat", ButirDraf::teks(alamat.clone()));
    }
    let contacts = [
        (
            "telepon",
            &id.telepon,
            phone_problem as fn(&str) -> Option<String>,
        ),
        ("email", &id.email, email_problem),
        ("website", &id.website, url_problem),
    ];
    for (key, value, problem) in contacts {
        if let Some(value) = value
            && problem(value).is_none()
        {
            penyelenggara.isi(key, ButirDraf::teks(value.clone()));
        }
    }
    (
        vec![
            ("versi_format".to_string(), ButirDraf::new(Nilai::Angka(1))),
            ("penyelenggara".to_string(), penyelenggara.butir()),
        ],
        periksa,
    )
}
