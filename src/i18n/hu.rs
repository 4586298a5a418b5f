//! Magyar szövegek.

use super::{InputText, ResultFacts, ScalingTexts, Texts};
use lejto_model::Outcome;

fn result(f: &ResultFacts) -> String {
    let late = f
        .late_halving
        .as_ref()
        .map(|y| format!(" Hosszú távon nagyjából {y}\u{a0}évente feleződik."))
        .unwrap_or_default();
    match (f.case, &f.half_t) {
        (Outcome::Hump, Some(half)) => format!(
            "Ezekkel a feltevésekkel az élvonalbeli labor előnye {}\u{a0}év múlva a legnagyobb: ekkor {} a \
             veszteségkülönbség. {}\u{a0}év múlva már csak a fele marad.{late}",
            f.peak_t, f.peak_gap, half
        ),
        (Outcome::ShrinksFromStart, Some(half)) => format!(
            "Ezekkel a feltevésekkel az élvonalbeli labor előnye rögtön az elején a legnagyobb ({} \
             veszteségkülönbség), és onnantól csak csökken: {}\u{a0}év múlva már csak a fele marad.{late}",
            f.peak_gap, half
        ),
        (Outcome::StillGrowing, _) => format!(
            "Ezekkel a feltevésekkel az élvonalbeli labor előnye még {}\u{a0}év múlva is nő (a veszteségkülönbség {}). \
             Növeld az időtávot, hogy lásd, mikor fordul meg.",
            f.horizon, f.peak_gap
        ),
        (Outcome::NoSharedProgress, _) => format!(
            "Ha sem a hardver, sem az algoritmusok nem fejlődnek, a szelíd modell sosem javul, így a különbség \
             sem zárul be: {}\u{a0}év múlva {}.",
            f.horizon, f.peak_gap
        ),
        (Outcome::MeekAhead, _) => format!(
            "Ezekkel a feltevésekkel a szelíd labor egyszer sem kerül hátrányba: nagyobb költségvetése a teljes \
             {}\u{a0}éves időtávon ellensúlyozza az élvonal növekedését.",
            f.horizon
        ),
        (_, None) => format!(
            "Ezekkel a feltevésekkel az élvonalbeli labor előnye {}\u{a0}év múlva a legnagyobb ({} \
             veszteségkülönbség), és {}\u{a0}éven belül nem csökken a felére.",
            f.peak_t, f.peak_gap, f.horizon
        ),
    }
}

