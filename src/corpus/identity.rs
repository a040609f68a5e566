//! A standard's identity is its path: `<unit>/<slug>.yaml` is published at `<unit>/<slug>/`.

use std::fmt;

/// The file name of a unit file.
pub const UNIT_FILE: &str = "_unit.yaml";

/// The file name of the site configuration, at the corpus root.
pub const SITE_FILE: &str = "_situs.yaml";

/// Where a standard is published: its unit folder (one or more slugs) and its own slug.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StandardId {
    /// Unit folder path relative to the corpus root, `/`-separated (`kalbar-diskopukm`).
    pub unit: String,
    /// File stem (`fasilitasi-rapat`).
    pub slug: String,
}

impl fmt::Display for StandardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.unit, self.slug)
    }
}

/// What a path inside the corpus is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathKind {
    /// A unit file for the given unit folder.
    Unit(String),
    /// A standard.
    Standard(StandardId),
    /// The site configuration.
    Site,
    /// A file of survey answers (`.csv`) in the given folder, with its file name.
    Answers(String, String),
}

/// Why a path cannot be a standard or unit file, with an Indonesian message and fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathProblem {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

/// Classifies a `/`-separated path relative to the corpus root.
pub fn classify(relative: &str) -> Result<PathKind, PathProblem> {
    let (folder, file) = relative.rsplit_once('/').unwrap_or(("", relative));
    if file.ends_with(".csv") {
        return Ok(PathKind::Answers(folder.to_string(), file.to_string()));
    }
    let stem = file
        .strip_suffix(".yaml")
        .or_else(|| file.strip_suffix(".yml"))
        .ok_or_else(|| PathProblem {
            message: format!("`{file}` bukan berkas YAML"),
            help: "berkas standar berakhiran `.yaml`".to_string(),
        })?;
    if folder.is_empty() && file == SITE_FILE {
        return Ok(PathKind::Site);
    }
    if folder.is_empty() {
        return Err(PathProblem {
            message: format!("`{file}` tidak berada di dalam folder unit"),
            help: "letakkan standar di folder unitnya: `standards/<unit>/<slug>.yaml`".to_string(),
        });
    }
    for segment in folder.split('/') {
        if let Some(suggestion) = slug_problem(segment) {
            return Err(PathProblem {
                message: format!("nama folder `{segment}` tidak bisa menjadi alamat halaman"),
                help: format!(
                    "pakai huruf kecil, angka dan tanda hubung saja, misalnya `{suggestion}`"
                ),
            });
        }
    }
    if file == UNIT_FILE {
        return Ok(PathKind::Unit(folder.to_string()));
    }
    if stem.starts_with('_') {
        return Err(PathProblem {
            message: format!(
                "nama berkas `{file}` diawali `_`, yang dicadangkan untuk `{UNIT_FILE}`"
            ),
            help: format!(
                "ganti nama berkas menjadi `{}.yaml`, atau `{UNIT_FILE}` bila ini berkas unit",
                slugify(stem)
            ),
        });
    }
    if let Some(suggestion) = slug_problem(stem) {
        return Err(PathProblem {
            message: format!("nama berkas `{file}` tidak bisa menjadi alamat halaman"),
            help: format!(
                "pakai huruf kecil, angka dan tanda hubung saja, misalnya `{suggestion}.yaml`"
            ),
        });
    }
    Ok(PathKind::Standard(StandardId {
        unit: folder.to_string(),
        slug: stem.to_string(),
    }))
}

/// `None` when `name` is a slug (`[a-z0-9]+(-[a-z0-9]+)*`), else a slug to suggest.
pub fn slug_problem(name: &str) -> Option<String> {
    let is_slug = !name.is_empty()
        && name.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if is_slug { None } else { Some(slugify(name)) }
}

/// Lower-case ASCII letters and digits joined by single dashes; accented letters lose their accent.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à'..='å' => 'a',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ò'..='ö' => 'o',
            'ù'..='ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "standar".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_identities() {
        assert_eq!(
            classify("jember/protokol.yaml"),
            Ok(PathKind::Standard(StandardId {
                unit: "jember".into(),
                slug: "protokol".into()
            }))
        );
        assert_eq!(classify("a/b/_unit.yaml"), Ok(PathKind::Unit("a/b".into())));
        assert!(classify("protokol.yaml").is_err());
        assert_eq!(classify("_situs.yaml"), Ok(PathKind::Site));
        assert_eq!(
            classify("jember/skm 2026.csv"),
            Ok(PathKind::Answers("jember".into(), "skm 2026.csv".into()))
        );
        assert!(classify("unit/_situs.yaml").is_err());
        assert!(classify("jember/Protokol Baru.yaml").is_err());
        assert!(classify("jember/_lain.yaml").is_err());
        assert!(classify("Jember Kab/x.yaml").is_err());
        assert!(classify("jember/catatan.txt").is_err());
        assert!(classify("jember/..yaml").is_err());
    }

    #[test]
    fn slugs_are_suggested() {
        assert_eq!(slugify("Protokol Baru"), "protokol-baru");
        assert_eq!(slugify("Pelayanan Café — Ñ"), "pelayanan-cafe-n");
        assert_eq!(slugify("..."), "standar");
        assert_eq!(slug_problem("a--b"), Some("a-b".into()));
    }
}
