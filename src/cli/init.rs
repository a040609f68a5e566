//! `standar init [FOLDER]`: sets up an office's repository of standards, so that the
//! editor's `$schema` lines lead to files and the first `standar new` has a home: the
//! site settings, optionally a first unit, the schemas, the editor settings, `.gitignore`,
//! and the CI template of choice. Nothing already there is overwritten, except the schemas,
//! which this program generates and brings up to its own version.

use std::fs;
use std::io::Write;
use std::path::Path;

use clap::ValueEnum;
use standar::corpus::identity::{PathKind, classify};
use standar::corpus::{SITE_FILE, UNIT_FILE};
use standar::sunting::UNIT_BARU;

use super::{Exit, schema};

/// The site settings `standar init` writes; `@SCHEMA@` stands for the schema's address.
const SITUS_BARU: &str = include_str!("../../templates/baru/_situs.yaml");

/// VS Code: the schema of each kind of file, for files without a `$schema` line.
const VSCODE_SETTINGS: &str = r#"{
  "yaml.schemas": {
    "./schema/standar.schema.json": "standards/*/[!_]*.yaml",
    "./schema/unit.schema.json": "standards/*/_unit.yaml",
    "./schema/situs.schema.json": "standards/_situs.yaml"
  }
}
"#;

/// VS Code: the YAML extension that reads the schemas, offered when the folder is opened.
const VSCODE_EXTENSIONS: &str = r#"{
  "recommendations": ["redhat.vscode-yaml"]
}
"#;

/// What the site build writes, kept out of the repository.
const GITIGNORE: &str = "# Ditulis oleh `standar build`; diterbitkan oleh CI, tidak disimpan di repositori.\n/site/\n/.site.tembolok/\n";

/// The CI service whose template `init` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Ci {
    /// GitHub Actions: `.github/workflows/standar.yml`.
    Github,
    /// GitLab CI: `.gitlab-ci.yml`.
    Gitlab,
}

impl Ci {
    /// Where the template goes, and its text.
    fn template(self) -> (&'static str, &'static str) {
        match self {
            Ci::Github => (
                ".github/workflows/standar.yml",
                include_str!("../../ci/github-actions.yml"),
            ),
            Ci::Gitlab => (".gitlab-ci.yml", include_str!("../../ci/gitlab-ci.yml")),
        }
    }
}

/// Sets up `folder` as a repository of standards.
pub fn run(folder: &Path, unit: Option<&str>, ci: Option<Ci>) -> Exit {
    if let Some(unit) = unit
        && !matches!(
            classify(&format!("{unit}/{UNIT_FILE}")),
            Ok(PathKind::Unit(_))
        )
    {
        eprintln!("standar: `{unit}` bukan nama folder unit yang valid");
        eprintln!("contoh: standar init --unit dinas-koperasi (huruf kecil, angka dan tanda -)");
        return Exit::Usage;
    }
    match set_up(folder, unit, ci) {
        Ok(()) => {
            next_steps(folder, unit, ci);
            Exit::Clean
        }
        Err(exit) => exit,
    }
}

fn set_up(folder: &Path, unit: Option<&str>, ci: Option<Ci>) -> Result<(), Exit> {
    // `standards/…` rather than `./standards/…` in what is printed.
    let folder = if folder == Path::new(".") {
        Path::new("")
    } else {
        folder
    };
    let standards = folder.join("standards");
    schema::write_all(&folder.join("schema"), true)?;
    let situs = SITUS_BARU.replace("@SCHEMA@", "../schema/situs.schema.json");
    write_new(&standards.join(SITE_FILE), &situs)?;
    if let Some(unit) = unit {
        let text = UNIT_BARU.replace("@SCHEMA@", "../../schema/unit.schema.json");
        write_new(&standards.join(unit).join(UNIT_FILE), &text)?;
    }
    write_new(&folder.join(".vscode/settings.json"), VSCODE_SETTINGS)?;
    write_new(&folder.join(".vscode/extensions.json"), VSCODE_EXTENSIONS)?;
    write_new(&folder.join(".gitignore"), GITIGNORE)?;
    if let Some(ci) = ci {
        let (path, text) = ci.template();
        write_new(&folder.join(path), text)?;
    }
    Ok(())
}

/// Writes `text` to `path` unless something is there already, which is left as it is.
fn write_new(path: &Path, text: &str) -> Result<(), Exit> {
    let fail = |error: std::io::Error| {
        eprintln!("standar: `{}` tidak dapat ditulis: {error}", path.display());
        Exit::Usage
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(fail)?;
    }
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut file) => {
            file.write_all(text.as_bytes()).map_err(fail)?;
            eprintln!("standar: menulis {}", path.display());
            Ok(())
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("standar: {} sudah ada; dibiarkan", path.display());
            Ok(())
        }
        Err(error) => Err(fail(error)),
    }
}

/// What to do next, in the order an officer does it.
fn next_steps(folder: &Path, unit: Option<&str>, ci: Option<Ci>) {
    let unit = unit.unwrap_or("<unit>");
    let inside = if folder == Path::new(".") {
        String::new()
    } else {
        format!("cd {} && ", folder.display())
    };
    eprintln!();
    eprintln!("Langkah berikutnya:");
    eprintln!(
        "  1. {inside}standar new {unit}/<layanan>   berkas standar baru, semua komponen dijelaskan"
    );
    eprintln!("  2. standar check                   setiap masalah dengan baris dan kolomnya");
    eprintln!("  3. standar build --out site        situs dan papan di folder site/");
    eprintln!(
        "Buka folder ini di VS Code dan pasang ekstensi YAML (Red Hat) yang disarankan: pelengkapan, penjelasan dan pemeriksaan saat mengetik."
    );
    if let Some(ci) = ci {
        eprintln!(
            "Di {}, ganti `<owner>` dengan alamat repositori standar yang Anda pakai.",
            ci.template().0
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repository_is_set_up_and_nothing_there_is_overwritten() {
        let repo = tempfile::tempdir().expect("temp");
        fs::write(repo.path().join(".gitignore"), "milik kantor\n").expect("existing");
        assert_eq!(
            run(repo.path(), Some("dinas-a"), Some(Ci::Gitlab)),
            Exit::Clean
        );
        for path in [
            "standards/_situs.yaml",
            "standards/dinas-a/_unit.yaml",
            "schema/standar.schema.json",
            "schema/unit.schema.json",
            "schema/situs.schema.json",
            ".vscode/settings.json",
            ".vscode/extensions.json",
            ".gitlab-ci.yml",
        ] {
            assert!(repo.path().join(path).is_file(), "{path}");
        }
        let kept = fs::read_to_string(repo.path().join(".gitignore")).expect("kept");
        assert_eq!(kept, "milik kantor\n");
        let situs = fs::read_to_string(repo.path().join("standards/_situs.yaml")).expect("situs");
        assert!(situs.starts_with("# yaml-language-server: $schema=../schema/situs.schema.json\n"));
        let settings = fs::read_to_string(repo.path().join(".vscode/settings.json")).expect("json");
        assert!(serde_json::from_str::<serde_json::Value>(&settings).is_ok());
        assert_eq!(
            run(repo.path(), None, None),
            Exit::Clean,
            "a second run changes nothing"
        );
    }

    #[test]
    fn a_unit_name_that_is_not_a_folder_name_is_refused() {
        let repo = tempfile::tempdir().expect("temp");
        assert_eq!(run(repo.path(), Some("Dinas A/../x"), None), Exit::Usage);
        assert!(!repo.path().join("standards").exists());
    }
}
