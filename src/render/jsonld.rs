//! schema.org `GovernmentService` JSON-LD for search engines, safe inside a `<script>` block.

use serde_json::{Value, json};

use super::view::StandardView;
use crate::model::Standar;
use crate::model::biaya::Gabungan;
use crate::model::durasi::{Durasi, Kualifikasi, Satuan};
use crate::model::jam_pelayanan::{JamPelayanan, ZonaWaktu};
use crate::model::situs::Bahasa;
use crate::model::waktu::Pukul;

/// The JSON-LD of one standard, escaped so that nothing in it can end the script element.
pub fn government_service(
    view: &StandardView,
    standar: &Standar,
    url: Option<&str>,
    bahasa: Bahasa,
) -> String {
    let mut service = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": view.nama,
        "inLanguage": bahasa.name(),
    });
    let object = service.as_object_mut();
    let Some(object) = object else {
        return String::new();
    };
    if let Some(d) = &view.deskripsi {
        object.insert("description".into(), Value::String(d.plain.clone()));
    }
    if let Some(url) = url {
        object.insert("url".into(), Value::String(url.to_string()));
    }
    if let Some(p) = &view.penyelenggara {
        let mut provider = json!({
            "@type": "GovernmentOrganization",
            "name": p.nama,
            "parentOrganization": { "@type": "GovernmentOrganization", "name": p.pemerintah },
        });
        if let Some(map) = provider.as_object_mut() {
            if let Some(a) = &p.alamat {
                map.insert("address".into(), Value::String(a.clone()));
            }
            if let Some(t) = &p.telepon {
                map.insert("telephone".into(), Value::String(t.teks.clone()));
            }
            if let Some(e) = &p.email {
                map.insert("email".into(), Value::String(e.teks.clone()));
            }
            if let Some(w) = &p.website {
                map.insert("url".into(), Value::String(w.href.clone()));
            }
        }
        object.insert("provider".into(), provider);
        object.insert(
            "areaServed".into(),
            json!({ "@type": "AdministrativeArea", "name": p.pemerintah }),
        );
    }
    if view.biaya.gratis {
        object.insert(
            "offers".into(),
            json!({ "@type": "Offer", "price": "0", "priceCurrency": "IDR" }),
        );
    } else if view.biaya.tarif.iter().any(|t| !t.rupiah.is_empty()) {
        object.insert("offers".into(), offers(view));
    }
    // The office and the online service first, then the complaint channels: one list, so
    // that none replaces another. Only the first two are ways to obtain the service, so only
    // they carry its processing time.
    let time = standar
        .jangka_waktu
        .total
        .as_ref()
        .and_then(processing_time);
    let mut channels: Vec<Value> = in_person(view, standar).into_iter().collect();
    channels.extend(
        view.layanan_daring
            .iter()
            .map(|link| json!({ "@type": "ServiceChannel", "serviceUrl": link.href })),
    );
    if let Some(time) = &time {
        for channel in channels.iter_mut().filter_map(Value::as_object_mut) {
            channel.insert("processingTime".into(), Value::String(time.clone()));
        }
    }
    if !view.produk.is_empty() {
        object.insert(
            "serviceOutput".into(),
            Value::Array(
                view.produk
                    .iter()
                    .map(|p| json!({ "@type": "Thing", "name": p.teks }))
                    .collect(),
            ),
        );
    }
    if let Some(p) = &view.pengaduan {
        let complaints = p.saluran.iter().filter_map(|s| {
            let kontak = s.kontak.as_ref()?;
            let mut channel = json!({ "@type": "ServiceChannel", "name": s.label });
            let map = channel.as_object_mut()?;
            if kontak.href.starts_with("tel:") {
                map.insert(
                    "servicePhone".into(),
                    json!({ "@type": "ContactPoint", "telephone": kontak.teks }),
                );
            } else if kontak.href.starts_with("http") {
                map.insert("serviceUrl".into(), Value::String(kontak.href.clone()));
            }
            Some(channel)
        });
        channels.extend(complaints);
    }
    if !channels.is_empty() {
        object.insert("availableChannel".into(), Value::Array(channels));
    }
    script_safe(&service)
}

