//! `standar schema`: print a JSON Schema, or write all of them to a folder; and the schemas
//! `new`, `impor` and `init` put beside an officer's standards so that the editor's
//! `$schema` line leads to a file.

use std::fs;
use std::path::{Path, PathBuf};

use standar::schema::FileKind;

use super::Exit;

/// Prints the schema of `kind`, or writes every schema into `out`.
pub fn run(kind: FileKind, out: Option<&Path>) -> Exit {
    match out {
        None => {
            print!("{}", kind.schema_text());
            Exit::Clean
        }
        Some(folder) => match write_all(folder, true) {
            Ok(written) => {
                if written.is_empty() {
                    eprintln!("standar: schema di `{}` sudah terbaru", folder.display());
                }
                Exit::Clean
            }
            Err(exit) => exit,
        },
    }
}

/// Writes the three schemas into `folder`: each missing one, and with `replace` each that
/// differs from this version's; one that differs and is kept gets a word on how to update it.
/// Says on stderr what it wrote; returns the files written.
pub(super) fn write_all(folder: &Path, replace: bool) -> Result<Vec<PathBuf>, Exit> {
    if !folder.as_os_str().is_empty()
        && let Err(error) = fs::create_dir_all(folder)
    {
        eprintln!(
            "standar: folder `{}` tidak dapat dibuat: {error}",
            folder.display()
        );
        return Err(Exit::Usage);
    }
    let mut written = Vec::new();
    for kind in FileKind::ALL {
        let path = folder.join(kind.schema_file_name());
        let text = kind.schema_text();
        match fs::read(&path) {
            Ok(old) if old == text.as_bytes() => continue,
            Ok(_) if !replace => {
                eprintln!(
                    "standar: `{}` berasal dari versi standar lain; perbarui dengan `standar schema --out {}`",
                    path.display(),
                    folder.display()
                );
                continue;
            }
            _ => {}
        }
        if let Err(error) = fs::write(&path, text) {
            eprintln!("standar: `{}` tidak dapat ditulis: {error}", path.display());
            return Err(Exit::Usage);
        }
        eprintln!("standar: menulis {}", path.display());
        written.push(path);
    }
    Ok(written)
}

/// The `$schema` address for a file of `kind` in `folder` (a unit folder of the corpus
/// `root`), relative to it: the schema in the nearest ancestor's `schema/`, written first
/// into `schema/` beside `root` when no ancestor has one.
pub(super) fn reference(folder: &Path, root: &Path, kind: FileKind) -> Result<String, Exit> {
    if let Some(found) = nearest(folder, kind) {
        return Ok(found);
    }
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let beside = root.parent().unwrap_or(&root).join("schema");
    write_all(&beside, false)?;
    Ok(
        nearest(folder, kind)
            .unwrap_or_else(|| format!("../../schema/{}", kind.schema_file_name())),
    )
}

/// The relative address of the schema of `kind` in the nearest ancestor of `folder` that
/// has it in `schema/`.
fn nearest(folder: &Path, kind: FileKind) -> Option<String> {
    let file_name = kind.schema_file_name();
    let absolute = fs::canonicalize(folder)
        .or_else(|_| std::path::absolute(folder))
        .unwrap_or_else(|_| folder.to_path_buf());
    absolute
        .ancestors()
        .enumerate()
        .find(|(_, ancestor)| ancestor.join("schema").join(file_name).is_file())
        .map(|(depth, _)| format!("{}schema/{file_name}", "../".repeat(depth)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_are_written_beside_the_corpus_when_no_ancestor_has_them() {
        let repo = tempfile::tempdir().expect("temp");
        let unit = repo.path().join("standards/dinas-a");
        fs::create_dir_all(&unit).expect("folder");
        let address =
            reference(&unit, &repo.path().join("standards"), FileKind::Standar).expect("written");
        assert_eq!(address, "../../schema/standar.schema.json");
        for kind in FileKind::ALL {
            let written =
                fs::read_to_string(repo.path().join("schema").join(kind.schema_file_name()));
            assert_eq!(written.expect("written"), kind.schema_text());
        }
    }

    #[test]
    fn a_schema_of_another_version_is_kept_unless_replacing() {
        let folder = tempfile::tempdir().expect("temp");
        let path = folder.path().join("unit.schema.json");
        fs::write(&path, "{}").expect("old schema");
        let written = write_all(folder.path(), false).expect("writes");
        assert_eq!(written.len(), 2, "{written:?}");
        assert_eq!(fs::read_to_string(&path).expect("kept"), "{}");
        write_all(folder.path(), true).expect("replaces");
        assert_eq!(
            fs::read_to_string(&path).expect("replaced"),
            FileKind::Unit.schema_text()
        );
    }
}
