//! `sitemap.xml` for search engines, written only when a base URL is known.

use super::escape::markup;

/// The most URLs one sitemap file may list (sitemaps.org protocol).
pub const MAX_URLS: usize = 50_000;

/// The sitemap files for the given absolute URLs (already sorted): one `sitemap.xml`, or, past
/// [`MAX_URLS`], `sitemap-1.xml`, `sitemap-2.xml`, … with `sitemap.xml` as their index.
pub fn sitemaps(urls: &[String], base: &str) -> Vec<(String, String)> {
    if urls.len() <= MAX_URLS {
        return vec![("sitemap.xml".to_string(), sitemap(urls))];
    }
    let mut files = Vec::new();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (i, chunk) in urls.chunks(MAX_URLS).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str("  <sitemap><loc>");
        index.push_str(&markup(&format!("{base}{name}")));
        index.push_str("</loc></sitemap>\n");
        files.push((name, sitemap(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.push(("sitemap.xml".to_string(), index));
    files
}

/// A sitemap listing the given absolute URLs (already sorted by the caller).
pub fn sitemap(urls: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in urls {
        xml.push_str("  <url><loc>");
        xml.push_str(&markup(url));
        xml.push_str("</loc></url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_sites_get_a_sitemap_index() {
        let urls: Vec<String> = (0..MAX_URLS + 1)
            .map(|i| format!("https://a.go.id/{i:06}/"))
            .collect();
        let files = sitemaps(&urls, "https://a.go.id/");
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
        let xml = sitemap(&["https://a.go.id/x?a=1&b=2".to_string()]);
        assert!(xml.contains("<loc>https://a.go.id/x?a=1&amp;b=2</loc>"));
    }
}
