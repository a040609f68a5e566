//! `sitemap.xml` for search engines, written only when a base URL is known.

use serde::Serialize;

use super::fixed;
use crate::diagnostic::Diagnostic;

/// The most URLs one sitemap file may list (sitemaps.org protocol).
pub const MAX_URLS: usize = 50_000;

/// What the sitemap templates list: page URLs, or the URLs of the sitemap files.
#[derive(Serialize)]
struct Urls<'a> {
    urls: &'a [String],
}

/// The sitemap files for the given absolute URLs (already sorted): one `sitemap.xml`, or, past
/// [`MAX_URLS`], `sitemap-1.xml`, `sitemap-2.xml`, … with `sitemap.xml` as their index.
pub fn sitemaps(urls: &[String], base: &str) -> Result<Vec<(String, String)>, Diagnostic> {
    if urls.len() <= MAX_URLS {
        return Ok(vec![("sitemap.xml".to_string(), sitemap(urls)?)]);
    }
    let mut files = Vec::new();
    let mut parts = Vec::new();
    for (i, chunk) in urls.chunks(MAX_URLS).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        parts.push(format!("{base}{name}"));
        files.push((name, sitemap(chunk)?));
    }
    let index = fixed::render("sitemap-indeks.xml", &Urls { urls: &parts })?;
    files.push(("sitemap.xml".to_string(), index));
    Ok(files)
}

/// A sitemap listing the given absolute URLs (already sorted by the caller).
pub fn sitemap(urls: &[String]) -> Result<String, Diagnostic> {
    fixed::render("sitemap.xml", &Urls { urls })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_sites_get_a_sitemap_index() {
        let urls: Vec<String> = (0..MAX_URLS + 1)
            .map(|i| format!("https://a.go.id/{i:06}/"))
            .collect();
        let files = sitemaps(&urls, "https://a.go.id/").expect("renders");
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
        assert!(
            files[2]
                .1
                .contains("<loc>https://a.go.id/sitemap-2.xml</loc>")
        );
        assert_eq!(files[1].1.matches("<url>").count(), 1);
    }

    #[test]
    fn urls_are_escaped() {
        let xml = sitemap(&["https://a.go.id/x?a=1&b=2".to_string()]).expect("renders");
        assert!(xml.contains("<loc>https://a.go.id/x?a=1&amp;b=2</loc>"));
    }
}
