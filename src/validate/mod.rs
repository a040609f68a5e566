//! Stage 2: JSON Schema validation of a parsed document, with every error turned into an
//! Indonesian diagnostic that points at the right key or value.

mod characters;
mod colon;
mod example;
mod message;
pub mod suggest;
mod thousands;
pub mod walk;
mod wording;

pub use suggest::closest;

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use jsonschema::Validator;
use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::parse::Document;
use crate::schema::FileKind;

/// A compiled validator for one file kind, with its schema for looking up titles.
pub struct SchemaValidator {
    schema: Value,
    validator: Validator,
    /// Keys whose values must be whole numbers, where `1.500.000` is a likely slip.
    integer_keys: BTreeSet<String>,
    /// Every key the schema knows.
    all_keys: BTreeSet<String>,
}

static STANDAR: LazyLock<SchemaValidator> =
    LazyLock::new(|| SchemaValidator::new(FileKind::Standar));
static UNIT: LazyLock<SchemaValidator> = LazyLock::new(|| SchemaValidator::new(FileKind::Unit));
static SITUS: LazyLock<SchemaValidator> = LazyLock::new(|| SchemaValidator::new(FileKind::Situs));

/// The validator for a file kind, compiled once per process.
pub fn validator(kind: FileKind) -> &'static SchemaValidator {
    match kind {
        FileKind::Standar => &STANDAR,
        FileKind::Unit => &UNIT,
        FileKind::Situs => &SITUS,
    }
}

impl SchemaValidator {
    #[allow(
        clippy::panic,
        reason = "the schema is generated from our types and pinned by a test"
    )]
    fn new(kind: FileKind) -> Self {
        let schema = kind.schema();
        // The schema is generated from our own types and pinned by a test; if it did not
        // compile that would be a bug in this program, not in a user's file.
        let validator = jsonschema::options()
            .should_validate_formats(false)
            .build(&schema)
            .unwrap_or_else(|e| {
                panic!("generated schema for {} does not compile: {e}", kind.name())
            });
        let integer_keys = thousands::integer_keys(&schema);
        let all_keys = walk::keys_where(&schema, &|_| true);
        Self {
            schema,
            validator,
            integer_keys,
            all_keys,
        }
    }

    /// The schema this validator checks against.
    pub fn schema(&self) -> &Value {
        &self.schema
    }

    /// Every schema error of the document, as diagnostics. Numbers written with thousands
    /// separators, and text items YAML read as `key: value`, are reported once each, all in
    /// this run, instead of as the schema errors they cause.
    pub fn validate(&self, document: &Document) -> Vec<Diagnostic> {
        let (mut diagnostics, grouped) = thousands::find(document, &self.integer_keys);
        let (pairs, read_as_pairs) = colon::find(document, &self.schema, &self.all_keys);
        diagnostics.extend(pairs);
        diagnostics.extend(characters::find(document));
        let errors: Vec<_> = self
            .validator
            .iter_errors(&document.json)
            .filter(|e| {
                let at = e.instance_path().as_str();
                !grouped.contains(at) && !read_as_pairs.contains(at)
            })
            .collect();
        // A value of the wrong type is not also reported as the wrong constant (`versi_format:
        // "1"` is text, which says it all).
        let mistyped: HashSet<String> = errors
            .iter()
            .filter(|e| matches!(e.kind(), ValidationErrorKind::Type { .. }))
            .map(|e| e.instance_path().as_str().to_string())
            .collect();
        let errors: Vec<_> = errors
            .into_iter()
            .filter(|e| {
                !(matches!(e.kind(), ValidationErrorKind::Constant { .. })
                    && mistyped.contains(e.instance_path().as_str()))
            })
            .collect();
        for error in &errors {
            message::explain(error, document, &self.schema, &mut diagnostics);
        }
        diagnostics
    }
}
