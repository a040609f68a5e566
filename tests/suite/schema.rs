//! The JSON Schemas committed under `schema/` are exactly what the code generates.

use standar::schema::FileKind;

#[test]
fn committed_schemas_match_the_code() {
    for kind in FileKind::ALL {
        let path = format!("schema/{}", kind.schema_file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == kind.schema_text(),
            "{path} is out of date: run `cargo run -- schema --out schema` and commit the result"
        );
    }
}

#[test]
fn schemas_carry_indonesian_titles_for_editors() {
    let schema = FileKind::Standar.schema();
    let properties = schema["properties"].as_object().expect("properties");
    for key in [
        "persyaratan",
        "prosedur",
        "jangka_waktu",
        "biaya",
        "produk",
        "pengaduan",
    ] {
        assert!(properties[key]["title"].is_string(), "{key} has no title");
    }
    assert_eq!(properties["biaya"]["title"], "Biaya/tarif");
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown keys must be rejected by editors too"
    );
}