/// The office where the service is given, with its opening hours, when the standard names
/// them.
fn in_person(view: &StandardView, standar: &Standar) -> Option<Value> {
    let hours = opening_hours(standar.jam_pelayanan.as_deref().unwrap_or_default());
    let provider = view.penyelenggara.as_ref();
    if hours.is_empty() && provider.and_then(|p| p.alamat.as_ref()).is_none() {
        return None;
    }
    let mut office = json!({ "@type": "GovernmentOffice" });
    let map = office.as_object_mut()?;
    if let Some(p) = provider {
        map.insert("name".into(), Value::String(p.nama.clone()));
        if let Some(a) = &p.alamat {
            map.insert("address".into(), Value::String(a.clone()));
        }
    }
    if !hours.is_empty() {
        map.insert("openingHoursSpecification".into(), Value::Array(hours));
    }
    Some(json!({ "@type": "ServiceChannel", "serviceLocation": office }))
}

/// The hours as `OpeningHoursSpecification`s: a break splits a day's hours in two; the time
/// zone, when written, is the offset of each time.
fn opening_hours(rows: &[JamPelayanan]) -> Vec<Value> {
    let mut out = Vec::new();
    for row in rows {
        let offset = match row.zona_waktu {
            Some(ZonaWaktu::WIB) => "+07:00",
            Some(ZonaWaktu::WITA) => "+08:00",
            Some(ZonaWaktu::WIT) => "+09:00",
            None => "",
        };
        let clock = |p: Pukul| format!("{:02}:{:02}:00{offset}", p.0 / 60, p.0 % 60);
        let days: Vec<String> = row
            .hari
            .iter()
            .map(|d| format!("https://schema.org/{}", d.schema_org()))
            .collect();
        let spans = match row.istirahat {
            Some(rest) if rest.buka > row.jam.buka && rest.tutup < row.jam.tutup => {
                vec![(row.jam.buka, rest.buka), (rest.tutup, row.jam.tutup)]
            }
            _ => vec![(row.jam.buka, row.jam.tutup)],
        };
        for (opens, closes) in spans {
            out.push(json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days,
                "opens": clock(opens),
                "closes": clock(closes),
            }));
        }
    }
    out
}

/// The completion time as an ISO 8601 duration, at its longest: none for working days (ISO
/// 8601 has no such unit, and calendar days would be a different promise) or for a time
/// that is only a lower bound.
fn processing_time(total: &Durasi) -> Option<String> {
    if total.kualifikasi == Some(Kualifikasi::PalingCepat) {
        return None;
    }
    let n = total.sampai.unwrap_or(total.nilai);
    Some(match total.satuan {
        Satuan::Menit => format!("PT{n}M"),
        Satuan::Jam => format!("PT{n}H"),
        Satuan::Hari => format!("P{n}D"),
        Satuan::Minggu => format!("P{n}W"),
        Satuan::Bulan => format!("P{n}M"),
        Satuan::Tahun => format!("P{n}Y"),
        Satuan::HariKerja => return None,
    })
}

/// The fee as offers: charges paid together are the components of one offer (a list of
/// offers would say that any one of them is enough); otherwise one offer per price, with
/// what it is charged per.
fn offers(view: &StandardView) -> Value {
    let prices: Vec<Value> = view
        .biaya
        .tarif
        .iter()
        .flat_map(|t| t.harga.iter().zip(&t.rupiah).map(move |(h, r)| (t, h, r)))
        .map(|(t, harga, rupiah)| {
            let mut price = json!({
                "@type": "UnitPriceSpecification",
                "name": t.uraian,
                "price": rupiah.to_string(),
                "priceCurrency": "IDR",
            });
            if let (Some(map), Some(per)) = (price.as_object_mut(), &harga.per) {
                map.insert("unitText".into(), Value::String(per.clone()));
            }
            price
        })
        .collect();
    if view.biaya.gabungan == Some(Gabungan::Dijumlahkan) && prices.len() > 1 {
        return json!({
            "@type": "Offer",
            "priceCurrency": "IDR",
            "priceSpecification": { "@type": "CompoundPriceSpecification", "priceComponent": prices },
        });
    }
    Value::Array(
        prices
            .into_iter()
            .map(|price| json!({ "@type": "Offer", "name": price["name"], "price": price["price"], "priceCurrency": "IDR", "priceSpecification": price }))
            .collect(),
    )
}

/// JSON text with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`: still the same JSON,
/// but `</script>` or `<!--` inside a value cannot end or confuse the script element.
pub fn script_safe(value: &Value) -> String {
    // Writing a `Value` cannot fail: its keys are strings and its numbers finite.
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_end_tags_cannot_escape() {
        let text = script_safe(&json!({"name": "</script><script>alert(1)</script> & <!--"}));
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & <!--");
    }
}
