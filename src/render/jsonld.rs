//! schema.org `GovernmentService` JSON-LD for search engines, safe inside a `<script>` block.

use serde_json::{Value, json};

use super::view::StandardView;
use crate::model::biaya::Gabungan;
use crate::model::situs::Bahasa;

/// The JSON-LD of one standard, escaped so that nothing in it can end the script element.
pub fn government_service(view: &StandardView, url: Option<&str>, bahasa: Bahasa) -> String {
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
    // The online service first, then the complaint channels: one list, so that neither
    // replaces the other.
    let mut channels: Vec<Value> = view
        .layanan_daring
        .iter()
        .map(|link| json!({ "@type": "ServiceChannel", "serviceUrl": link.href }))
        .collect();
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
