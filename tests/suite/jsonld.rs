//! The schema.org `GovernmentService` in each page says what the standard says: charges paid
//! together are one offer of several components, not alternatives; the online service and the
//! complaint channels are all channels, none replacing another.

use std::fs;

use serde_json::Value;
use standar::corpus::InputFile;

use crate::common;

fn input(path: &str, relative: &str) -> InputFile {
    InputFile {
        path: path.to_string(),
        relative: relative.to_string(),
        bytes: fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}")),
    }
}

/// The JSON-LD of the page built from the fixture `valid/<stem>.yaml` with the shared unit.
fn service(stem: &str) -> Value {
    let site = common::build_with_site_file(&[
        input("tests/fixtures/_unit.yaml", "dinas/_unit.yaml"),
        input(
            &format!("tests/fixtures/valid/{stem}.yaml"),
            &format!("dinas/{stem}.yaml"),
        ),
    ]);
    let page = String::from_utf8_lossy(&site[&format!("dinas/{stem}/index.html")]).into_owned();
    let start = page
        .find("application/ld+json\">")
        .map(|i| i + "application/ld+json\">".len())
        .expect("a JSON-LD block");
    let end = start + page[start..].find("</script>").expect("its end");
    serde_json::from_str(&page[start..end]).expect("JSON")
}

#[test]
fn charges_paid_together_are_the_components_of_one_offer() {
    let service = service("biaya-dijumlahkan");
    let offer = &service["offers"];
    assert_eq!(offer["@type"], "Offer", "{offer}");
    let spec = &offer["priceSpecification"];
    assert_eq!(spec["@type"], "CompoundPriceSpecification");
    assert!(
        spec["priceComponent"]
            .as_array()
            .is_some_and(|c| c.len() >= 2),
        "{spec}"
    );
}

#[test]
fn the_online_service_and_the_complaint_channels_are_all_listed() {
    let service = service("layanan-daring-kepala-dan-sk");
    let channels = service["availableChannel"].as_array().expect("channels");
    assert_eq!(channels[0]["serviceUrl"], "https://oss.go.id/");
    assert!(
        channels.iter().any(|c| c["name"] == "SP4N-LAPOR!"),
        "{channels:?}"
    );
}
