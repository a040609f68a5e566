//! The browser editor (`editor/`: its page and style sheet as written in `editor/src/`, its
//! script as `editor/bangun.sh` bundles it into the committed `editor/dist/`): written into every site by `standar build` and answered at `/editor/`
//! by `standar serve`. It lives in the program, not the library, because the library is
//! what the editor's WebAssembly is compiled from.

/// The editor's files, by their path in the site.
pub const FILES: &[(&str, &[u8])] = &[
    (
        "editor/index.html",
        include_bytes!("../../editor/src/index.html"),
    ),
    (
        "editor/editor.js",
        include_bytes!("../../editor/dist/editor.js"),
    ),
    (
        "editor/editor.css",
        include_bytes!("../../editor/src/editor.css"),
    ),
];

/// The editor's file at this site path.
pub fn file(path: &str) -> Option<&'static [u8]> {
    FILES
        .iter()
        .find(|(name, _)| *name == path)
        .map(|(_, bytes)| *bytes)
}
