//! Magyar szövegek.

mod essay;
mod money;
mod share;
mod uncertainty;

use super::{
    BenchTexts, CalcTexts, ChartUiTexts, HeadlineTexts, InputText, NextStepFacts, NextStepTexts,
    ResultFacts, ScalingTexts, Texts,
};
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

fn next_result(f: &NextStepFacts) -> String {
    let yard = match &f.yard_cut {
        Some(c) => format!(" {c} fölött a számla nagyobb, mint {}.", f.yard),
        None => format!(" Már az első lépés is többe kerül, mint {}.", f.yard),
    };
    format!(
        "{} FLOP-ból ({}) indulva a veszteség további {}-os csökkentéséhez {}× annyi számítás kell: nagyjából {}.{yard} \
         Akármennyi számítással legfeljebb {} a csökkentés.",
        f.compute, f.start_dollars, f.cut, f.factor, f.dollars, f.max_cut
    )
}

fn money_tick(v: f64) -> String {
    let k = v.log10().round() as i32;
    match k {
        ..=2 => format!("{} $", 10f64.powi(k)),
        3..=5 => format!("{} ezer $", 10f64.powi(k - 3)),
        6..=8 => format!("{} M $", 10f64.powi(k - 6)),
        9..=11 => format!("{} Mrd $", 10f64.powi(k - 9)),
        12..=14 => format!("{} billió $", 10f64.powi(k - 12)),
        _ => format!("{} $", lejto_charts::scaling::power_of_ten(v)),
    }
}

