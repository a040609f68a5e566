//! What a build starts from: the site locked, a half-done swap put back, the cache opened and
//! checked, the record of the published site (or, on a fresh checkout with a restored cache,
//! of the spare), what the spare holds, and what someone else changed in the site.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use standar::corpus::SiteConfig;
use standar::pipeline::record::{self, Hash, Record};
use standar::render::SiteOptions;
use standar::render::templates::TemplateOverride;

use super::cache::{Cache, CacheError, Opened};
use super::exchange::{SiteLock, lock_site, recover};
use super::folder::Folder;
use super::site::{Changes, changes, generation_of, identity, parent_and_name};
use super::spare::{SpareSite, SpareState, link_copy, spare_state};

/// What a build starts from.
pub struct Start {
    pub(super) cache: Cache,
    _site: SiteLock,
    /// The cache folder did not exist before this build.
    created: bool,
    /// What the spare site holds.
    pub spare: SpareState,
    /// The record whose unchanged units are carried over: the published site's, else (a fresh
    /// checkout with a restored cache) the spare's.
    pub base: Option<Record>,
    /// What someone else changed in the site folder: looked for before the build when the
    /// site is not of a known generation (or with `--force`), else alongside it.
    changes: ChangesLookup,
    /// Whether `base` is the published site's record.
    pub(super) base_is_live: bool,
    pub(super) live_generation: Option<Hash>,
    pub(super) spare_generation: Option<Hash>,
    /// What the build should know: a half-done swap undone, a cache of another site emptied.
    pub notes: Vec<String>,
    /// Cache contents refused (a damaged or forged record, journal or spare): warnings.
    pub refused: Vec<String>,
}

/// Why a build cannot start.
pub enum StartError {
    /// The site could not be locked or put back, or the cache opened.
    Io(io::Error),
    /// The cache folder holds files that are not a cache's.
    NotACache(Vec<String>),
}

impl From<io::Error> for StartError {
    fn from(error: io::Error) -> Self {
        StartError::Io(error)
    }
}

/// What someone else changed in the site folder, found or being found.
enum ChangesLookup {
    Done(Result<Changes, String>),
    Pending(std::thread::JoinHandle<Result<Changes, String>>),
}

/// The hash of this program's own bytes: its identity in the cache.
pub fn program() -> Hash {
    static PROGRAM: LazyLock<Hash> = LazyLock::new(|| {
        std::env::current_exe().and_then(std::fs::read).map_or_else(
            |_| record::hash(env!("CARGO_PKG_VERSION").as_bytes()),
            |b| record::hash(&b),
        )
    });
    *PROGRAM
}

impl Start {
    /// Locks the site, opens the cache and finds what the site and the spare hold; `clean`
    /// forgets the spare and builds everything. With `force`, a site edited by hand is
    /// built whole too (its files cannot be carried over).
    pub fn open(
        cache_dir: &Path,
        out: &Path,
        clean: bool,
        force: bool,
    ) -> Result<Start, StartError> {
        let site = lock_site(out)?;
        let mut notes = Vec::new();
        if let Some(from) = recover(out)? {
            notes.push(format!(
                "situs lama dipulihkan dari `{from}` ke `{}`: build sebelumnya terhenti saat menukar folder",
                out.display()
            ));
        }
        let created = std::fs::symlink_metadata(cache_dir).is_err();
        let (cache, opened) = match Cache::open(cache_dir, program(), identity(out, cache_dir)) {
            Ok(opened) => opened,
            Err(CacheError::NotACache(names)) => return Err(StartError::NotACache(names)),
            Err(CacheError::Io(error)) => return Err(StartError::Io(error)),
        };
        let mut refused = Vec::new();
        match opened {
            Opened::Kept | Opened::New => {}
            Opened::Foreign => notes.push(format!(
                "tembolok `{}` dibuat untuk situs lain atau versi standar lain; dikosongkan, semuanya dibangun ulang",
                cache_dir.display()
            )),
            Opened::Misshapen(name) => refused.push(format!(
                "`{name}` di tembolok bukan folder atau berkas biasa (tautan simbolik?); tembolok dikosongkan tanpa mengikuti tautan"
            )),
        }
        let mut live = if clean {
            cache.forget_spare()?;
            None
        } else {
            cache.record_of(out, true).unwrap_or_else(|why| {
                refused.push(why);
                None
            })
        };
        let found = match &live {
            Some((record, saved)) if !force => {
                let (out, files, saved) = (out.to_path_buf(), record.berkas.clone(), *saved);
                ChangesLookup::Pending(std::thread::spawn(move || {
                    changes(&out, Some((&*files, saved)))
                }))
            }
            _ => ChangesLookup::Done(changes(
                out,
                live.as_ref().map(|(r, saved)| (&*r.berkas, *saved)),
            )),
        };
        if let ChangesLookup::Done(Ok(found)) = &found
            && !found.edited.is_empty()
        {
            // Files edited by hand share their bytes with the spare's links: nothing of the
            // site is carried over.
            live = None;
            cache.forget_spare()?;
        }
        let live = live.map(|(record, _)| record);
        let live_generation = live.as_ref().and_then(|_| generation_of(out));
        let (spare, why) = spare_state(
            &cache,
            live.as_ref().zip(live_generation).map(|(r, g)| (g, r)),
        )?;
        refused.extend(why);
        let mut start = Start {
            spare_generation: None,
            base_is_live: live.is_some(),
            live_generation,
            cache,
            _site: site,
            created,
            spare,
            base: None,
            changes: found,
            notes,
            refused,
        };
        start.base = start.base_record(live, out, clean)?;
        start.spare_generation = generation_of(&start.cache.spare_path());
        Ok(start)
    }

