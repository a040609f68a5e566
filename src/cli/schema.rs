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
/// `root`), relative to it: the schema in the nearest `schema/` between `folder` and the top
/// of the repository, written first at that top when there is none. The top is the folder
/// of the repository (`.git`) holding `root`, else the working folder when `root` is inside
/// it, else `root` itself: nothing is looked for or written above it.
pub(super) fn reference(folder: &Path, root: &Path, kind: FileKind) -> Result<String, Exit> {
    let top = top(root);
    if let Some(found) = nearest(folder, &top, kind) {
        return Ok(found);
    }
    write_all(&top.join("schema"), false)?;
    Ok(nearest(folder, &top, kind)
        .unwrap_or_else(|| format!("../../schema/{}", kind.schema_file_name())))
}

fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// The top of the repository holding the corpus `root` (see [`reference`]).
fn top(root: &Path) -> PathBuf {
    let root = canonical(root);
    if let Some(repository) = root.ancestors().find(|a| a.join(".git").exists()) {
        return repository.to_path_buf();
    }
    match std::env::current_dir().map(|cwd| canonical(&cwd)) {
        Ok(cwd) if root.starts_with(&cwd) => cwd,
        _ => root,
    }
}

/// The relative address of the schema of `kind` in the nearest folder from `folder` up to
/// `top` that has it in `schema/`.
fn nearest(folder: &Path, top: &Path, kind: FileKind) -> Option<String> {
    let file_name = kind.schema_file_name();
    let folder = canonical(folder);
    folder
        .ancestors()
        .take_while(|ancestor| ancestor.starts_with(top))
        .enumerate()
        .find(|(_, ancestor)| ancestor.join("schema").join(file_name).is_file())
        .map(|(depth, _)| format!("{}schema/{file_name}", "../".repeat(depth)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_are_written_at_the_top_of_the_repository_when_it_has_none() {
        let repo = tempfile::tempdir().expect("temp");
        fs::create_dir(repo.path().join(".git")).expect("a repository");
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
    fn outside_a_repository_and_the_working_folder_the_schemas_stay_inside_the_corpus() {
        // A `schema/` above the corpus (here, beside it) is neither used nor written.
        let above = tempfile::tempdir().expect("temp");
        fs::create_dir_all(above.path().join("schema")).expect("folder");
        fs::write(above.path().join("schema/standar.schema.json"), "{}").expect("stray");
        let root = above.path().join("draf");
        let unit = root.join("dinas-a");
        fs::create_dir_all(&unit).expect("folder");
        let address = reference(&unit, &root, FileKind::Standar).expect("written");
        assert_eq!(address, "../schema/standar.schema.json");
        assert!(root.join("schema/unit.schema.json").is_file());
        assert_eq!(
            fs::read_to_string(above.path().join("schema/standar.schema.json")).expect("kept"),
            "{}"
        );
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
