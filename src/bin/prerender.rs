//! Writes the prerendered pages (see `lejto::static_page`) into a built site: run by Trunk's
//! post-build hook (`scripts/post-build.sh`) with the staging directory as the argument, from
//! the project root (it reads the prose files under `locales/`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    use lejto::i18n::Lang;
    use lejto::static_page::{body, dir, page, preview, preview_file, root, Site};
    use std::fs;
    use std::path::PathBuf;
    let site_dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: prerender <dist dir>")?,
    );
    let read = |p: PathBuf| fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()));
    let template = read(site_dir.join("index.html"))?;
    if template.contains("id=\"lejto-static\"") {
        return Err("index.html is already prerendered".into());
    }
    let public_url = std::env::var("LEJTO_PUBLIC_URL")
        .ok()
        .map(|u| u.trim().to_string())
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(|u| if u.ends_with('/') { u } else { format!("{u}/") });
    let site = Site { public_url };
    for lang in [Lang::Hu, Lang::En] {
        let prose = read(PathBuf::from(format!("locales/essay.{}.txt", lang.code())))?;
        let parts = body(lang, &prose, &root(&template)?)?;
        let html = page(&template, lang, &parts.html, &site)?;
        for (path, svg) in &parts.charts {
            let file = site_dir.join(path);
            fs::create_dir_all(file.parent().ok_or("a chart path")?).map_err(|e| e.to_string())?;
            fs::write(file, svg).map_err(|e| e.to_string())?;
        }
        let out = site_dir.join(dir(lang));
        fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        fs::write(out.join("index.html"), html).map_err(|e| e.to_string())?;
        let png = preview::png(&parts.preview)?;
        fs::write(site_dir.join(preview_file(lang)), png).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