    /// The record to carry units over from: the live site's (a spare made of links to its
    /// files when there is none), else the spare's when there is no site (a fresh checkout).
    fn base_record(
        &mut self,
        live: Option<Record>,
        out: &Path,
        clean: bool,
    ) -> io::Result<Option<Record>> {
        if let Some(live) = &live
            && self.spare.record.is_none()
        {
            // No spare yet: one made of links to the site's files; where that fails (a file
            // of the site removed by hand), an empty one that gets every file.
            let linked = Folder::open(out)
                .and_then(|site| link_copy(&site, &self.cache.spare()?, live.berkas.keys()));
            if linked.is_ok() {
                self.spare.record = Some(Record {
                    berkas: live.berkas.clone(),
                    ..Record::default()
                });
            } else {
                self.cache.forget_spare()?;
            }
        }
        Ok(match live {
            Some(live) => Some(live),
            None if std::fs::symlink_metadata(out).is_err() && !clean && !self.spare.fresh() => {
                match self.cache.record_of(&self.cache.spare_path(), true) {
                    Ok(found) => found.map(|(record, _)| without_touched(record, &self.spare)),
                    Err(why) => {
                        self.refused.push(why);
                        None
                    }
                }
            }
            None => None,
        })
    }

    /// Why the site folder may not be replaced, when that is known before the build.
    pub fn changes_before(&self) -> Option<String> {
        match &self.changes {
            ChangesLookup::Done(found) => reason(found),
            ChangesLookup::Pending(_) => None,
        }
    }

    /// Why the site folder may not be replaced, once the look alongside the build is done.
    pub fn changes_after(&mut self) -> Option<String> {
        if let ChangesLookup::Pending(_) = self.changes {
            let ChangesLookup::Pending(handle) = std::mem::replace(
                &mut self.changes,
                ChangesLookup::Done(Ok(Changes::default())),
            ) else {
                return None;
            };
            let found = handle
                .join()
                .unwrap_or_else(|_| Err("tidak dapat diperiksa isinya".to_string()));
            self.changes = ChangesLookup::Done(found);
        }
        match &self.changes {
            ChangesLookup::Done(found) => reason(found),
            ChangesLookup::Pending(_) => None,
        }
    }

    /// What someone else changed in the site folder, once known (to be undone in the
    /// previous site once it is the spare, after a build with `--force`).
    pub(super) fn changes(&self) -> Option<&Changes> {
        match &self.changes {
            ChangesLookup::Done(Ok(changes)) => Some(changes),
            _ => None,
        }
    }

    /// After a failed build: a cache this build made is removed, and so is a spare it began
    /// (its files were not known before), so that a failed build leaves nothing behind.
    pub fn abandon(self) {
        if self.created {
            let (parent, name) = parent_and_name(self.cache.folder().path());
            let _ = Folder::open(parent).and_then(|parent| parent.remove_all(&name));
        } else if self.spare.fresh() {
            let _ = self.cache.forget_spare();
        }
    }

    /// The spare site, to be written.
    pub fn spare_site(&self) -> io::Result<SpareSite> {
        let journal = match self.spare.fresh() {
            true => None,
            false => Some(self.cache.open_journal()?),
        };
        Ok(SpareSite::new(
            self.cache.spare()?,
            journal,
            self.base.is_some(),
        ))
    }

    /// What earlier builds found in the repository's history (checked as a record is).
    pub fn history(&self) -> Option<Vec<u8>> {
        self.cache.history()
    }

    /// Saves what this build found in the history, for the next.
    pub fn save_history(&self, body: &[u8]) -> io::Result<()> {
        self.cache.save_history(body)
    }

    /// The cache folder.
    pub fn cache_dir(&self) -> PathBuf {
        self.cache.folder().path().to_path_buf()
    }
}

fn reason(found: &Result<Changes, String>) -> Option<String> {
    match found {
        Err(reason) => Some(reason.clone()),
        Ok(changes) => changes.reason(),
    }
}

/// A record without the units that have a file the journal names (their files in the spare
/// are not known): they are built again.
fn without_touched(mut record: Record, spare: &SpareState) -> Record {
    record
        .unit
        .retain(|_, unit| unit.keluaran.iter().all(|path| !spare.is_touched(path)));
    record
}

/// Everything besides the corpus that the files depend on: this program (its bytes), the
/// site file, the settled options, the override templates, and `--pdf`.
pub fn key(
    situs: Option<&SiteConfig>,
    options: &SiteOptions,
    overrides: &[TemplateOverride],
    pdf: bool,
) -> Hash {
    let options = options.without_day();
    let mut text = format!("{:016x}\0{options:?}\0{pdf}\0", program());
    if let Some(situs) = situs {
        text.push_str(&situs.file.text);
    }
    for template in overrides {
        text.push('\0');
        text.push_str(&template.name);
        text.push('\0');
        text.push_str(&template.text);
    }
    record::hash(text.as_bytes())
}