/// Magyar.
pub static TEXTS: Texts = Texts {
    title: "Lejtő: miért érik utol a kis MI-modellek a nagyokat?",
    kicker: "Interaktív esszé · az MIT „szelíd modellek” tanulmánya",
    lead: "A legnagyobb MI-modellek minden újabb dollárért egyre kevesebbet javulnak, az olcsóbb chipek és az \
           okosabb algoritmusok viszont mindenkit egyszerre emelnek. Az MIT kutatóinak saját modelljével itt \
           magad számolhatod ki, mikor a legnagyobb az óriások előnye, és mikor kezd elolvadni.",
    skip_link: "Ugrás a kalkulátorokhoz",
    lang_switch: "Nyelv",
    lang_name: "Magyar",
    calc_title: "Mikor éri utol a szelíd modell az élvonalat?",
    calc_intro: "Két labor tanít nyelvi modellt. Az élvonalbeli labor költségvetése évről évre többszöröződik, a \
                 szelíd labor mindig ugyanannyit költ. Az olcsóbbá váló hardver és a jobb algoritmusok mindkettőnek \
                 egyformán jutnak. A veszteség (minél kisebb, annál jobb) a megvásárolható C számítási kapacitásból \
                 a skálázási törvény szerint adódik: L = A·C⁻ᵅ + L₀.",
    gi: InputText {
        label: "Az élvonal költségvetésének növekedése",
        help: "Évente hányszorosára nő az élvonalbeli labor tanítási költségvetése.",
    },
    gh: InputText {
        label: "Hardveres javulás",
        help: "Évente ennyiszer több számítás jut egy dollárért, mindenkinek.",
    },
    ga: InputText {
        label: "Algoritmikus javulás",
        help: "Ugyanahhoz az eredményhez évente ennyiszer kevesebb számítás kell.",
    },
    meek: InputText {
        label: "A szelíd labor költségvetése",
        help: "Örökre változatlan, dollárban.",
    },
    frontier: InputText {
        label: "Az élvonal kezdő költségvetése",
        help: "Dollárban, a 0. évben; utána a fenti ütemben nő.",
    },
    alpha: InputText {
        label: "Skálázási kitevő (α)",
        help: "Milyen gyorsan csökken a veszteség a számítással.",
    },
    horizon: InputText {
        label: "Időtáv",
        help: "Hány évre előre nézünk.",
    },
    alpha_effect: |pct| {
        format!("Ennél az α-nál a számítás minden tízszerezése {pct}\u{2011}kal csökkenti a csökkenthető veszteséget.")
    },
    unit_per_year: "×/év",
    unit_years: "év",
    unit_dollars: "dollár",
    per_year: |n| format!("évi {n}×"),
    years: |n, _| format!("{n}\u{a0}év"),
    after_years: |n, _| format!("{n}\u{a0}év múlva"),
    dollars: |n| format!("{n} dollár"),
    field_error: |min, max| format!("Adj meg egy számot {min} és {max} között."),
    assumptions: "Feltevések",
    presets: "Forgatókönyvek",
    preset_paper: "A tanulmány alapértékei",
    preset_no_algo: "Algoritmikus fejlődés nélkül",
    preset_fast: "Évi ötszörös élvonalbeli költés",
    preset_today: "Mai kiinduló helyzet",
    preset_paper_source: "Gundlach, Lynch és Thompson 2025, 1. ábra",
    preset_no_algo_source: "Az algoritmikus javulás évi 1×, minden más a tanulmány szerint",
    preset_fast_source: "Az Epoch AI évi 4–5-szörös növekedése magára a költségvetésre alkalmazva",
    preset_today_source: "Élvonalbeli tanítás 100 millió, szelíd labor 1000 dollárból",
    out_peak_t: "Az élvonal előnye a legnagyobb",
    out_peak_gap: "Legnagyobb veszteségkülönbség",
    out_half_t: "A különbség a felére csökken",
    never_ahead: "az élvonal sosem jár elöl",
    not_within: |h| format!("{h}\u{a0}éven belül nem"),
    loss_unit: "nat/token",
    result,
    chart_x: "Évek a kezdettől",
    chart_loss: "Veszteség",
    chart_gap_axis: "Különbség (ΔL)",
    chart_frontier: "Élvonalbeli labor",
    chart_meek: "Szelíd labor",
    chart_peak: "csúcs",
    chart_half: "fele",
    chart_alt: "Grafikon az élvonalbeli és a szelíd labor veszteségéről és a kettő különbségéről az évek során.",
    chart_failed: "A grafikont nem sikerült megrajzolni. A fenti számok ettől még helyesek.",
    url_rejected: |key, raw, default| {
        format!("A link „{key}” értéke („{raw}”) nem használható, helyette az alapérték ({default}) látható.")
    },
    url_bad_lang: |raw| format!("A link „{raw}” nyelvet kér, de csak hu és en létezik."),
    url_bad_fit: |raw| format!("A link „{raw}” illesztést kér, de csak epoch és hoffmann létezik."),
    scaling: ScalingTexts {
        title: "Mit hoz a következő tízszerezés?",
        intro: "A DeepMind Chinchilla-tanulmánya megmérte, hogyan csökken egy nyelvi modell vesztesége a mérete (N) \
                és a tanítószöveg mennyisége (D) szerint. Adott C ≈ 6·N·D számítási keretből egyetlen legjobb \
                felosztás adódik, és minden újabb tízszeres számítás kisebb javulást hoz, mint az előző.",
        compute: InputText {
            label: "Tanítási számítás",
            help: "A tanításra fordított lebegőpontos műveletek száma.",
        },
        dollars: InputText {
            label: "Ugyanez a keret dollárban",
            help: "Az alábbi dolláronkénti számítással.",
        },
        fpd: InputText {
            label: "Számítás dolláronként",
            help: "Az alapérték egy óránként 2 dollárért bérelt, 40%-os kihasználtsággal futó H100.",
        },
        fit_legend: "Skálázási illesztés",
        fit_epoch: "Az Epoch újraillesztése (Besiroglu és mtsai, 2024)",
        fit_hoffmann: "Az eredeti Chinchilla (Hoffmann és mtsai, 2022)",
        out_params: "Számításoptimális méret",
        out_tokens: "Tanítóadat",
        out_loss: "Várható veszteség",
        out_drop: "A következő 10× ennyit csökkent",
        staircase: "Mit hoz minden további tízszerezés",
        step: |times, drop| format!("{times} számítás: −{drop}"),
        params: |n| format!("{n} paraméter"),
        tokens: |n| format!("{n} token"),
        unit_flop: "FLOP",
        unit_fpd: "FLOP/$",
        chart_x: "Tanítási számítás (FLOP, logaritmikus skála)",
        chart_y: "Veszteség",
        chart_reader: "a te kereted",
        chart_alt: "Grafikon a számításoptimális veszteségről a tanítási számítás függvényében, a te kereteddel, \
                    valamint a GPT-4, a DeepSeek-V3 és a Llama 3.1 405B helyével.",
        sources: "Források:",
        result: |f| {
            format!(
                "{} FLOP-ból ({}) a legjobb modell {} paraméteres, és {} tokenen tanul; várható vesztesége {}. \
                 Tízszer ennyi számítás ezt {} értékkel csökkentené, a rákövetkező tízszerezés már csak {} \
                 értékkel.",
                f.compute, f.dollars, f.params, f.tokens, f.loss, f.drop1, f.drop2
            )
        },
    },
    url_notice_title: "A link egy részét figyelmen kívül hagytuk",
    dismiss: "Bezárás",
    footer_source: "Modell: H. Gundlach, J. Lynch, N. Thompson: „Meek Models Shall Inherit the Earth” (A szelíd modelleké lesz a föld), arXiv 2507.07931 (2025).",
    footer_about: "Nincs süti, nincs követés. Minden szám a böngésződben készül.",
};
