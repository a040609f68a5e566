//! `standar schema`: print a JSON Schema, or write all of them to a folder.

use std::fs;
use std::path::Path;

use standar::schema::FileKind;

use super::Exit;

/// Prints the schema of `kind`, or writes every schema into `out`.
pub fn run(kind: FileKind, out: Option<&Path>) -> Exit {
    match out {
        None => {
            print!("{}", kind.schema_text());
            Exit::Clean
        }
        Some(folder) => {
            if let Err(error) = fs::create_dir_all(folder) {
                eprintln!(
                    "standar: folder `{}` tidak dapat dibuat: {error}",
                    folder.display()
                );
                return Exit::Usage;
            }
            for kind in FileKind::ALL {
                let path = folder.join(kind.schema_file_name());
                if let Err(error) = fs::write(&path, kind.schema_text()) {
                    eprintln!("standar: `{}` tidak dapat ditulis: {error}", path.display());
                    return Exit::Usage;
                }
                eprintln!("standar: menulis {}", path.display());
            }
            Exit::Clean
        }
    }
}