/// Magyar.
pub static TEXTS: Texts = Texts {
    title: "Lejtő: miért éri utol a szerény MI-költségvetés az óriásokat?",
    kicker: "Interaktív esszé · az MIT „szelíd modellek” tanulmánya",
    lead: "A legnagyobb MI-modellek minden újabb dollárért egyre kevesebbet javulnak, az olcsóbb chipek és az \
           okosabb algoritmusok viszont mindenkit egyszerre emelnek, így az a labor is egyre jobb modellt kap, \
           amely évről évre ugyanannyit költ. Az MIT kutatóinak saját modelljével itt magad számolhatod ki, \
           mikor a legnagyobb az óriások előnye, és mikor kezd elolvadni.",
    skip_link: "Ugrás az esszéhez",
    lang_switch: "Nyelv",
    lang_name: "Magyar",
    calc_title: "Mikor éri utol a szelíd modell az élvonalat?",
    calc_intro: "Két labor tanít nyelvi modellt. Az élvonalbeli labor költségvetése évről évre többszöröződik, a \
                 szelíd labor mindig ugyanannyit költ. Az olcsóbbá váló hardver mindkettőnek egyformán jut, a \
                 jobb algoritmusok is – hacsak a 7. részben nem csökkented a kis laborok részesedését. A \
                 veszteség (minél kisebb, annál jobb) a megvásárolható C számítási kapacitásból a skálázási \
                 törvény szerint adódik: L = A·C⁻ᵅ + L₀.",
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
    gashare: InputText {
        label: "A kis laborok része az algoritmikus fejlődésből",
        help: "Az 1 azt jelenti, hogy a kis laborok a teljes algoritmikus javulást megkapják, ahogy a tanulmány feltételezi; nagy része azonban csak nagy modelleknél jelentkezik.",
    },
    alpha_effect: |pct| {
        format!("Ennél az α-nál a számítás minden megtízszerezése {pct}\u{2011}kal csökkenti a csökkenthető veszteséget.")
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
    url_bad_choice: |what, raw, options| {
        let (last, rest) = options.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
        let list = if rest.is_empty() { last.to_string() } else { format!("{} és {last}", rest.join(", ")) };
        format!("A link „{raw}” {what} kér, de csak {list} létezik.")
    },
    url_choice_what: |key| match key {
        "lang" => "nyelvet",
        "fit" => "illesztést",
        "yard" => "mércét",
        "metric" => "mérőszámot",
        "band" => "bizonytalansági sávot",
        _ => "beállítást",
    },
    share: share::SHARE,
    uncertainty: uncertainty::UNCERTAINTY,
    present: share::PRESENT,
    guess: share::GUESS,
    handout: share::HANDOUT,
    url_newer_version: |v| format!("A linket az oldal egy újabb változata készítette ({v}. linkváltozat): ez a változat annyit olvas ki belőle, amennyit ismer, a többit kihagyja."),
    url_bad_lock: |raw| format!("A link egy nem létező bemenet („{raw}”) rögzítését kéri."),
    url_bad_hide: |raw| format!("A link egy nem létező fejezet vagy ábra („{raw}”) elrejtését kéri."),
    locked_note: "Ezt az értéket a tanár rögzítette erre az órára.",
    url_bad_version: |raw| format!("A link változatszáma („{raw}”) nem szám, ezért a mostani változat linkjeként olvassuk."),
    url_bad_embed: |raw| format!("A link egy nem létező részt kér beágyazásra („{raw}”), ezért itt a teljes esszé."),
    embed_back: "Megnyitás a teljes esszében (Lejtő) ↗",
    scaling: ScalingTexts {
        title: "Mit hoz a következő megtízszerezés?",
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
        out_params: "Optimális méret",
        out_tokens: "Tanítóadat",
        out_loss: "Várható veszteség",
        out_drop: "A következő 10× ennyit csökkent",
        staircase: "Mit hoz minden további megtízszerezés",
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
                 Tízszer ennyi számítás ezt {} értékkel csökkentené, a rákövetkező megtízszerezés már csak {} \
                 értékkel.",
                f.compute, f.dollars, f.params, f.tokens, f.loss, f.drop1, f.drop2
            )
        },
        readout: |c, l, n| format!("{c} FLOP-nál: a veszteség {l}, a modell {n} paraméteres."),
        columns: ["Számítás (FLOP)", "Paraméter", "Token", "Veszteség"],
    },
    essay: essay::ESSAY,
    chart_ui: ChartUiTexts {
        data_table: "A számok táblázatban",
        readout_hint: "Mutass a grafikonra (vagy koppints rá), és leolvashatod az értékeket.",
    },
    headline: HeadlineTexts {
        title: "Az élvonalbeli és a szelíd labor évről évre",
        year: InputText {
            label: "Év",
            help: "Évek a kezdettől; azzal az évvel nyílik, amikor az előny a legnagyobb.",
        },
        frontier_loss: "Élvonal vesztesége",
        meek_loss: "Szelíd modell vesztesége",
        gap: "Különbség",
        behind: "A szelíd labor lemaradása (év)",
        readout: |y, f, m, g| {
            format!("{y} év múlva az élvonalbeli modell vesztesége {f}, a szelídé {m}; a különbség {g}.")
        },
        columns: ["Év", "Élvonal vesztesége", "Szelíd vesztesége", "Különbség (ΔL)"],
    },
    bench: BenchTexts {
        title: "Ugyanez a verseny tesztpontokban és években",
        steps_legend: "Lépések száma feladatonként",
        steps_choice: |p| if p == 1 { "1 lépés (egyetlen kérdés)".into() } else { format!("{p} lépés") },
        out_peak_t: "A pontkülönbség csúcsa",
        out_peak_gap: "Legnagyobb különbség pontban",
        out_behind: |h| format!("A szelíd labor lemaradása {h}\u{a0}év múlva"),
        points: |n| format!("{n}\u{a0}pont"),
        panel_loss: "Veszteségkülönbség",
        panel_bench: "Különbség, pont",
        panel_behind: "Lemaradás, év",
        x_axis: "Évek a kezdettől",
        peak: "csúcs",
        result: |t, pts, gap, behind, h| {
            format!(
                "Tesztpontokban mérve a különbség {t}\u{a0}év múlva a legnagyobb: {pts}\u{a0}százalékpont. \
                 {h}\u{a0}év múlva a veszteségkülönbség már csak {gap}, a szelíd labor mégis {behind}\u{a0}évvel jár az élvonal mögött."
            )
        },
        never: "Közös fejlődés nélkül a szelíd modell sosem javul, így évről évre jobban lemarad.",
        chart_alt: "Három sáv az évek során: a veszteségkülönbség, a tesztpontokban mért különbség, és hogy hány évvel jár a szelíd labor az élvonal mögött.",
        columns: ["Év", "Veszteségkülönbség", "Különbség (pont)", "Lemaradás (év)"],
        readout: |y, g, p, b| format!("{y} év múlva: veszteségkülönbség {g}, {p} pont, {b} év lemaradás."),
        vs_caption: "A DeepSeek-V3 és a GPT-4 a közzétett adatok alapján",
        vs_rows: ["Tanítási számítás", "A tanítás költsége", "Számítás dolláronként", "Várható veszteség (választott illesztés)"],
        vs_result: "A GPT-4 tanítása {flop-ratio}× annyi számítást használt, mint a DeepSeek-V3-é, és {cost-ratio}× \
                    annyiba került; a DeepSeek dolláronként {fpd-ratio}× annyi számítást kapott, ami a te \
                    ütemeddel {fpd-years} év hardverfejlődésnek felel meg. A várható veszteségek különbsége {ds-gap}.",
    },
    next: NextStepTexts {
        calc: CalcTexts {
            title: "Mibe kerül a következő lépés?",
            intro: "Egy élvonalbeli modell tanítási számításából kiindulva: mennyi számítás és pénz kell ahhoz, hogy \
                a vesztesége további néhány százalékkal csökkenjen. A törvény a választott illesztés \
                számításoptimális vesztesége, a skálázási kalkulátor görbéje.",
            chart_alt: "Grafikon arról, mennyibe kerül a veszteség további csökkentése (logaritmikus skálán) a csökkentés mértékének függvényében.",
            columns: &["Csökkentés", "Szükséges számítás (a mai ×)", "Ár"],
            sources: "Mércék:",
        },
        cut: InputText {
            label: "A veszteség további csökkentése",
            help: "Mennyivel legyen kisebb a veszteség, a mai veszteség arányában.",
        },
        yard_legend: "Mihez mérjük a számlát?",
        yard_name: |k| match k {
            "msft" => "a Microsoft éves bevétele",
            "us-gdp" => "az amerikai gazdaság éves GDP-je",
            _ => "Magyarország éves GDP-je",
        },
        out_factor: "Szükséges számítás",
        out_dollars: "Ár",
        out_max: "Legnagyobb lehetséges csökkentés",
        out_yard_cut: "A mércén túli csökkentés",
        times: |n| format!("{n}× annyi"),
        impossible: "elérhetetlen",
        already_beyond: "már a kezdetén",
        x_axis: "A veszteség további csökkentése (%)",
        y_axis: "A tanítás ára (logaritmikus skála)",
        floor: "alsó határ",
        beyond: "a hihetőn túl",
        reader: "a te csökkentésed",
        result: next_result,
        result_impossible: |cut, most| {
            format!(
                "A veszteség további {cut}-os csökkentése elérhetetlen: a veszteség nem mehet az alsó határ alá, \
                 így ebből a keretből akármennyi számítással legfeljebb {most} a csökkentés."
            )
        },
        readout: |c, d| format!("{c}-os csökkentés ára {d}."),
        money_tick,
    },
    reset: "Alaphelyzet",
    more_assumptions: "További feltevések",
    formulas: crate::i18n::FormulaTexts {
        title: "A képletek a te értékeiddel",
        names: [
            "E1: a szelíd labor vesztesége kezdetben",
            "E2, E3: az élvonal effektív számítása az időtáv végén (FLOP)",
            "E2, E3: a szelíd labor effektív számítása az időtáv végén (FLOP)",
            "E5: az év, amikor a veszteségkülönbség a legnagyobb",
            "Késői csökkenés: ennyi év alatt feleződik a különbség",
            "Lemaradás években az időtáv végén",
            "Chinchilla: számításoptimális veszteség a választott keretnél",
            "Éves értékcsökkenés",
            "A nagy érvelő modell éves számlája",
            "Rögzített áras változat: egyenértékű tanítási számítás kezdetben (FLOP)",
            "Keverék: költség válaszonként",
            "Új chip: szorzó minden veszteségkülönbségen",
        ],
    },
    money: money::MONEY,
    scaling_presets: "Ismert modellek kerete",
    url_notice_title: "A link egy részét figyelmen kívül hagytuk",
    dismiss: "Bezárás",
    footer_source: "Modell: H. Gundlach, J. Lynch, N. Thompson: „Meek Models Shall Inherit the Earth” (A szelíd modelleké lesz a föld), arXiv 2507.07931 (2025).",
    footer_about: "Nincs süti, nincs követés. Minden szám a böngésződben készül.",
};
