//! `standar new <unit>/<slug>`: a new standard with every component and its explanation.

use std::fs;
use std::path::Path;

use standar::corpus::UNIT_FILE;
use standar::corpus::identity::{PathKind, classify};
use standar::schema::FileKind;

use super::{Exit, schema};

use standar::sunting::{STANDAR_BARU as STANDARD_SCAFFOLD, UNIT_BARU as UNIT_SCAFFOLD};

/// Writes `<root>/<unit>/<slug>.yaml`, and the unit file when the folder is new.
pub fn run(name: &str, root: &Path) -> Exit {
    let name = name.trim_end_matches(".yaml");
    let relative = format!("{name}.yaml");
    let id = match classify(&relative) {
        Ok(PathKind::Standard(id)) => id,
        Ok(PathKind::Unit(_) | PathKind::Site | PathKind::Answers(..)) | Err(_) => {
            let problem = classify(&relative).err();
            eprintln!(
                "standar: `{name}` bukan nama standar yang valid{}",
                problem
                    .map(|p| format!(": {} ({})", p.message, p.help))
                    .unwrap_or_default()
            );
            eprintln!("contoh: standar new dinas-koperasi/fasilitasi-rapat");
            return Exit::Usage;
        }
    };
    let folder = root.join(&id.unit);
    let file = folder.join(format!("{}.yaml", id.slug));
    if file.exists() {
        eprintln!("standar: `{}` sudah ada; tidak ditimpa", file.display());
        return Exit::Usage;
    }
    if let Err(error) = fs::create_dir_all(&folder) {
        eprintln!(
            "standar: folder `{}` tidak dapat dibuat: {error}",
            folder.display()
        );
        return Exit::Usage;
    }
    let unit_file = folder.join(UNIT_FILE);
    if !unit_file.exists() {
        let address = match schema::reference(&folder, root, FileKind::Unit) {
            Ok(address) => address,
            Err(exit) => return exit,
        };
        let text = UNIT_SCAFFOLD.replace("@SCHEMA@", &address);
        if let Err(error) = fs::write(&unit_file, text) {
            eprintln!(
                "standar: `{}` tidak dapat ditulis: {error}",
                unit_file.display()
            );
            return Exit::Usage;
        }
        eprintln!(
            "standar: menulis {} (data bersama unit; isi penyelenggaranya)",
            unit_file.display()
        );
    }
    let address = match schema::reference(&folder, root, FileKind::Standar) {
        Ok(address) => address,
        Err(exit) => return exit,
    };
    let text = STANDARD_SCAFFOLD.replace("@SCHEMA@", &address);
    if let Err(error) = fs::write(&file, text) {
        eprintln!("standar: `{}` tidak dapat ditulis: {error}", file.display());
        return Exit::Usage;
    }
    eprintln!("standar: menulis {}", file.display());
    eprintln!(
        "Isi teks yang masih kosong, lalu jalankan: standar check {}",
        file.display()
    );
    Exit::Clean
}
