//! The schema.org `GovernmentService` in each page says what the standard says: charges paid
//! together are one offer of several components, not alternatives; the office (with its opening
//! hours), the online service and the complaint channels are all channels, none replacing
//! another; the processing time is an ISO 8601 duration only where one says the same.

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
    assert!(
        channels[0]["serviceLocation"].is_object(),
        "the office first"
    );
    assert_eq!(channels[1]["serviceUrl"], "https://oss.go.id/");
    assert!(
        channels.iter().any(|c| c["name"] == "SP4N-LAPOR!"),
        "{channels:?}"
    );
}

#[test]
fn the_office_channel_has_its_hours_split_by_the_break_and_the_processing_time_in_iso_8601() {
    let service = service("lengkap");
    let channels = service["availableChannel"].as_array().expect("channels");
    let office = &channels[0];
    assert_eq!(office["processingTime"], "PT1H", "{office}");
    let hours = office["serviceLocation"]["openingHoursSpecification"]
        .as_array()
        .expect("opening hours");
    // Monday to Thursday 08.00–15.30 with a break 12.00–13.00, Friday 08.00–11.00.
    let spans: Vec<(&str, &str)> = hours
        .iter()
        .map(|h| {
            (
                h["opens"].as_str().unwrap_or(""),
                h["closes"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            ("08:00:00", "12:00:00"),
            ("13:00:00", "15:30:00"),
            ("08:00:00", "11:00:00")
        ]
    );
    assert_eq!(hours[0]["dayOfWeek"][0], "https://schema.org/Monday");
    // Complaint channels are listed, without the service's processing time.
    assert!(
        channels
            .iter()
            .skip(1)
            .all(|c| c.get("processingTime").is_none())
    );
}

#[test]
fn working_days_are_not_turned_into_calendar_days() {
    let service = service("minimal");
    let channels = service["availableChannel"].as_array().expect("channels");
    assert!(
        channels.iter().all(|c| c.get("processingTime").is_none()),
        "1 hari kerja has no ISO 8601 form: {channels:?}"
    );
}
