//! `validate` on the seed body, beside plain deserialization, the validation a user would
//! write by hand (parse to `Value`, `jsonschema` `is_valid`, `from_value`), and the preset
//! builder's `build()` (which validates the whole body), and a `flow!` literal of the same
//! body (checked at compile time, so it only builds the value).
//!
//! Run: `cargo bench -p verifik-flow --bench validate`, then `scripts/bench-ratios.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use verifik_flow::ProjectFlow;

const SEED: &str = include_str!("../../tests/corpus/valid/source-page.json");
const LOGIN: &str = include_str!("../../tests/corpus/valid/login-source-page.json");

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("seed-body");
    let value: serde_json::Value = serde_json::from_str(SEED).unwrap();
    let by_hand = jsonschema::draft7::new(verifik_flow::schema()).unwrap();
    // Warm the process-wide compiled schema so that its one-time cost is not measured.
    verifik_flow::validate(&value).unwrap();

    group.bench_function("validate_str", |b| {
        b.iter(|| verifik_flow::validate_str(black_box(SEED)).unwrap());
    });
    group.bench_function("validate_value", |b| {
        b.iter(|| verifik_flow::validate(black_box(&value)).unwrap());
    });
    // Where `validate_str`'s time goes: the strict parse (duplicate keys refused), the schema's
    // `is_valid`, and the typed deserialization.
    group.bench_function("part_parse_strict", |b| {
        b.iter(|| verifik_flow_rules::text::parse(black_box(SEED)).unwrap());
    });
    group.bench_function("part_is_valid", |b| {
        let checker = verifik_flow_rules::checker();
        b.iter(|| assert!(checker.is_valid(black_box(&value))));
    });
    group.bench_function("part_from_value", |b| {
        b.iter(|| <ProjectFlow as serde::Deserialize>::deserialize(black_box(&value)).unwrap());
    });
    group.bench_function("serde_from_slice", |b| {
        b.iter(|| serde_json::from_slice::<ProjectFlow>(black_box(SEED.as_bytes())).unwrap());
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| {
            let value: serde_json::Value =
                serde_json::from_slice(black_box(SEED.as_bytes())).unwrap();
            assert!(by_hand.is_valid(&value));
            serde_json::from_value::<ProjectFlow>(value).unwrap()
        });
    });
    let project: verifik_flow::ProjectId = "65b03015c03e1a1b595fe61c".parse().unwrap();
    group.bench_function("builder_build", |b| {
        b.iter(|| {
            ProjectFlow::smart_enroll(black_box(project.clone()), "Smart Enroll Project Flow")
                .build()
                .unwrap()
        });
    });
    group.bench_function("flow_literal", |b| {
        b.iter(|| {
            black_box(verifik_flow::flow! {
                    "project": "65b03015c03e1a1b595fe61c",
                    "type": "onboarding",
                    "name": "Smart Enroll Project Flow",
                    "target": "personal",
                    "status": "draft",
                    "signUpForm": {
                        "fullName": true,
                        "fullNameStyle": "separate",
                        "email": true,
                        "emailGateway": "mailgun",
                        "phone": true,
                        "phoneGateway": "whatsapp",
                        "countryCode": "US",
                        "showTermsAndConditions": true,
                        "showPrivacyNotice": true
                    },
                    "documents": {
                        "attemptLimit": 3,
                        "criminalHistoryVerification": true,
                        "informationVerification": true,
                        "screening": true,
                        "verificationMethods": [
                            "SCAN_PROMPT"
                        ],
                        "documentTypes": [
                            {
                                "country": "United States",
                                "configurations": [
                                    {
                                        "active": true,
                                        "documentCategory": "government_id",
                                        "documentTemplates": []
                                    }
                                ]
                            }
                        ]
                    },
                    "liveness": {
                        "attemptLimit": 3,
                        "minScore": 0.65,
                        "searchMinScore": 0.8,
                        "searchMode": "FAST"
                    },
                    "steps": {
                        "document": "mandatory",
                        "liveness": "mandatory"
                    }
            })
        });
    });
    group.finish();
}

/// The Smart Access body of Verifik's page, beside its typed deserialization.
fn login(c: &mut Criterion) {
    let mut group = c.benchmark_group("login-body");
    group.bench_function("validate_flow_str", |b| {
        b.iter(|| verifik_flow::validate_flow_str(black_box(LOGIN)).unwrap());
    });
    group.bench_function("serde_from_slice", |b| {
        b.iter(|| {
            serde_json::from_slice::<verifik_flow::LoginFlow>(black_box(LOGIN.as_bytes())).unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, bench, login);
criterion_main!(benches);
