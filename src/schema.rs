//! JSON Schemas of the file kinds, generated from the model types.
//!
//! The committed copies under `schema/` are what editors use; a test keeps them equal to what
//! this module generates.

use std::sync::LazyLock;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::model::{Situs, Standar, Unit};

/// The kinds of file `standar` reads, each with its own schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// `standards/<unit>/<slug>.yaml`.
    Standar,
    /// `standards/<unit>/_unit.yaml`.
    Unit,
    /// `standards/_situs.yaml`, the site configuration.
    Situs,
}

impl FileKind {
    /// Every kind, in the order `standar schema` writes them.
    pub const ALL: [FileKind; 3] = [FileKind::Standar, FileKind::Unit, FileKind::Situs];

    /// File name of the committed schema, e.g. `standar.schema.json`.
    pub fn schema_file_name(self) -> &'static str {
        match self {
            FileKind::Standar => "standar.schema.json",
            FileKind::Unit => "unit.schema.json",
            FileKind::Situs => "situs.schema.json",
        }
    }

    /// The kind's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Standar => "standar",
            FileKind::Unit => "unit",
            FileKind::Situs => "situs",
        }
    }

    /// The generated schema.
    pub fn schema(self) -> Value {
        match self {
            FileKind::Standar => generate::<Standar>(),
            FileKind::Unit => generate::<Unit>(),
            FileKind::Situs => generate::<Situs>(),
        }
    }

    /// The schema as committed: pretty JSON with a final newline, generated once per process
    /// (every build publishes all three).
    pub fn schema_text(self) -> &'static str {
        static TEXTS: LazyLock<[String; 3]> =
            LazyLock::new(|| FileKind::ALL.map(|kind| format!("{:#}\n", kind.schema())));
        // `{:#}` is serde_json's pretty printer; writing a `Value` cannot fail.
        &TEXTS[self as usize]
    }
}

fn generate<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema: Schema = generator.into_root_schema_for::<T>();
    schema.to_value()
}
